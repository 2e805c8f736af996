import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { findRule, RULES, ruleDocPath } from "../../src/rules/registry.js";
import { readDocExamples } from "./docs-excerpts.js";
import { A_FILE, B_FILE, findingsOf, fixtureCases, runFixtureCase } from "./rule-tester.js";

const CATALOG = readFileSync(path.resolve(process.cwd(), "../shared/docs/rules-catalog.md"), "utf8");

/** `| RG101 | rii-unpaired | error | … |` rows of the catalogue. */
function catalogRows(): Map<string, { name: string; level: string }> {
  const rows = new Map<string, { name: string; level: string }>();
  for (const line of CATALOG.split("\n")) {
    const m = /^\| (RG\d{3}) \| ([a-z0-9-]+) \| (error|warning|note) \|/.exec(line);
    if (m) rows.set(m[1]!, { name: m[2]!, level: m[3]! });
  }
  return rows;
}

/**
 * Rules added since the public catalogue was written, which this project cannot edit
 * (../shared is read-only): the rows it should get. The catalogue's own row wins once it has one.
 */
const PENDING_CATALOGUE_ROWS = new Map([["RG607", { name: "suppression-problem", level: "warning" }]]);

describe("rule registry", () => {
  it("has unique IDs and names that match the public catalogue exactly", () => {
    const rows = catalogRows();
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      const row = rows.get(rule.id) ?? PENDING_CATALOGUE_ROWS.get(rule.id);
      expect(row, `${rule.id} is not in rules-catalog.md`).toBeDefined();
      expect(rule.name).toBe(row!.name);
      expect(rule.level).toBe(row!.level);
      expect(rule.shortDescription.length).toBeGreaterThan(10);
      expect(rule.fullDescription.length).toBeGreaterThan(rule.shortDescription.length);
    }
    expect(findRule("rg101")?.id).toBe("RG101");
  });

  for (const rule of RULES) {
    describe(`${rule.id} ${rule.name}`, () => {
      it("has a doc page with a failing and a passing example that produce what the page says", () => {
        const file = ruleDocPath(rule.id);
        expect(existsSync(file), `${file} is missing`).toBe(true);
        const page = readFileSync(file, "utf8");
        expect(page.startsWith(`# ${rule.id} ${rule.name}`)).toBe(true);
        expect(page).toMatch(/## How to fix/);
        expect(page).toMatch(/## Confidence/);
        const examples = readDocExamples(page);
        const failing = examples.filter((e) => e.kind === "failing");
        const passing = examples.filter((e) => e.kind === "passing");
        expect(failing.length, "no failing example").toBeGreaterThan(0);
        expect(passing.length, "no passing example").toBeGreaterThan(0);
        for (const ex of examples) {
          if (ex.kind === "failing")
            expect(ex.expected.length, "a failing example states its Result").toBeGreaterThan(0);
          const { shaped } = findingsOf(
            rule.id,
            { file: A_FILE, text: ex.a },
            ex.b === null ? null : { file: B_FILE, text: ex.b },
          );
          const key = (e: { side: string; line: number; level?: string }) => `${e.side}:${e.line}:${e.level}`;
          expect(shaped.map(key).sort()).toEqual(ex.expected.map(key).sort());
          for (const e of ex.expected) {
            if (e.related === undefined || e.related.length === 0) continue;
            const hit = shaped.find((s) => s.side === e.side && s.line === e.line);
            expect(hit?.related).toEqual(e.related);
          }
        }
      });

      it("has fixtures that prove it fires", () => {
        const dir = path.join("fixtures/rules", rule.id);
        expect(existsSync(dir), `${dir} is missing`).toBe(true);
        const cases = fixtureCases().filter((c) => c.ruleId === rule.id);
        expect(cases.length).toBeGreaterThan(0);
        const anyFiring = cases.some(
          (c) =>
            (JSON.parse(readFileSync(path.join(c.dir, "expected.json"), "utf8")) as unknown[]).length > 0,
        );
        expect(anyFiring).toBe(true);
      });
    });
  }
});

describe("rule fixtures", () => {
  for (const fc of fixtureCases()) {
    it(`${fc.ruleId}/${fc.name}`, () => {
      const rule = findRule(fc.ruleId);
      expect(rule, `fixtures/rules/${fc.ruleId} has no registered rule`).toBeDefined();
      runFixtureCase(fc, rule!.level);
    });
  }
});

describe("the clean example pair", () => {
  it("has no error or warning from any rule", () => {
    const dir = "fixtures/pairs/clean";
    const result = analyze(
      readdirSync(dir)
        .filter((f) => f.endsWith(".cfg"))
        .sort()
        .map((f) => ({ file: path.join(dir, f), content: readFileSync(path.join(dir, f)) })),
    );
    const loud = result.findings.filter((f) => f.level !== "note");
    expect(loud.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line} ${f.message}`)).toEqual([]);
  });
});
