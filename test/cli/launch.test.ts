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
import { Script } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleHash, cachedData, cacheFileContent, wrapBundle } from "../../src/cli/code-cache.js";

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
  it("is made from the bundle, and V8 accepts it", () => {
    const source = readFileSync(BUNDLE);
    const data = cachedData(readFileSync(CACHE), bundleHash(source));
    expect(data).toBeDefined();
    const script = new Script(wrapBundle(source.toString("utf8")), { filename: BUNDLE, cachedData: data });
    expect(script.cachedDataRejected).toBe(false);
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
