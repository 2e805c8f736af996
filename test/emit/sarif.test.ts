import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Log, Result } from "sarif";
import { afterAll, describe, expect, it } from "vitest";
import { multitoolFindings, schemaErrors } from "../../scripts/sarif-validation.js";
import {
  buildSarifLog,
  emitSarif,
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  SRCROOT,
} from "../../src/emit/sarif.js";
import { fitToLimits, SARIF_LIMITS } from "../../src/emit/sarif-limits.js";
import type { Finding } from "../../src/rules/types.js";
import { chassis, FINDINGS, OPTIONS, pairRun, RULE_TABLE, report, SECRETS } from "./report-fixture.js";

function sarif(r = report()): Log {
  return JSON.parse(emitSarif(r, OPTIONS).text) as Log;
}

function resultOf(log: Log, ruleId: string): Result {
  const result = log.runs[0]!.results!.find((r) => r.ruleId === ruleId);
  expect(result, ruleId).toBeDefined();
  return result!;
}

/** Many findings, to push past a limit. */
function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ...FINDINGS[i % FINDINGS.length]!,
    level: i % 3 === 0 ? ("error" as const) : ("note" as const),
    fingerprint: `RG104:n=${i}`,
  }));
}

const tmp = mkdtempSync(path.join(tmpdir(), "rglint-sarif-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("sarif: the log", () => {
  it("matches the golden output", async () => {
    await expect(emitSarif(report(), OPTIONS).text).toMatchFileSnapshot("golden/sarif.sarif");
  });

  it("has $schema, version and a driver with name, version, informationUri and the full rule table", () => {
    const log = sarif();
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({
      name: "rglint",
      version: "1.2.3",
      informationUri: "https://github.com/rglint/rglint",
    });
    expect(driver.rules!.map((r) => r.id)).toEqual(RULE_TABLE.map((r) => r.id));
  });

  it("describes each rule as GitHub reads it", () => {
    const rules = sarif().runs[0]!.tool.driver.rules!;
    const rg104 = rules.find((r) => r.id === "RG104")!;
    expect(rg104).toMatchObject({
      name: "vip-mismatch",
      shortDescription: { text: RULE_TABLE[0]!.shortDescription },
      fullDescription: { text: RULE_TABLE[0]!.fullDescription },
      help: { text: RULE_TABLE[0]!.doc, markdown: RULE_TABLE[0]!.doc },
      helpUri: "https://github.com/rglint/rglint/blob/main/rules-docs/RG104.md",
      defaultConfiguration: { level: "error" },
      properties: { tags: ["pairing"], precision: "high", "problem.severity": "error" },
    });
    expect(rules.find((r) => r.id === "RG407")!.properties!["problem.severity"]).toBe("recommendation");
  });

  it("gives a security-severity only to rules tagged security", () => {
    for (const rule of sarif().runs[0]!.tool.driver.rules!) {
      const security = rule.properties!.tags!.includes("security");
      expect(rule.properties!["security-severity"] !== undefined, rule.id).toBe(security);
    }
    const rules = sarif().runs[0]!.tool.driver.rules!;
    expect(rules.find((r) => r.id === "RG303")!.properties!["security-severity"]).toBe("7.5");
    expect(rules.find((r) => r.id === "RG308")!.properties!["security-severity"]).toBe("5.0");
  });

  it("falls back to the descriptions when a rule's page could not be read", () => {
    const noDocs = { ...report(), rules: RULE_TABLE.map((r) => ({ ...r, doc: null })) };
    const help = sarif(noDocs).runs[0]!.tool.driver.rules![0]!.help!;
    expect(help.text).toContain(RULE_TABLE[0]!.fullDescription);
    expect(help.markdown).toContain("(https://github.com/rglint/rglint/blob/main/rules-docs/RG104.md)");
  });
});

describe("sarif: results", () => {
  it("carry ruleId, the ruleIndex into the table, the level and our fingerprint", () => {
    const log = sarif();
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const result of log.runs[0]!.results!) {
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      const finding = FINDINGS.find((f) => f.ruleId === result.ruleId)!;
      expect(result.level).toBe(finding.level);
      expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: finding.fingerprint });
    }
  });

  it("link each related location from the message, first sentence first", () => {
    const result = resultOf(sarif(), "RG104");
    expect(result.message.text).toBe(
      "edge-b's GigabitEthernet0/0/2 (RII 101) has virtual IP 10.10.1.11 in group 1, but its twin on edge-a has 10.10.1.1. See [edge-a line 15](1). Fix: Use the same virtual IP on both twins with RII 101.",
    );
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: "configs/edge-a.cfg", uriBaseId: SRCROOT },
          region: { startLine: 15, startColumn: 2, endLine: 15, endColumn: 43 },
        },
        message: { text: "virtual IP of GigabitEthernet0/0/2 on edge-a" },
      },
    ]);
  });

  it("escape literal brackets in messages (SARIF embedded links) and keep a diff after the first line", () => {
    expect(resultOf(sarif(), "RG303").message.text).toContain("keys \\[text\\]: each");
    expect(resultOf(sarif(), "RG407").message.text).toBe(
      "edge-b's stateful NAT rule can carry TCP connections of ALG-handled protocols.\n- one\n+ two",
    );
  });

  it("point at a full region relative to the repository root", () => {
    const log = sarif();
    expect(resultOf(log, "RG104").locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: "configs/edge-b.cfg", uriBaseId: SRCROOT },
          region: { startLine: 15, startColumn: 2, endLine: 15, endColumn: 44 },
        },
      },
    ]);
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: "file:///work/repo/" } });
  });

  it("use an absolute file URI for a file outside the root, percent-encoded", () => {
    const outside = { ...chassis("b", null), absolutePath: "/elsewhere/my configs/edge-b.cfg" };
    const run = { ...pairRun(), chassis: [chassis("a"), outside] };
    const location = resultOf(sarif(report([run])), "RG104").locations![0]!.physicalLocation!;
    expect(location.artifactLocation).toEqual({ uri: "file:///elsewhere/my%20configs/edge-b.cfg" });
  });

  it("never contain a secret (SARIF carries no snippets)", () => {
    const text = emitSarif(report(), OPTIONS).text;
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});

