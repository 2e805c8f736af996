import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { multitoolFindings, schemaErrors } from "../../scripts/sarif-validation.js";
import { CLEAN, DEMO, runCli, SECRETS_PAIR } from "./helpers.js";

const tmp = mkdtempSync(path.join(tmpdir(), "rglint-sarif-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const INPUTS: Record<string, readonly string[]> = {
  demo: DEMO,
  clean: CLEAN,
  secrets: SECRETS_PAIR,
  single: [DEMO[1]!],
};

async function produce(): Promise<string[]> {
  const files: string[] = [];
  for (const [name, inputs] of Object.entries(INPUTS)) {
    const out = path.join(tmp, `${name}.sarif`);
    const r = await runCli(["check", ...inputs, "-f", "sarif", "-o", out]);
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
    files.push(out);
  }
  return files;
}

describe("SARIF of the example pairs", () => {
  it("passes the official SARIF 2.1.0 schema and the multitool's GitHub rules", async (context) => {
    const files = await produce();
    for (const file of files) expect(schemaErrors(JSON.parse(readFileSync(file, "utf8"))), file).toEqual([]);
    const outcome = multitoolFindings(files);
    if (!outcome.ran) {
      console.warn(`SARIF multitool skipped: ${outcome.reason}`);
      context.skip();
      return;
    }
    expect(outcome.findings).toEqual([]);
  }, 120_000);
});
