import type { Finding, Level } from "../rules/types.js";
import type { SuppressedCounts } from "./context.js";

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

/** `not shown: 2 suppressed inline, 1 ignored by the config file, 12 in the baseline`, or null. */
export function describeSuppressed(s: SuppressedCounts | undefined): string | null {
  if (s === undefined) return null;
  const parts: string[] = [];
  if (s.inline > 0) parts.push(`${s.inline} suppressed inline`);
  if (s.config > 0) parts.push(`${s.config} ignored by the config file`);
  if (s.baseline > 0) parts.push(`${s.baseline} in the baseline`);
  return parts.length === 0 ? null : `not shown: ${parts.join(", ")}`;
}
