import type { PairRule } from "../types.js";
import { associationText, natRuleText, relatedOn } from "./nat-common.js";

export const rg402: PairRule = {
  id: "RG402",
  name: "nat-mapping-mismatch",
  level: "error",
  tags: ["nat", "pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription:
    "The same NAT rule exists on both chassis with a different `redundancy` group or `mapping-id`.",
  fullDescription:
    'The redundancy group and the mapping-id tie a NAT rule\'s sessions to their twin on the peer; Cisco requires NAT rules "that have redundancy group associations and mapping IDs" to be identical on both devices, or NAT sessions are not synchronized. When the same rule (same normalized identity) carries another group or mapping-id on the two chassis, or a redundancy association on one chassis only, its sessions are not matched on the standby and are lost at switchover.',
  check({ pair }, report) {
    for (const match of pair.natRules) {
      const { a, b } = match;
      if (a === null || b === null) continue;
      const sameGroup = (a.redundancy?.value ?? null) === (b.redundancy?.value ?? null);
      const sameMapping = (a.mappingId?.value ?? null) === (b.mappingId?.value ?? null);
      if (sameGroup && sameMapping) continue;
      const what = [sameGroup ? null : "redundancy group", sameMapping ? null : "mapping-id"]
        .filter((w): w is string => w !== null)
        .join(" and ");
      report({
        message: `${pair.b.displayName}'s NAT rule \`${natRuleText(b)}\` has ${associationText(b)}, ${pair.a.displayName}'s same rule has ${associationText(a)}: the ${what} must match, or the rule's sessions are not synchronized.`,
        location: b.location,
        side: "b",
        related: [relatedOn(pair.a, a.location, `same NAT rule with ${associationText(a)}`)],
        fix: `Give the rule the same \`redundancy … mapping-id …\` on both chassis (mapping-ids are per rule, not per chassis).`,
        subject: `nat=${b.identity}`,
      });
    }
  },
};
