/**
 * The pipeline without the CLI: text → tree → model → findings. The CLI, the tests and the
 * benchmarks all go through here, so they exercise the same path.
 */
import { buildChassis } from "./model/chassis.js";
import { buildPair } from "./model/pair.js";
import type { Chassis, Pair } from "./model/types.js";
import { ParseMemo } from "./parse/grammar/index.js";
import { readConfig } from "./parse/reader.js";
import { runRules } from "./rules/run.js";
import type { Finding, Rule } from "./rules/types.js";

export interface AnalysisInput {
  /** The file name as the user gave it; every location carries it. */
  readonly file: string;
  readonly content: Uint8Array | string;
}

export interface Analysis {
  readonly chassis: readonly Chassis[];
  readonly pair: Pair | null;
  readonly findings: readonly Finding[];
}

/**
 * Reads and models one configuration. `memo` (from `new ParseMemo()`) shares the grammar's
 * outcomes between the chassis of a pair: pass the same one for both.
 */
export function loadChassis(input: AnalysisInput, memo: ParseMemo | null = null): Chassis {
  return buildChassis(readConfig(input.content, input.file), memo);
}

/**
 * Analyzes one chassis (chassis rules only) or a pair (all rules). The second chassis reuses the
 * first's parses of the lines they share; `memo` carries them over from earlier calls too (the
 * fleet's workers), the results are the same either way.
 */
export function analyze(
  inputs: readonly AnalysisInput[],
  rules?: readonly Rule[],
  memo: ParseMemo = new ParseMemo(),
): Analysis {
  const chassis = inputs.map((input) => loadChassis(input, memo));
  if (chassis.length === 2) {
    const pair = buildPair(chassis[0]!, chassis[1]!);
    return { chassis, pair, findings: runRules({ kind: "pair", pair }, rules) };
  }
  if (chassis.length === 1) {
    return { chassis, pair: null, findings: runRules({ kind: "single", chassis: chassis[0]! }, rules) };
  }
  throw new Error(`analyze takes one or two inputs, not ${inputs.length}`);
}
