/** Copies of the demo pair in a temporary folder, with lines inserted, for config, suppression and baseline tests. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Lines to insert before line `before` (1-based, numbered as in the original file). */
export interface Insert {
  readonly before: number;
  readonly lines: readonly string[];
}

export function insertLines(text: string, inserts: readonly Insert[]): string {
  const lines = text.split("\n");
  for (const ins of [...inserts].sort((x, y) => y.before - x.before))
    lines.splice(ins.before - 1, 0, ...ins.lines);
  return lines.join("\n");
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes `configs/a.cfg` and `configs/b.cfg` (the demo pair, B edited) under `dir`; returns their paths relative to it. */
export function writeDemoPair(
  dir: string,
  bInserts: readonly Insert[] = [],
  aInserts: readonly Insert[] = [],
): string[] {
  mkdirSync(path.join(dir, "configs"), { recursive: true });
  const a = readFileSync("fixtures/pairs/demo/a.cfg", "utf8");
  const b = readFileSync("fixtures/pairs/demo/b.cfg", "utf8");
  writeFileSync(path.join(dir, "configs/a.cfg"), insertLines(a, aInserts));
  writeFileSync(path.join(dir, "configs/b.cfg"), insertLines(b, bInserts));
  return ["configs/a.cfg", "configs/b.cfg"];
}

export interface JsonReport {
  summary: { error: number; warning: number; note: number };
  suppressed?: { inline: number; config: number; baseline: number };
  findings: Array<{
    ruleId: string;
    level: string;
    side: string;
    location: { line: number };
    message: string;
    fingerprint: string;
  }>;
}

/** `RG104 b:159 error` for each finding. */
export function brief(report: JsonReport): string[] {
  return report.findings.map((f) => `${f.ruleId} ${f.side}:${f.location.line} ${f.level}`);
}
