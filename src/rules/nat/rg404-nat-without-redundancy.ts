import type { ChassisRule } from "../types.js";
import { inLineOrder, natRuleText } from "./nat-common.js";

export const rg404: ChassisRule = {
  id: "RG404",
  name: "nat-without-redundancy",
  level: "warning",
  tags: ["nat", "correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription:
    "Redundancy groups exist but a dynamic inside-source NAT rule has no `redundancy … mapping-id` (error for VRF-aware NAT), or uses interface overload.",
  fullDescription:
    'Only NAT rules associated with a redundancy group by `redundancy N mapping-id M` have their sessions synchronized to the standby (Cisco: "You must use a mapping ID to associate NAT with the redundancy group"). A dynamic inside-source rule (ACL or route-map with a pool) without one loses all its translations at switchover. For VRF-aware NAT the mapping-id is mandatory when a redundancy group is configured, so that is an error. `interface X overload` cannot take a redundancy association at all and is not supported with box-to-box redundancy for NAT64; it is reported as a warning. Static rules need no session state and are not reported.',
  check({ chassis, side }, report) {
    if (chassis.redundancy === null || chassis.redundancy.groups.size === 0) return;
    // An indexed loop: in cold code `for … of` allocates a result object per rule (10,000s).
    const rules = inLineOrder(chassis.nat.rules);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (rule.direction !== "inside" || rule.target !== "source" || rule.kind === "static") continue;
      if (rule.overloadInterface !== null) {
        report({
          message: `${chassis.displayName}'s dynamic NAT rule \`${natRuleText(rule)}\` overloads interface ${rule.overloadInterface}, which cannot take a \`redundancy … mapping-id\` association: its sessions are not synchronized and are lost at switchover.`,
          location: rule.location,
          side,
          fix: `Translate to an \`ip nat pool\` instead (a one-address pool is enough) and add \`redundancy N mapping-id M\`, identically on both chassis.`,
          subject: `nat=${rule.identity}`,
          level: "warning",
        });
        continue;
      }
      if (rule.pool === null) continue;
      if (rule.redundancy !== null && rule.mappingId !== null) continue;
      const missing =
        rule.redundancy === null
          ? "has no `redundancy … mapping-id`"
          : `has \`redundancy ${rule.redundancy.value}\` but no \`mapping-id\``;
      const vrfAware = rule.vrf !== null;
      report({
        message: `${chassis.displayName}'s dynamic NAT rule \`${natRuleText(rule)}\` ${missing}: its sessions are not synchronized to the standby and are lost at switchover${vrfAware ? "; for VRF-aware NAT the mapping-id is mandatory when a redundancy group is configured" : ""}.`,
        location: rule.location,
        side,
        fix: `Add \`redundancy N mapping-id M\` to the rule (N the redundancy group that owns its inside interface, M a mapping-id no other rule uses), identically on both chassis.`,
        subject: `nat=${rule.identity}`,
        level: vrfAware ? "error" : "warning",
      });
    }
  },
};
