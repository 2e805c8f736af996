/**
 * The GitHub Action's logic (scripts/action-run.mjs, what action.yml runs) run locally against the
 * example pairs, with fake $GITHUB_STEP_SUMMARY and $GITHUB_OUTPUT files, on the bundled CLI.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Log } from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaErrors } from "../../scripts/sarif-validation.js";
import { tempDir } from "./pair-copy.js";

const tmp = tempDir("rglint-action-");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"]);
}, 60_000);

let n = 0;
function runAction(env: Record<string, string>, args: readonly string[] = []) {
  const dir = path.join(tmp, String(n++));
  const files = {
    summary: path.join(dir, "summary.md"),
    output: path.join(dir, "output"),
    sarif: path.join(dir, "sarif"),
  };
  execFileSync("mkdir", ["-p", dir]);
  writeFileSync(files.summary, "");
  writeFileSync(files.output, "");
  const r = spawnSync(process.execPath, ["scripts/action-run.mjs", ...args], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      RGLINT_SARIF_DIR: files.sarif,
      ...env,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(files.output, "utf8")
      .trim()
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  ) as Record<string, string>;
  const sarifs = (() => {
    try {
      return readdirSync(files.sarif).sort();
    } catch {
      return [];
    }
  })();
  return { ...r, outputs, summary: readFileSync(files.summary, "utf8"), sarifDir: files.sarif, sarifs };
}

describe("the Action's script", () => {
  it("passes on the clean pair: exit 0, a SARIF file, a job summary", () => {
    const r = runAction({ RGLINT_PAIRS: "fixtures/pairs/clean/a.cfg fixtures/pairs/clean/b.cfg" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.outputs).toEqual({ "exit-code": "0", "failed-pairs": "0", "sarif-dir": r.sarifDir });
    expect(r.sarifs).toEqual(["fixtures-pairs-clean-a+fixtures-pairs-clean-b.sarif"]);
    expect(r.summary).toMatch(/^### rglint: edge-a \+ edge-b\n/);
    expect(r.stdout).toContain("1 pair(s) checked, 0 failing at --fail-on error");
  });

  it("fails on the demo pair, still writing the SARIF (own category per pair) and the summary of every pair", () => {
    const r = runAction({
      RGLINT_PAIRS: [
        "# the example pairs",
        "demo: fixtures/pairs/demo/a.cfg fixtures/pairs/demo/b.cfg",
        "clean: fixtures/pairs/clean/a.cfg fixtures/pairs/clean/b.cfg",
      ].join("\n"),
      RGLINT_FORMAT: "github",
      RGLINT_CATEGORY: "configs",
    });
    expect(r.status).toBe(1);
    expect(r.outputs["exit-code"]).toBe("1");
    expect(r.outputs["failed-pairs"]).toBe("1");
    expect(r.stdout).toMatch(/^::error file=fixtures\/pairs\/demo\/b\.cfg,line=\d+/m);
    expect(r.sarifs).toEqual(["clean.sarif", "demo.sarif"]);
    for (const [file, category] of [
      ["demo.sarif", "configs/demo/"],
      ["clean.sarif", "configs/clean/"],
    ] as const) {
      const log = JSON.parse(readFileSync(path.join(r.sarifDir, file), "utf8")) as Log;
      expect(schemaErrors(log)).toEqual([]);
      expect(log.runs.map((run) => run.automationDetails?.id)).toEqual([category]);
    }
    expect(r.summary).toContain("### rglint: dc1-edge-a + dc1-edge-b");
    expect(r.summary).toContain("### rglint: edge-a + edge-b");
    expect(r.summary).toContain("❌ **6 errors");
  });

  it("honours fail-on, a config and a baseline; reads a manifest relative to itself", () => {
    const dir = path.join(tmp, "manifest");
    execFileSync("mkdir", ["-p", path.join(dir, "dc1")]);
    for (const side of ["a", "b"])
      writeFileSync(path.join(dir, "dc1", `${side}.cfg`), readFileSync(`fixtures/pairs/demo/${side}.cfg`));
    const manifest = path.join(dir, "pairs.json");
    writeFileSync(manifest, JSON.stringify([{ name: "dc1", a: "dc1/a.cfg", b: "dc1/b.cfg" }]));
    const baseline = path.join(dir, "baseline.json");
    execFileSync(process.execPath, [
      "dist/rglint.js",
      "check",
      path.join(dir, "dc1/a.cfg"),
      path.join(dir, "dc1/b.cfg"),
      "--pair-name",
      "dc1",
      "--write-baseline",
      baseline,
      "--quiet",
    ]);
    const withBaseline = runAction({
      RGLINT_MANIFEST: manifest,
      RGLINT_BASELINE: baseline,
      RGLINT_FAIL_ON: "note",
    });
    expect(withBaseline.status, withBaseline.stderr).toBe(0);
    expect(withBaseline.summary).toMatch(/_Not shown: \d+ in the baseline\._/);

    const config = path.join(dir, "rglint.config.json");
    writeFileSync(config, JSON.stringify({ rules: { RG407: "warning" } }));
    const clean = "fixtures/pairs/clean/a.cfg fixtures/pairs/clean/b.cfg";
    expect(runAction({ RGLINT_PAIRS: clean, RGLINT_FAIL_ON: "warning" }).status).toBe(0);
    expect(runAction({ RGLINT_PAIRS: clean, RGLINT_FAIL_ON: "warning", RGLINT_CONFIG: config }).status).toBe(
      1,
    );
    // Command-line options work too (pre-commit's rglint-pairs), and win over the environment.
    expect(
      runAction({ RGLINT_FAIL_ON: "warning" }, ["--pairs", clean, "--fail-on", "error", "--config", config])
        .status,
    ).toBe(0);
  });

  it("says what is wrong, exit 2", () => {
    const none = runAction({});
    expect([none.status, none.stderr]).toEqual([
      2,
      'rglint-pairs: no pairs: give "pairs" (A.cfg B.cfg per line) or a manifest\n',
    ]);
    expect(none.outputs["exit-code"]).toBe("2");
    const bad = runAction({ RGLINT_PAIRS: "only-one.cfg" });
    expect(bad.stderr).toMatch(/^rglint-pairs: pairs line 1: expected "A\.cfg B\.cfg"/);
    const missing = runAction({ RGLINT_PAIRS: "nope-a.cfg nope-b.cfg" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("rglint: nope-a.cfg: cannot read: no such file");
    expect(missing.outputs["sarif-dir"]).toBe("");
  });
});

describe("action.yml", () => {
  const text = readFileSync("action.yml", "utf8");

  it("declares the inputs and hands each to the script", () => {
    const inputs = /^inputs:\n([\s\S]*?)^\S/m.exec(text)![1]!;
    const names = [...inputs.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    expect(names).toEqual([
      "pairs",
      "manifest",
      "format",
      "fail-on",
      "config",
      "baseline",
      "sarif",
      "category",
    ]);
    for (const name of names.filter((x) => x !== "sarif"))
      expect(text).toContain(`RGLINT_${name!.toUpperCase().replace("-", "_")}: \${{ inputs.${name} }}`);
    expect(text).toMatch(/RGLINT_SARIF_DIR: \$\{\{ inputs\.sarif == 'true' &&/);
  });

  it("runs the script, uploads SARIF, then fails by the script's exit code", () => {
    const run = text.indexOf('node "$GITHUB_ACTION_PATH/scripts/action-run.mjs" || true');
    const upload = text.indexOf("uses: github/codeql-action/upload-sarif@v3");
    const verdict = text.indexOf('run: exit "${{ steps.run.outputs.exit-code');
    expect(text).toMatch(/^ {2}using: composite$/m);
    expect(run).toBeGreaterThan(0);
    expect(upload).toBeGreaterThan(run);
    expect(verdict).toBeGreaterThan(upload);
  });
});
