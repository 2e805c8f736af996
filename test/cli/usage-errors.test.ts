import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO, runCli } from "./helpers.js";

const tmp = mkdtempSync(path.join(tmpdir(), "rglint-usage-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every way a user can get `rglint check` wrong, and the one line that says so. */
const CASES: ReadonlyArray<{ name: string; args: string[]; line: RegExp }> = [
  { name: "no file", args: ["check"], line: /^error: missing required argument 'a'$/ },
  { name: "three files", args: ["check", ...DEMO, "c.cfg"], line: /^error: too many arguments for 'check'/ },
  {
    name: "unknown option",
    args: ["check", ...DEMO, "--frobnicate"],
    line: /^error: unknown option '--frobnicate'$/,
  },
  {
    name: "unknown format",
    args: ["check", ...DEMO, "-f", "xml"],
    line: /^error: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are stylish, json, sarif, github, gitlab, junit, markdown\.$/,
  },
  { name: "old plain format", args: ["check", ...DEMO, "-f", "plain"], line: /argument 'plain' is invalid/ },
  {
    name: "unknown --fail-on",
    args: ["check", ...DEMO, "--fail-on", "critical"],
    line: /argument 'critical' is invalid\. Allowed choices are error, warning, note, never\.$/,
  },
  {
    name: "option without its value",
    args: ["check", ...DEMO, "--output"],
    line: /^error: option '-o, --output <file>' argument missing$/,
  },
  {
    name: "missing input",
    args: ["check", "nope-a.cfg", DEMO[1]!],
    line: /^rglint: nope-a\.cfg: cannot read: no such file$/,
  },
  {
    name: "input is a directory",
    args: ["check", "fixtures", DEMO[1]!],
    line: /^rglint: fixtures: cannot read: is a directory$/,
  },
  {
    name: "--output in a missing folder",
    args: ["check", ...DEMO, "-o", "no/such/dir/out.sarif"],
    line: /^rglint: --output no\/such\/dir\/out\.sarif: cannot write: no such directory$/,
  },
  {
    name: "--output is a directory",
    args: ["check", ...DEMO, "-o", "fixtures"],
    line: /^rglint: --output fixtures: cannot write: is a directory$/,
  },
  {
    name: "--output below a file",
    args: ["check", ...DEMO, "-o", "package.json/out.txt"],
    line: /^rglint: --output package\.json\/out\.txt: cannot write: a parent is not a directory$/,
  },
  {
    name: "--sarif-root missing",
    args: ["check", ...DEMO, "--sarif-root", "no-such-root"],
    line: /^rglint: --sarif-root no-such-root: no such directory$/,
  },
  {
    name: "--sarif-root is a file",
    args: ["check", ...DEMO, "--sarif-root", "package.json"],
    line: /^rglint: --sarif-root package\.json: not a directory$/,
  },
];

describe("rglint check usage and input errors", () => {
  for (const c of CASES) {
    it(`${c.name}: exit 2, one line on stderr, nothing on stdout`, async () => {
      const r = await runCli(c.args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe("");
      expect(lines[0]).toMatch(c.line);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("checks --output before it analyzes anything, so no partial file is left", async () => {
    const r = await runCli(["check", "nope.cfg", "-o", path.join(tmp, "missing", "x.sarif")]);
    expect(r.stderr).toContain("--output");
  });
});
