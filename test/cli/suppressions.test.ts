import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { validateFindings } from "../emit/findings-schema.js";
import { runCli } from "./helpers.js";
import { brief, type Insert, type JsonReport, tempDir, writeDemoPair } from "./pair-copy.js";

const tmp = tempDir("rglint-suppress-");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** The demo pair with `inserts` in b.cfg (numbered as in the original), checked as JSON. */
async function check(inserts: readonly Insert[], args: readonly string[] = []) {
  const dir = `${tmp}/${n++}`;
  const pair = writeDemoPair(dir, inserts);
  const r = await runCli(["check", ...pair, "-f", "json", ...args], {}, { cwd: dir });
  const report = JSON.parse(r.stdout) as JsonReport;
  expect(validateFindings(report)).toBe(true);
  return { ...r, report, dir, pair };
}

const rg607 = (report: JsonReport) => report.findings.filter((f) => f.ruleId === "RG607");
const has = (report: JsonReport, line: string) => brief(report).includes(line);

describe("inline suppressions", () => {
  it("the demo pair without comments (what the other cases change)", async () => {
    const { report } = await check([]);
    expect(has(report, "RG104 b:159 error")).toBe(true);
    expect(has(report, "RG205 b:79 error")).toBe(true);
    expect(report.suppressed).toEqual({ inline: 0, config: 0, baseline: 0 });
  });

  it("rglint-disable-next-line suppresses the finding on the next line only (indented inside a block)", async () => {
    const { report } = await check([
      { before: 159, lines: [" ! rglint-disable-next-line RG104 -- VIP moves to .111 in CHG-1234"] },
    ]);
    expect(brief(report).some((l) => l.startsWith("RG104"))).toBe(false);
    expect(rg607(report)).toEqual([]);
    expect(report.suppressed).toEqual({ inline: 1, config: 0, baseline: 0 });
    // Other findings of B stay, on their shifted lines.
    expect(has(report, "RG101 b:169 error")).toBe(true);
  });

  it("counts only the primary location: a suppression on A's related line does nothing", async () => {
    const dir = `${tmp}/related`;
    const pair = writeDemoPair(
      dir,
      [],
      [{ before: 159, lines: [" ! rglint-disable-next-line RG104 -- on A"] }],
    );
    const r = await runCli(["check", ...pair, "-f", "json"], {}, { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(has(report, "RG104 b:159 error")).toBe(true);
    expect(rg607(report).map((f) => `${f.side}:${f.location.line} ${f.message}`)).toEqual([
      expect.stringMatching(/^a:159 dc1-edge-a: ".*" suppresses nothing: no RG104 finding on line 160\.$/),
    ]);
  });

  it("the block form suppresses from rglint-disable to rglint-enable", async () => {
    const { report, code } = await check([
      { before: 79, lines: ["   ! rglint-disable RG205 -- track 11 arrives with CHG-88"] },
      { before: 80, lines: ["   ! rglint-enable RG205"] },
    ]);
    expect(brief(report).some((l) => l.startsWith("RG205"))).toBe(false);
    expect(rg607(report)).toEqual([]);
    expect(report.suppressed?.inline).toBe(1);
    expect(code).toBe(1);
  });

  it("a block without rglint-enable runs to the end of the file, and several IDs can share one comment", async () => {
    const { report } = await check([
      { before: 1, lines: ["! rglint-disable RG101, RG402 RG408 -- staged renumbering"] },
    ]);
    expect(brief(report).filter((l) => /^RG(101|402|408) b:/.test(l))).toEqual([]);
    // A's RG101 finding is on A's file: B's comment does not reach it.
    expect(has(report, "RG101 a:168 error")).toBe(true);
    expect(report.suppressed?.inline).toBe(3);
  });

  it("requires a reason: without one nothing is suppressed and RG607 says so", async () => {
    const { report } = await check([{ before: 159, lines: [" ! rglint-disable-next-line RG104"] }]);
    expect(has(report, "RG104 b:160 error")).toBe(true);
    expect(rg607(report).map((f) => `${f.level} b:${f.location.line} ${f.message}`)).toEqual([
      expect.stringMatching(/^warning b:159 dc1-edge-b: rglint-disable-next-line RG104 gives no reason/),
    ]);
    expect(report.suppressed?.inline).toBe(0);
  });

  it("reports unknown rule IDs and unused suppressions", async () => {
    const { report } = await check([
      {
        before: 92,
        lines: ["   ! rglint-disable-next-line RG302, RG999 -- holdtime 2 s agreed with the NOC"],
      },
      { before: 1, lines: ["! rglint-disable-next-line RG606 -- versions differ during the upgrade"] },
    ]);
    expect(brief(report).some((l) => l.startsWith("RG302"))).toBe(false);
    expect(rg607(report).map((f) => `b:${f.location.line} ${f.message}`)).toEqual([
      expect.stringMatching(
        /^b:1 dc1-edge-b: "! rglint-disable-next-line RG606 -- .*" suppresses nothing: no RG606 finding on line \d+\.$/,
      ),
      expect.stringMatching(
        /^b:93 dc1-edge-b: rglint-disable-next-line names RG999, which is not an rglint rule/,
      ),
    ]);
  });

  it("RG607 findings cannot be suppressed inline, but take levels from the config", async () => {
    const inserts = [
      { before: 1, lines: ["! rglint-disable RG607 -- hide the others"] },
      { before: 159, lines: [" ! rglint-disable-next-line RG104"] },
    ];
    const { report } = await check(inserts);
    expect(rg607(report).map((f) => f.location.line)).toEqual([1, 160]);
    const off = await check(inserts, ["--rule", "RG607=off"]);
    expect(rg607(off.report)).toEqual([]);
  });

  it("--no-inline-config ignores every directive and reports each one", async () => {
    const { report } = await check(
      [
        { before: 159, lines: [" ! rglint-disable-next-line RG104 -- VIP moves in CHG-1234"] },
        { before: 79, lines: ["   ! rglint-disable RG205, RG999 -- track 11 arrives with CHG-88"] },
        { before: 80, lines: ["   ! rglint-enable RG205"] },
      ],
      ["--no-inline-config"],
    );
    expect(has(report, "RG104 b:162 error")).toBe(true);
    expect(has(report, "RG205 b:80 error")).toBe(true);
    expect(report.suppressed?.inline).toBe(0);
    expect(rg607(report).map((f) => `b:${f.location.line} ${f.message}`)).toEqual([
      expect.stringMatching(
        /^b:79 dc1-edge-b: inline suppressions are turned off \(--no-inline-config\), so ".*" suppresses nothing\.$/,
      ),
      expect.stringMatching(/^b:161 dc1-edge-b: inline suppressions are turned off/),
    ]);
  });

  it("shows the suppressed count in the stylish and Markdown summaries", async () => {
    const dir = `${tmp}/summary`;
    const pair = writeDemoPair(dir, [
      { before: 159, lines: [" ! rglint-disable-next-line RG104 -- CHG-1234"] },
    ]);
    const stylish = await runCli(["check", ...pair], {}, { cwd: dir });
    expect(stylish.stdout).toMatch(/\n {2}not shown: 1 suppressed inline\n/);
    const markdown = await runCli(["check", ...pair, "-f", "markdown"], {}, { cwd: dir });
    expect(markdown.stdout).toContain("_Not shown: 1 suppressed inline._");
  });
});
