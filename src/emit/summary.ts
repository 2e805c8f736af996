import type { Finding, Level } from "../rules/types.js";

export type LevelCounts = Record<Level, number>;

export function countByLevel(findings: Iterable<Finding>): LevelCounts {
  const counts: LevelCounts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function describeCounts(c: LevelCounts): string {
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.note, "note")}`;
}
