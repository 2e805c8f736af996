/** The config file's `ignores`: findings not to report, each with a reason. */
import type { Finding } from "../rules/types.js";
import { matchesAnyGlob } from "./glob.js";
import type { ConfigIgnore } from "./types.js";

export interface IgnoreContext {
  readonly pairName: string;
  /** The finding's file relative to the config file's folder, `/`-separated. */
  readonly relativeFile: (file: string) => string;
}

export function ignoreMatches(ignore: ConfigIgnore, finding: Finding, context: IgnoreContext): boolean {
  if (ignore.rule !== finding.ruleId) return false;
  if (ignore.fingerprint !== undefined && ignore.fingerprint !== finding.fingerprint) return false;
  if (ignore.pairs !== undefined && !matchesAnyGlob(ignore.pairs, context.pairName)) return false;
  if (
    ignore.files !== undefined &&
    !matchesAnyGlob(ignore.files, context.relativeFile(finding.location.file))
  )
    return false;
  return true;
}

/** Splits the findings into those still reported and the number ignored. */
export function applyIgnores(
  findings: readonly Finding[],
  ignores: readonly ConfigIgnore[],
  context: IgnoreContext,
): { kept: Finding[]; ignored: number } {
  if (ignores.length === 0) return { kept: [...findings], ignored: 0 };
  const kept = findings.filter((f) => !ignores.some((i) => ignoreMatches(i, f, context)));
  return { kept, ignored: findings.length - kept.length };
}
