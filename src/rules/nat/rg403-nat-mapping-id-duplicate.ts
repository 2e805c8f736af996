import type { NatRule } from "../../model/types.js";
import type { ChassisRule } from "../types.js";
import { associationText, inLineOrder, natRuleText, relatedOn } from "./nat-common.js";

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
    const byId = new Map<number, NatRule[]>();
    for (const rule of inLineOrder(chassis.nat.rules)) {
      if (rule.mappingId === null) continue;
      const list = byId.get(rule.mappingId.value) ?? [];
      list.push(rule);
      byId.set(rule.mappingId.value, list);
    }
    for (const [mappingId, rules] of byId) {
      const first = rules[0]!;
      const seen = new Set<string>([first.identity]);
      for (const rule of rules.slice(1)) {
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
