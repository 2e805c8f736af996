import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Log } from "sarif";
import { afterAll, describe, expect, it } from "vitest";
import { schemaErrors } from "../../scripts/sarif-validation.js";
import { FAIL_ON_LEVELS } from "../../src/cli/check.js";
import { FORMATS } from "../../src/emit/formats.js";
import { validateFindings } from "../emit/findings-schema.js";
import { CLEAN, DEMO, runCli } from "./helpers.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point.
const ANSI = /\u001b\[/;
const tmp = mkdtempSync(path.join(tmpdir(), "rglint-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Summary {
  error: number;
  warning: number;
  note: number;
}

async function summaryOf(files: readonly string[]): Promise<Summary> {
  const r = await runCli(["check", ...files, "--format", "json"]);
  return (JSON.parse(r.stdout) as { summary: Summary }).summary;
}

describe("rglint check --format", () => {
  it("prints every format, each parseable as what it claims to be", async () => {
    for (const format of FORMATS) {
      const r = await runCli(["check", ...DEMO, "--format", format]);
      expect(r.code, format).toBe(1);
      expect(r.stderr, format).toBe("");
      switch (format) {
        case "json":
          expect(validateFindings(JSON.parse(r.stdout))).toBe(true);
          break;
        case "sarif":
          expect(schemaErrors(JSON.parse(r.stdout))).toEqual([]);
          break;
        case "gitlab":
          expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
          break;
        case "junit":
          expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
          break;
        case "markdown":
          expect(r.stdout.startsWith("### rglint: dc1-edge-a + dc1-edge-b")).toBe(true);
          break;
        case "github":
          expect(r.stdout.split("\n")[0]).toMatch(/^::error file=fixtures\/pairs\/demo\/[ab]\.cfg,line=\d+,/);
          break;
        case "stylish":
          expect(r.stdout).toContain("RG101 rii-unpaired");
          break;
      }
    }
  });

  it("puts the full rule table and the rule pages into SARIF", async () => {
    const log = JSON.parse((await runCli(["check", ...DEMO, "-f", "sarif"])).stdout) as Log;
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.length).toBeGreaterThan(3);
    const rg101 = rules.find((r) => r.id === "RG101")!;
    expect(rg101.help!.markdown).toBe(readFileSync("rules-docs/RG101.md", "utf8"));
    expect(log.runs[0]!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("rglint check --output", () => {
  it("writes the report to the file and nothing to stdout", async () => {
    const out = path.join(tmp, "demo.sarif");
    const r = await runCli(["check", ...DEMO, "-f", "sarif", "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(schemaErrors(JSON.parse(readFileSync(out, "utf8")))).toEqual([]);
  });
});

describe("rglint check --fail-on", () => {
  for (const pair of [DEMO, CLEAN]) {
    it(`exits 1 exactly when a finding is at or above the level (${pair[0]})`, async () => {
      const s = await summaryOf(pair);
      const expected = {
        error: s.error,
        warning: s.error + s.warning,
        note: s.error + s.warning + s.note,
        never: 0,
      };
      for (const level of FAIL_ON_LEVELS) {
        const r = await runCli(["check", ...pair, "--fail-on", level]);
        expect(r.code, level).toBe(expected[level] > 0 ? 1 : 0);
      }
    });
  }

  it("defaults to error: the demo pair fails, never makes it pass", async () => {
    expect((await runCli(["check", ...DEMO])).code).toBe(1);
    expect((await runCli(["check", ...DEMO, "--fail-on", "never"])).code).toBe(0);
  });
});

describe("rglint check --quiet", () => {
  it("shows only what fails the run, without the summary", async () => {
    const r = await runCli(["check", ...DEMO, "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  error  ");
    expect(r.stdout).not.toMatch(/ {2}(warning|note) {2}/);
    expect(r.stdout).not.toContain("fails at --fail-on");
    const json = JSON.parse(
      (await runCli(["check", ...DEMO, "-q", "-f", "json", "--fail-on", "warning"])).stdout,
    ) as {
      summary: Summary;
    };
    expect(json.summary.note).toBe(0);
    expect(json.summary.warning).toBeGreaterThan(0);
  });

  it("prints nothing when nothing fails", async () => {
    const r = await runCli(["check", ...CLEAN, "--quiet"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("rglint check colour", () => {
  const colored = async (args: string[], env: Record<string, string> = {}, isTTY = true) =>
    ANSI.test((await runCli(["check", ...DEMO, ...args], env, { isTTY })).stdout);

  it("is on for a terminal only", async () => {
    expect(await colored([])).toBe(true);
    expect(await colored([], {}, false)).toBe(false);
  });

  it("is off with NO_COLOR (any non-empty value) or --no-color", async () => {
    expect(await colored([], { NO_COLOR: "1" })).toBe(false);
    expect(await colored([], { NO_COLOR: "" })).toBe(true);
    expect(await colored(["--no-color"])).toBe(false);
  });

  it("is on with --color or FORCE_COLOR even without a terminal; --color beats NO_COLOR", async () => {
    expect(await colored(["--color"], {}, false)).toBe(true);
    expect(await colored([], { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(await colored(["--color"], { NO_COLOR: "1" }, false)).toBe(true);
  });

  it("is never in a file or in a machine format", async () => {
    const out = path.join(tmp, "stylish.txt");
    await runCli(["check", ...DEMO, "-o", out], {}, { isTTY: true });
    expect(readFileSync(out, "utf8")).not.toMatch(ANSI);
    expect(await colored(["-f", "github"])).toBe(false);
  });
});

describe("rglint check --sarif-root", () => {
  const uris = (log: Log) =>
    log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!);

  it("makes SARIF URIs relative to the working directory by default", async () => {
    const log = JSON.parse((await runCli(["check", ...DEMO, "-f", "sarif"])).stdout) as Log;
    expect(new Set(uris(log))).toEqual(new Set(["fixtures/pairs/demo/a.cfg", "fixtures/pairs/demo/b.cfg"]));
    expect(log.runs[0]!.originalUriBaseIds!["%SRCROOT%"]!.uri).toBe(`file://${process.cwd()}/`);
  });

  it("makes them relative to the given root, and the github paths too", async () => {
    const log = JSON.parse(
      (await runCli(["check", ...DEMO, "-f", "sarif", "--sarif-root", "fixtures/pairs"])).stdout,
    ) as Log;
    expect(new Set(uris(log))).toEqual(new Set(["demo/a.cfg", "demo/b.cfg"]));
    const gh = await runCli(["check", ...DEMO, "-f", "github", "--sarif-root", "fixtures"]);
    expect(gh.stdout.split("\n")[0]).toMatch(/^::error file=pairs\/demo\/[ab]\.cfg,/);
  });

  it("warns and uses absolute URIs for files outside the root", async () => {
    const r = await runCli(["check", ...DEMO, "-f", "sarif", "--sarif-root", "test"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("fixtures/pairs/demo/a.cfg is outside the repository root");
    expect(uris(JSON.parse(r.stdout) as Log)[0]).toMatch(/^file:\/\/\//);
  });
});

describe("rglint check --help and --version", () => {
  it("--help lists the formats, the exit codes and examples", async () => {
    const r = await runCli(["check", "--help"]);
    expect(r.code).toBe(0);
    for (const format of FORMATS) expect(r.stdout).toContain(format);
    expect(r.stdout).toContain("--fail-on <level>");
    expect(r.stdout).toContain("Exit codes: 0");
    expect(r.stdout).toContain("$ rglint check edge-a.cfg edge-b.cfg");
  });

  it("--version prints the version, also after check", async () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect(await runCli(["check", "--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
});
