import type { NatRule } from "../../model/types.js";
import type { ChassisRule } from "../types.js";
import { associationText, inLineOrder, natRuleText, relatedOn } from "./nat-common.js";

/**
 * Whether the rules' mapping-ids (of the rules that have one) increase strictly in list order: the
 * usual numbering, checked in one pass without building a map of 10,000s of mapping-ids.
 */
function increasingMappingIds(rules: readonly NatRule[]): boolean {
  let previous = -Infinity;
  for (let i = 0; i < rules.length; i++) {
    const id = rules[i]!.mappingId?.value;
    if (id === undefined) continue;
    if (!(id > previous)) return false;
    previous = id;
  }
  return true;
}

export const rg403: ChassisRule = {
  id: "RG403",
  name: "nat-mapping-id-duplicate",
  level: "error",
  tags: ["nat", "correctness"],
  scope: "chassis",
  confidence: "not-found",
  shortDescription: "One mapping-id is used by two different NAT rules on a chassis.",
  fullDescription:
    "A mapping-id names one NAT mapping for the redundancy infrastructure: it is how a session on the active is tied to the same rule on the standby. Two different rules with the same mapping-id on one chassis make that tie ambiguous, so sessions of one rule can be attributed to the other, or not synchronized. Cisco does not state per-chassis uniqueness in the reachable documentation; every Cisco and third-party example gives each rule its own mapping-id.",
  check({ chassis, side }, report) {
    if (increasingMappingIds(chassis.nat.rules)) return; // then no mapping-id repeats
    // The first rule of each mapping-id, and the later ones only for the mapping-ids used again:
    // almost every mapping-id is used once, so no list per mapping-id.
    const firstById = new Map<number, NatRule>();
    const laterById = new Map<number, NatRule[]>();
    // An indexed loop: in cold code `for … of` allocates a result object per rule (10,000s).
    const rules = inLineOrder(chassis.nat.rules);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (rule.mappingId === null) continue;
      const id = rule.mappingId.value;
      if (!firstById.has(id)) firstById.set(id, rule);
      else {
        const later = laterById.get(id);
        if (later === undefined) laterById.set(id, [rule]);
        else later.push(rule);
      }
    }
    if (laterById.size === 0) return;
    for (const [mappingId, first] of firstById) {
      const later = laterById.get(mappingId);
      if (later === undefined) continue;
      const seen = new Set<string>([first.identity]);
      for (const rule of later) {
        // The same rule given twice is one rule (merged as IOS would), not a duplicate mapping-id.
        if (seen.has(rule.identity)) continue;
        seen.add(rule.identity);
        report({
          message: `${chassis.displayName}'s NAT rule \`${natRuleText(rule)}\` uses mapping-id ${mappingId}, which line ${first.location.line} already uses for \`${natRuleText(first)}\`: one mapping-id must identify one rule.`,
          location: rule.mappingId!.location ?? rule.location,
          side,
          related: [
            relatedOn(
              chassis,
              first.location,
              `first rule with mapping-id ${mappingId} (${associationText(first)})`,
            ),
          ],
          fix: `Give this rule a mapping-id no other NAT rule uses (1–2147483647), and the same one on the peer chassis.`,
          subject: `mapping-id=${mappingId}:${rule.identity}`,
        });
      }
    }
  },
};
