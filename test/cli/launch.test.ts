import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleHash, cachedData, cacheFileContent, wrapBundle } from "../../src/cli/code-cache.js";
import { TUNED_V8_FLAGS, v8TuningFlags } from "../../src/cli/v8-tuning.js";

/**
 * The bin (dist/rglint.js) runs the CLI bundle (dist/rglint.cjs) with the code cache the build
 * writes (dist/rglint.cjs.cache). The cache must only ever make it faster: same output with it,
 * without it, and with one that does not fit.
 */
const BUNDLE = path.resolve("dist/rglint.cjs");
const CACHE = `${BUNDLE}.cache`;
const DEMO = ["fixtures/pairs/demo/a.cfg", "fixtures/pairs/demo/b.cfg"].map((f) => path.resolve(f));

let tmp = "";

beforeAll(() => {
  if (!existsSync(CACHE) || !existsSync(path.resolve("dist/rglint.js")))
    execFileSync(process.execPath, ["scripts/build.mjs"]);
  tmp = mkdtempSync(path.join(tmpdir(), "rglint-launch-"));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A copy of the package's bin and bundle, with `cache` as its code cache (null: none). */
function packageCopy(name: string, cache: Buffer | null): string {
  const root = path.join(tmp, name);
  mkdirSync(path.join(root, "dist"), { recursive: true });
  copyFileSync("package.json", path.join(root, "package.json"));
  copyFileSync("dist/rglint.js", path.join(root, "dist/rglint.js"));
  copyFileSync(BUNDLE, path.join(root, "dist/rglint.cjs"));
  if (cache !== null) writeFileSync(path.join(root, "dist/rglint.cjs.cache"), cache);
  return path.join(root, "dist/rglint.js");
}

/** Whether V8, started with `flags`, rejects `data` as the code cache of the bundle `source`. */
function cacheRejected(source: Buffer, data: Buffer, flags: readonly string[]): boolean {
  const wrapped = path.join(tmp, "wrapped.cjs");
  const cache = path.join(tmp, "cache.bin");
  writeFileSync(wrapped, wrapBundle(source.toString("utf8")));
  writeFileSync(cache, data);
  // In a process of its own: V8's flags are global, and this one's are vitest's.
  const script = `const fs = require("node:fs"); const vm = require("node:vm");
    const s = new vm.Script(fs.readFileSync(process.argv[1], "utf8"), { filename: process.argv[2], cachedData: fs.readFileSync(process.argv[3]) });
    process.stdout.write(String(s.cachedDataRejected));`;
  const out = execFileSync(process.execPath, [...flags, "-e", script, wrapped, BUNDLE, cache], {
    encoding: "utf8",
  });
  return out === "true";
}

function check(
  bin: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, "check", ...DEMO, "--format", "json"], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the bin's code cache", () => {
  it("is made from the bundle, and V8 accepts it under the flags the bin sets", () => {
    const source = readFileSync(BUNDLE);
    const data = cachedData(readFileSync(CACHE), bundleHash(source));
    expect(data).toBeDefined();
    const flags = v8TuningFlags({}, process.versions.v8);
    expect(cacheRejected(source, data!, flags)).toBe(false);
    // The flags are part of what V8 checks: the bin must set them before it compiles the bundle.
    if (flags.length > 0) expect(cacheRejected(source, data!, [])).toBe(true);
  });

  it("is not used with another bundle, or when it is too short to hold a hash", () => {
    const cache = readFileSync(CACHE);
    expect(cachedData(cache, bundleHash(Buffer.from("module.exports = 1;\n")))).toBeUndefined();
    expect(cachedData(cache.subarray(0, 20), bundleHash(readFileSync(BUNDLE)))).toBeUndefined();
    expect(cachedData(undefined, bundleHash(readFileSync(BUNDLE)))).toBeUndefined();
  });

  it("changes nothing in the output: with it, without it, stale or damaged", () => {
    const bundleHashNow = bundleHash(readFileSync(BUNDLE));
    const withCache = check("dist/rglint.js");
    expect(withCache.status).toBe(1);
    expect(withCache.stderr).toBe("");
    expect(JSON.parse(withCache.stdout).findings.length).toBeGreaterThan(0);

    const runs = [
      check("dist/rglint.js", { RGLINT_CODE_CACHE: "off" }),
      // V8's defaults: the cache does not fit them and is not used; the output is the same.
      check("dist/rglint.js", { RGLINT_V8_TUNING: "off" }),
      check(packageCopy("none", null)),
      // Made from another bundle: not used.
      check(
        packageCopy(
          "stale",
          cacheFileContent(bundleHash(Buffer.from("other")), readFileSync(CACHE).subarray(20)),
        ),
      ),
      // The right bundle, but not V8's data: V8 rejects it and compiles the bundle.
      check(packageCopy("damaged", cacheFileContent(bundleHashNow, Buffer.alloc(4096, 7)))),
    ];
    for (const r of runs) expect(r).toEqual(withCache);
  });
});

describe("the bin's V8 flags", () => {
  it("are the measured ones on V8 11 (Node 20), none on another V8 or with RGLINT_V8_TUNING=off", () => {
    expect(v8TuningFlags({}, "11.3.244.8-node.38")).toEqual(TUNED_V8_FLAGS);
    expect(TUNED_V8_FLAGS).toEqual(["--max-inlined-bytecode-size-cumulative=50"]);
    expect(v8TuningFlags({ RGLINT_V8_TUNING: "off" }, "11.3.244.8-node.38")).toEqual([]);
    expect(v8TuningFlags({}, "12.4.254.21-node.33")).toEqual([]);
    expect(v8TuningFlags({}, "10.2.154.26-node.26")).toEqual([]);
  });

  it("are flags this V8 knows: setting them prints nothing", () => {
    const r = spawnSync(
      process.execPath,
      [
        "-e",
        `for (const f of ${JSON.stringify(v8TuningFlags({}, process.versions.v8))}) require("node:v8").setFlagsFromString(f);`,
      ],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe("");
  });
});

describe("the bin without its bundle", () => {
  it("says so in one line and exits with 3, no stack trace", () => {
    const dir = path.join(tmp, "no-bundle", "dist");
    mkdirSync(dir, { recursive: true });
    copyFileSync("dist/rglint.js", path.join(dir, "rglint.js"));
    const r = spawnSync(process.execPath, [path.join(dir, "rglint.js"), "--version"], { encoding: "utf8" });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^rglint: internal error: cannot read .*rglint\.cjs .*npm run build/);
  });
});

describe("the bin's output streams", () => {
  it("a reader that closes the pipe early (`| head`) gets no stack trace, and the exit code stays", async () => {
    const child = spawn(process.execPath, ["dist/rglint.js", "check", ...DEMO, "--format", "sarif"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Closed before rglint writes: its first write fails with EPIPE.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).toBe("");
    expect(status).toBe(1);
  });
});
