/**
 * The single source of truth for rule IDs, names, levels and docs: the CLI listing, `explain`,
 * and SARIF's rule table all read it.
 */
import { byCodeUnit } from "../compare.js";
import { DRIFT_RULES } from "./drift/index.js";
import { FIREWALL_RULES } from "./firewall/index.js";
import { GROUP_RULES } from "./groups/index.js";
import { INPUT_RULES } from "./input/index.js";
import { makeRg607 } from "./input/rg607-suppression-problem.js";
import { NAT_RULES } from "./nat/index.js";
import { PAIRING_RULES } from "./pairing/index.js";
import { PROTOCOL_RULES } from "./protocol/index.js";
import { SIMULATION_RULES } from "./simulation/index.js";
import type { Rule } from "./types.js";

/**
 * By ID. IDs are `RG` and three digits, so code-unit order is the catalogue's order; not
 * `localeCompare`, whose first call sets up a collator (about 9 ms of a run).
 */
export const RULES: readonly Rule[] = [
  ...PAIRING_RULES,
  ...GROUP_RULES,
  ...PROTOCOL_RULES,
  ...NAT_RULES,
  ...FIREWALL_RULES,
  ...DRIFT_RULES,
  ...INPUT_RULES,
  ...SIMULATION_RULES,
  makeRg607((id) => findRule(id) !== undefined),
].sort((x, y) => byCodeUnit(x.id, y.id));

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule that reports inline suppression comments that cannot take effect. */
export const SUPPRESSION_RULE_ID = "RG607";

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id.toUpperCase());
}

/** Where a rule's page lives, relative to the package root. */
export function ruleDocPath(id: string): string {
  return `rules-docs/${id}.md`;
}
