import { byCodeUnit } from "../compare.js";
import type { Chassis, Pair } from "../model/types.js";
import { RULES } from "./registry.js";
import type { Finding, FindingInput, Report, Rule, RuleMeta, Side } from "./types.js";

export type RunInput =
  | { readonly kind: "pair"; readonly pair: Pair }
  | { readonly kind: "single"; readonly chassis: Chassis };

/** A finding of `rule`; `sidePrefix` (the chassis of a chassis rule) goes into the fingerprint. */
export function toFinding(rule: RuleMeta, input: FindingInput, sidePrefix: Side | null): Finding {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    level: input.level ?? rule.level,
    message: input.message,
    location: input.location,
    side: input.side,
    related: input.related ?? [],
    fix: input.fix ?? null,
    fingerprint:
      sidePrefix === null ? `${rule.id}:${input.subject}` : `${rule.id}:${sidePrefix}:${input.subject}`,
  };
}

function reporterFor(rule: Rule, out: Finding[], sidePrefix: Side | null): Report {
  return (input: FindingInput) => {
    out.push(toFinding(rule, input, sidePrefix));
  };
}

/**
 * Runs the rules over a pair (chassis rules on each side, pair rules once) or over one chassis
 * (chassis rules only). Findings come back sorted by side, line, column and rule.
 */
export function runRules(input: RunInput, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  const sides: Array<[Side, Chassis]> =
    input.kind === "pair"
      ? [
          ["a", input.pair.a],
          ["b", input.pair.b],
        ]
      : [["a", input.chassis]];
  for (const rule of rules) {
    if (rule.scope === "chassis") {
      for (const [side, chassis] of sides) rule.check({ chassis, side }, reporterFor(rule, findings, side));
    } else if (input.kind === "pair") {
      rule.check({ pair: input.pair }, reporterFor(rule, findings, null));
    }
  }
  return sortFindings(findings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  // localeCompare only for the last tie-break: its first call sets up a collator (about 9 ms).
  return findings.sort(
    (x, y) =>
      byCodeUnit(x.side, y.side) ||
      x.location.line - y.location.line ||
      x.location.column - y.location.column ||
      byCodeUnit(x.ruleId, y.ruleId) ||
      x.fingerprint.localeCompare(y.fingerprint),
  );
}
