/**
 * A RuleTester in the spirit of ESLint's: a case is a pair (inline text or a fixture folder) and
 * the exact findings one rule must produce on it (level, side, line, related lines). Findings of
 * other rules are ignored; a missing or an extra finding of the rule under test fails the case.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import type { Finding, Level, Side } from "../../src/rules/types.js";

export interface ExpectedFinding {
  readonly level?: Level;
  readonly side: Side;
  readonly line: number;
  /** Related locations, in order, as side and line. */
  readonly related?: ReadonlyArray<{ readonly side: Side; readonly line: number }>;
  /** Substrings the message must contain. */
  readonly messageIncludes?: readonly string[];
}

export interface RuleCase {
  readonly name: string;
  readonly a: string;
  /** Omit for a single-chassis run. */
  readonly b?: string;
  readonly expected: readonly ExpectedFinding[];
}

export const A_FILE = "a.cfg";
export const B_FILE = "b.cfg";

function sideOfFile(file: string, aFile: string): Side {
  return file === aFile ? "a" : "b";
}

/** The findings of one rule over a case, in the shape `ExpectedFinding` describes. */
export function findingsOf(
  ruleId: string,
  a: { file: string; text: string },
  b: { file: string; text: string } | null,
): { shaped: ExpectedFinding[]; raw: Finding[] } {
  const inputs =
    b === null
      ? [{ file: a.file, content: a.text }]
      : [
          { file: a.file, content: a.text },
          { file: b.file, content: b.text },
        ];
  const raw = analyze(inputs).findings.filter((f) => f.ruleId === ruleId);
  const shaped = raw.map((f) => ({
    level: f.level,
    side: f.side,
    line: f.location.line,
    related: f.related.map((r) => ({ side: sideOfFile(r.location.file, a.file), line: r.location.line })),
  }));
  return { shaped, raw };
}

function normalizeExpected(e: ExpectedFinding, defaultLevel: Level): ExpectedFinding {
  return { level: e.level ?? defaultLevel, side: e.side, line: e.line, related: e.related ?? [] };
}

function assertCase(
  ruleId: string,
  defaultLevel: Level,
  c: RuleCase,
  a: { file: string; text: string },
  b: { file: string; text: string } | null,
): void {
  const { shaped, raw } = findingsOf(ruleId, a, b);
  const key = (e: ExpectedFinding) =>
    `${e.side}:${String(e.line).padStart(6, "0")}:${e.level}:${JSON.stringify(e.related)}`;
  const expected = c.expected
    .map((e) => normalizeExpected(e, defaultLevel))
    .sort((x, y) => key(x).localeCompare(key(y)));
  const actual = [...shaped].sort((x, y) => key(x).localeCompare(key(y)));
  expect(actual, raw.map((f) => `${f.side}:${f.location.line} ${f.level} ${f.message}`).join("\n")).toEqual(
    expected,
  );
  for (const e of c.expected) {
    for (const fragment of e.messageIncludes ?? []) {
      const hit = raw.find((f) => f.side === e.side && f.location.line === e.line);
      expect(hit?.message).toContain(fragment);
    }
  }
  for (const f of raw) {
    // Every finding names a chassis, carries a fingerprint without line numbers, and a full region.
    expect(f.fingerprint.startsWith(`${ruleId}:`)).toBe(true);
    expect(f.location.endColumn).toBeGreaterThan(f.location.column);
  }
}

/** Registers vitest cases for a rule. */
export function testRule(ruleId: string, defaultLevel: Level, cases: readonly RuleCase[]): void {
  describe(`${ruleId} cases`, () => {
    for (const c of cases) {
      it(c.name, () => {
        assertCase(
          ruleId,
          defaultLevel,
          c,
          { file: A_FILE, text: c.a },
          c.b === undefined ? null : { file: B_FILE, text: c.b },
        );
      });
    }
  });
}

export interface FixtureCase {
  readonly ruleId: string;
  readonly name: string;
  readonly dir: string;
}

/** `fixtures/rules/<ID>/<case>/{a.cfg,b.cfg,expected.json}`. */
export function fixtureCases(root = "fixtures/rules"): FixtureCase[] {
  if (!existsSync(root)) return [];
  const out: FixtureCase[] = [];
  for (const ruleId of readdirSync(root).sort()) {
    const ruleDir = path.join(root, ruleId);
    for (const name of readdirSync(ruleDir).sort()) {
      const dir = path.join(ruleDir, name);
      if (existsSync(path.join(dir, "expected.json"))) out.push({ ruleId, name, dir });
    }
  }
  return out;
}

export function runFixtureCase(fc: FixtureCase, defaultLevel: Level): void {
  const expected = JSON.parse(readFileSync(path.join(fc.dir, "expected.json"), "utf8")) as ExpectedFinding[];
  const aFile = path.join(fc.dir, "a.cfg");
  const bFile = path.join(fc.dir, "b.cfg");
  assertCase(
    fc.ruleId,
    defaultLevel,
    { name: fc.name, a: "", expected },
    { file: aFile, text: readFileSync(aFile, "utf8") },
    existsSync(bFile) ? { file: bFile, text: readFileSync(bFile, "utf8") } : null,
  );
}
