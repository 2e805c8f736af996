/**
 * Baselines: the fingerprints of the findings a pair has today, counted, so that a later run
 * reports only new ones. Fingerprints are rule + normalized subject (no line numbers), so moved
 * lines and unrelated edits keep matching. One file holds many pairs, keyed by pair name.
 */
import type { Finding } from "../rules/types.js";

export const BASELINE_VERSION = 1;

/** Fingerprint → how many findings carry it. */
export type FingerprintCounts = Readonly<Record<string, number>>;

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  /** `rglint 0.1.0`: what wrote it. */
  readonly tool: string;
  readonly pairs: Readonly<Record<string, FingerprintCounts>>;
}

export function countFingerprints(findings: readonly Finding[]): FingerprintCounts {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.fingerprint] = (counts[f.fingerprint] ?? 0) + 1;
  return sortKeys(counts);
}

function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}

/**
 * The findings not covered by the baseline. A fingerprint recorded n times covers its first n
 * findings in report order; more of them are new.
 */
export function applyBaseline(
  findings: readonly Finding[],
  counts: FingerprintCounts | undefined,
): { kept: Finding[]; baselined: number } {
  if (counts === undefined) return { kept: [...findings], baselined: 0 };
  const left = new Map(Object.entries(counts));
  const kept: Finding[] = [];
  for (const f of findings) {
    const n = left.get(f.fingerprint) ?? 0;
    if (n > 0) left.set(f.fingerprint, n - 1);
    else kept.push(f);
  }
  return { kept, baselined: findings.length - kept.length };
}

/** `baseline` with the entry of one pair replaced (other pairs kept), keys sorted for clean diffs. */
export function withPair(
  baseline: Baseline | null,
  pairName: string,
  counts: FingerprintCounts,
  tool: string,
): Baseline {
  return { version: BASELINE_VERSION, tool, pairs: sortKeys({ ...baseline?.pairs, [pairName]: counts }) };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads a baseline file's text; throws an Error whose message says what is wrong. */
export function parseBaseline(text: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new Error("not an rglint baseline");
  const record = doc as Record<string, unknown>;
  if (record.version !== BASELINE_VERSION)
    throw new Error(`$.version: expected ${BASELINE_VERSION} (written by another rglint version?)`);
  const pairs = record.pairs;
  if (typeof pairs !== "object" || pairs === null || Array.isArray(pairs))
    throw new Error("$.pairs: expected an object of pairs");
  const out: Record<string, FingerprintCounts> = {};
  for (const [name, counts] of Object.entries(pairs)) {
    if (typeof counts !== "object" || counts === null || Array.isArray(counts))
      throw new Error(`$.pairs[${JSON.stringify(name)}]: expected an object of fingerprint counts`);
    for (const [fingerprint, n] of Object.entries(counts)) {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 1)
        throw new Error(
          `$.pairs[${JSON.stringify(name)}][${JSON.stringify(fingerprint)}]: expected a count of 1 or more`,
        );
    }
    out[name] = counts as FingerprintCounts;
  }
  return { version: BASELINE_VERSION, tool: typeof record.tool === "string" ? record.tool : "", pairs: out };
}
