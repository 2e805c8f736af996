/**
 * Inline suppressions: a valid directive in a chassis' file suppresses the findings whose primary
 * location is on a line it covers in that file (related locations do not count). Directives that
 * suppress nothing, and every directive when inline suppressions are off, become RG607 findings.
 * RG607's own findings are never suppressed inline.
 */

import { resolveDirectives, type Suppression } from "../parse/directives.js";
import type { ConfigTree } from "../parse/types.js";
import { findRule, SUPPRESSION_RULE_ID as RG607_ID } from "../rules/registry.js";
import { toFinding } from "../rules/run.js";
import type { Finding, FindingInput, Side } from "../rules/types.js";

export interface InlineChassis {
  readonly side: Side;
  readonly displayName: string;
  readonly tree: ConfigTree;
}

export interface InlineOutcome {
  readonly kept: Finding[];
  readonly suppressed: Finding[];
  /** RG607 findings for unused directives, or for every directive when inline suppressions are off. */
  readonly problems: Finding[];
}

const isKnownRule = (id: string): boolean => findRule(id) !== undefined;

function rg607Finding(input: FindingInput): Finding {
  return toFinding(findRule(RG607_ID)!, input, input.side);
}

function covered(s: Suppression): string {
  return s.firstLine === s.lastLine ? `line ${s.firstLine}` : `lines ${s.firstLine}–${s.lastLine}`;
}

export function applyInlineSuppressions(
  findings: readonly Finding[],
  chassis: readonly InlineChassis[],
  enabled: boolean,
): InlineOutcome {
  const problems: Finding[] = [];
  if (!enabled) {
    for (const c of chassis) {
      for (const d of resolveDirectives(c.tree, isKnownRule).directives) {
        if (d.kind === "enable") continue;
        problems.push(
          rg607Finding({
            message: `${c.displayName}: inline suppressions are turned off (--no-inline-config), so "${d.text}" suppresses nothing.`,
            fix: 'use the config file\'s "ignores" or a baseline instead',
            location: d.location,
            side: c.side,
            subject: `inline-config-off:${d.text}`,
          }),
        );
      }
    }
    // The directives' own syntax no longer matters.
    return { kept: findings.filter((f) => f.ruleId !== RG607_ID), suppressed: [], problems };
  }

  const bySide = new Map<Side, Suppression[]>();
  for (const c of chassis) bySide.set(c.side, [...resolveDirectives(c.tree, isKnownRule).suppressions]);
  const used = new Set<Suppression>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const line = f.location.line;
    const matching =
      f.ruleId === RG607_ID
        ? []
        : (bySide.get(f.side) ?? []).filter(
            (s) => s.ruleId === f.ruleId && s.firstLine <= line && line <= s.lastLine,
          );
    for (const s of matching) used.add(s);
    (matching.length > 0 ? suppressed : kept).push(f);
  }
  for (const c of chassis) {
    for (const s of bySide.get(c.side) ?? []) {
      if (used.has(s)) continue;
      problems.push(
        rg607Finding({
          message: `${c.displayName}: "${s.directive.text}" suppresses nothing: no ${s.ruleId} finding on ${covered(s)}.`,
          fix: "remove the comment (the finding is fixed, or it is reported elsewhere)",
          location: s.directive.location,
          side: c.side,
          subject: `unused:${s.ruleId}:${s.directive.text}`,
        }),
      );
    }
  }
  return { kept, suppressed, problems };
}