describe("sarif: several runs", () => {
  it("give each run its own automationDetails id (GitHub's category); one run has none", () => {
    expect(sarif().runs[0]!.automationDetails).toBeUndefined();
    const log = sarif(
      report([pairRun(), pairRun(FINDINGS, "edge-c+edge-d"), pairRun(FINDINGS, "edge-c+edge-d")]),
    );
    expect(log.runs.map((r) => r.automationDetails?.id)).toEqual([
      "rglint/edge-a+edge-b/",
      "rglint/edge-c+edge-d/",
      "rglint/edge-c+edge-d-2/",
    ]);
  });
});

describe("sarif: GitHub's limits", () => {
  it("are the documented ones", () => {
    expect(SARIF_LIMITS).toMatchObject({
      runsPerFile: 20,
      resultsPerRun: 25_000,
      gzippedBytes: 10 * 1024 * 1024,
    });
  });

  it("keep the most severe results of a run beyond the limit, with a warning and a notification", () => {
    const r = report([pairRun(manyFindings(30))]);
    const limits = { ...SARIF_LIMITS, resultsPerRun: 10 };
    const { text, warnings } = fitToLimits(r, (runs) => JSON.stringify(buildSarifLog(r, runs)), limits);
    const log = JSON.parse(text) as Log;
    expect(log.runs[0]!.results).toHaveLength(10);
    expect(log.runs[0]!.results!.every((x) => x.level === "error")).toBe(true);
    expect(warnings).toEqual([
      "SARIF: 20 of 30 results of edge-a+edge-b left out (GitHub accepts at most 10 per run); the most severe are kept",
    ]);
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications![0]!.message.text).toContain(
      "20 of 30 results",
    );
  });

  it("drop runs beyond the per-file limit", () => {
    const r = report(Array.from({ length: 4 }, (_, i) => pairRun(FINDINGS, `pair-${i}`)));
    const limits = { ...SARIF_LIMITS, runsPerFile: 3 };
    const { text, warnings } = fitToLimits(r, (runs) => JSON.stringify(buildSarifLog(r, runs)), limits);
    expect((JSON.parse(text) as Log).runs).toHaveLength(3);
    expect(warnings[0]).toContain("1 of 4 pairs left out");
  });

  it("shrink a file whose gzipped size is over the limit", () => {
    const r = report([pairRun(manyFindings(2000))]);
    const render = (runs: Parameters<typeof buildSarifLog>[1]) => JSON.stringify(buildSarifLog(r, runs));
    const full = gzipSync(fitToLimits(r, render).text).length;
    const limits = { ...SARIF_LIMITS, gzippedBytes: Math.floor(full / 2) };
    const { text, warnings } = fitToLimits(r, render, limits);
    expect(gzipSync(text).length).toBeLessThanOrEqual(limits.gzippedBytes);
    const results = (JSON.parse(text) as Log).runs[0]!.results!;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(2000);
    expect(warnings.join("\n")).toContain("left out to keep the file under GitHub's");
  });
});

describe("sarif: validation", () => {
  const logs: Record<string, string> = {
    "pair.sarif": emitSarif(report(), OPTIONS).text,
    "runs.sarif": emitSarif(report([pairRun(), pairRun(FINDINGS, "edge-c+edge-d")]), OPTIONS).text,
    "empty.sarif": emitSarif(report([pairRun([])]), OPTIONS).text,
    "truncated.sarif": fitToLimits(
      report([pairRun(manyFindings(30))]),
      (runs) => JSON.stringify(buildSarifLog(report([pairRun(manyFindings(30))]), runs), null, 2),
      { ...SARIF_LIMITS, resultsPerRun: 10 },
    ).text,
  };

  it("passes the official SARIF 2.1.0 schema", () => {
    for (const [name, text] of Object.entries(logs)) expect(schemaErrors(JSON.parse(text)), name).toEqual([]);
  });

  it("the schema check catches a broken log (so a pass means something)", () => {
    const broken = JSON.parse(logs["pair.sarif"]!) as Log;
    (broken.runs[0]!.results![0]! as { level: string }).level = "fatal";
    broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(schemaErrors(broken).length).toBeGreaterThanOrEqual(2);
  });

  it("passes the multitool's GitHub ingestion rules (Gh;Sarif, errors and warnings)", (context) => {
    const files = Object.entries(logs).map(([name, text]) => {
      const file = path.join(tmp, name);
      writeFileSync(file, text);
      return file;
    });
    // A log without rules and with an absolute URI, checked in the same (slow) multitool run,
    // shows that the multitool does flag what GitHub rejects.
    const broken = JSON.parse(logs["pair.sarif"]!) as Log;
    delete broken.runs[0]!.tool.driver.rules;
    const brokenFile = path.join(tmp, "broken.sarif");
    writeFileSync(brokenFile, JSON.stringify(broken));
    const outcome = multitoolFindings([...files, brokenFile]);
    if (!outcome.ran) {
      console.warn(`SARIF multitool skipped: ${outcome.reason}`);
      context.skip();
      return;
    }
    expect(outcome.findings.filter((f) => !f.includes("broken.sarif"))).toEqual([]);
    expect(outcome.findings.some((f) => f.includes("GH1018"))).toBe(true);
  }, 120_000);
});
