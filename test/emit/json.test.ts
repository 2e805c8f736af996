import { describe, expect, it } from "vitest";
import { emitJson, FINDINGS_SCHEMA_VERSION } from "../../src/emit/json.js";
import { validateFindings } from "./findings-schema.js";
import { FINDINGS, OPTIONS, pairRun, report, SECRETS } from "./report-fixture.js";

describe("json", () => {
  it("matches the golden output", async () => {
    await expect(emitJson(report(), OPTIONS).text).toMatchFileSnapshot("golden/findings.json.snap");
  });

  it("is valid against schemas/findings.schema.json", () => {
    const doc = JSON.parse(emitJson(report(), OPTIONS).text) as unknown;
    expect(validateFindings(doc), JSON.stringify(validateFindings.errors)).toBe(true);
  });

  it("the schema rejects a broken document (so a pass means something)", () => {
    const doc = JSON.parse(emitJson(report(), OPTIONS).text) as { findings: Array<{ level: string }> };
    doc.findings[0]!.level = "fatal";
    expect(validateFindings(doc)).toBe(false);
  });

  it("carries schemaVersion 1.x, the summary and every finding", () => {
    const doc = JSON.parse(emitJson(report(), OPTIONS).text) as {
      schemaVersion: string;
      summary: object;
      findings: unknown[];
    };
    expect(doc.schemaVersion).toBe(FINDINGS_SCHEMA_VERSION);
    expect(doc.schemaVersion).toMatch(/^1\./);
    expect(doc.summary).toEqual({ error: 2, warning: 2, note: 1 });
    expect(doc.findings).toHaveLength(FINDINGS.length);
  });

  it("copies only the schema's location fields", () => {
    const extra = { ...FINDINGS[0]!, location: { ...FINDINGS[0]!.location, offset: 7 } };
    const doc = JSON.parse(emitJson(report([pairRun([extra])]), OPTIONS).text) as unknown;
    expect(validateFindings(doc)).toBe(true);
  });

  it("never contains a secret", () => {
    const text = emitJson(report(), OPTIONS).text;
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});
