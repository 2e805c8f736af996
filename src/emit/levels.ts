/** Level order and the `--fail-on` test, shared by every format and the exit code. */
import type { Finding, Level } from "../rules/types.js";
import type { FailOn } from "./context.js";

export const LEVELS: readonly Level[] = ["error", "warning", "note"];

const RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };

export function levelRank(level: Level): number {
  return RANK[level];
}

/** Whether a finding at `level` fails a run with `--fail-on failOn`. */
export function fails(level: Level, failOn: FailOn): boolean {
  return failOn !== "never" && RANK[level] >= RANK[failOn];
}

export function anyFailing(findings: Iterable<Finding>, failOn: FailOn): boolean {
  for (const f of findings) if (fails(f.level, failOn)) return true;
  return false;
}

/** Errors first, then warnings, then notes; stable within a level. */
export function bySeverity<T extends { readonly level: Level }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => RANK[y.item.level] - RANK[x.item.level] || x.index - y.index)
    .map((x) => x.item);
}
