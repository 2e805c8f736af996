import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLEAN, DEMO, runCli } from "./helpers.js";
import { brief, type JsonReport, tempDir, writeDemoPair } from "./pair-copy.js";

const tmp = tempDir("rglint-baseline-");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface BaselineDoc {
  version: number;
  tool: string;
  pairs: Record<string, Record<string, number>>;
}

/** How many findings the demo pair has today (rules are added over time). */
async function demoFindingCount(): Promise<number> {
  return (JSON.parse((await runCli(["check", ...DEMO, "-f", "json"])).stdout) as JsonReport).findings.length;
}

describe("baselines", () => {
  it("round trip: record today's findings, then report only new ones, though every line moved", async () => {
    const dir = path.join(tmp, "round-trip");
    const pair = writeDemoPair(dir);
    const total = await demoFindingCount();
    const written = await runCli(
      ["check", ...pair, "--write-baseline", "rglint-baseline.json"],
      {},
      { cwd: dir },
    );
    expect(written.code).toBe(0);
    expect(written.stderr).toBe(
      `rglint: rglint-baseline.json: recorded ${total} finding(s) of pair "dc1-edge-a+dc1-edge-b"\n`,
    );
    expect(written.stdout).toContain(`not shown: ${total} in the baseline`);
    const baseline = JSON.parse(readFileSync(path.join(dir, "rglint-baseline.json"), "utf8")) as BaselineDoc;
    expect(baseline.version).toBe(1);
    expect(baseline.tool).toMatch(/^rglint \d+\.\d+\.\d+/);
    const counts = baseline.pairs["dc1-edge-a+dc1-edge-b"]!;
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(total);
    expect(counts["RG104:rii=101:group=1:ipv4"]).toBe(1);

    // Lines inserted above everything on both chassis, and an unrelated edit: nothing is new.
    const banner = ["! intended config, rendered by the template pipeline", "!", "service tcp-keepalives-in"];
    writeDemoPair(
      dir,
      [
        { before: 1, lines: banner },
        { before: 100, lines: ["!"] },
      ],
      [{ before: 1, lines: banner }],
    );
    const again = await runCli(
      ["check", ...pair, "-f", "json", "--baseline", "rglint-baseline.json"],
      {},
      { cwd: dir },
    );
    const report = JSON.parse(again.stdout) as JsonReport;
    expect([again.code, again.stderr]).toEqual([0, ""]);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual({ inline: 0, config: 0, baseline: total });

    // A new mistake (group 1 on B also tracks object 12, which is not defined) is reported and fails the run.
    writeDemoPair(dir, [
      { before: 1, lines: banner },
      { before: 81, lines: ["   track 12 decrement 10"] },
    ]);
    const changed = await runCli(
      ["check", ...pair, "-f", "json", "--baseline", "rglint-baseline.json"],
      {},
      { cwd: dir },
    );
    const fresh = JSON.parse(changed.stdout) as JsonReport;
    expect(changed.code).toBe(1);
    expect(brief(fresh)).toEqual(["RG205 b:84 error"]);
    expect(fresh.suppressed?.baseline).toBe(total);
  });

  it("fixed findings drop out; a finding seen more often than recorded is new", async () => {
    const dir = path.join(tmp, "counts");
    const pair = writeDemoPair(dir);
    const file = path.join(dir, "b.json");
    await runCli(["check", ...pair, "--write-baseline", file], {}, { cwd: dir });
    const doc = JSON.parse(readFileSync(file, "utf8")) as BaselineDoc;
    const counts = doc.pairs["dc1-edge-a+dc1-edge-b"]!;
    delete counts["RG104:rii=101:group=1:ipv4"];
    writeFileSync(file, JSON.stringify(doc));
    const r = await runCli(["check", ...pair, "-f", "json", "--baseline", file], {}, { cwd: dir });
    expect(brief(JSON.parse(r.stdout) as JsonReport)).toEqual(["RG104 b:159 error"]);
  });

  it("keeps one entry per pair: writing one pair keeps the others", async () => {
    const file = path.join(tmp, "fleet.json");
    await runCli(["check", ...DEMO, "--write-baseline", file, "--pair-name", "dc1"]);
    await runCli(["check", ...CLEAN, "--write-baseline", file, "--pair-name", "dc2"]);
    const doc = JSON.parse(readFileSync(file, "utf8")) as BaselineDoc;
    expect(Object.keys(doc.pairs)).toEqual(["dc1", "dc2"]);
    expect(doc.pairs.dc2).toEqual({ "RG407:a:alg-fixup": 1, "RG407:b:alg-fixup": 1 });
    const demo = await runCli(["check", ...DEMO, "--baseline", file, "--pair-name", "dc1"]);
    expect(demo.code).toBe(0);
    // Another pair's entry does not cover this one, and the run says so.
    const wrong = await runCli(["check", ...DEMO, "--baseline", file, "--pair-name", "dc3"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      `rglint: warning: --baseline ${file} has no entry for pair "dc3": every finding is new (--pair-name sets the name)\n`,
    );
  });

  it("records what is left after config levels and suppressions", async () => {
    const file = path.join(tmp, "after-levels.json");
    await runCli(["check", ...DEMO, "--write-baseline", file, "--rule", "RG407=off"]);
    const doc = JSON.parse(readFileSync(file, "utf8")) as BaselineDoc;
    expect(Object.keys(doc.pairs["dc1-edge-a+dc1-edge-b"]!).some((k) => k.startsWith("RG407"))).toBe(false);
  });

  it.each([
    [["--baseline", "nope.json"], "rglint: --baseline nope.json: cannot read: no such file"],
    [
      ["--baseline", "package.json"],
      "rglint: --baseline package.json: $.version: expected 1 (written by another rglint version?)",
    ],
    [
      ["--write-baseline", "package.json"],
      "rglint: --write-baseline package.json: $.version: expected 1 (written by another rglint version?)",
    ],
    [
      ["--write-baseline", "no/such/dir/b.json"],
      "rglint: --write-baseline no/such/dir/b.json: cannot write: no such directory",
    ],
    [
      ["--baseline", "x.json", "--write-baseline", "y.json"],
      "rglint: --baseline and --write-baseline: give one (--write-baseline rewrites the pair's entry)",
    ],
  ])("usage errors: %j", async (args, line) => {
    const r = await runCli(["check", ...DEMO, ...args]);
    expect([r.code, r.stderr]).toEqual([2, `${line}\n`]);
    expect(existsSync("y.json")).toBe(false);
  });
});
