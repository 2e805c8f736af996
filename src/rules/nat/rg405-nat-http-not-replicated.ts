import type { Chassis } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import { fileStart } from "../describe.js";
import type { PairRule, Side } from "../types.js";
import { firstRgAssociatedRule, natRuleText, relatedOn } from "./nat-common.js";

/** Where a chassis' missing replication is reported: its first RG-associated NAT rule, else its `redundancy` line. */
function anchorOf(chassis: Chassis): SourceLocation {
  return firstRgAssociatedRule(chassis)?.location ?? chassis.redundancy?.location ?? fileStart(chassis);
}

export const rg405: PairRule = {
  id: "RG405",
  name: "nat-http-not-replicated",
  level: "warning",
  tags: ["nat"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription:
    "Redundancy-associated NAT exists but `ip nat switchover replication http` is missing; error when it is present on one chassis only.",
  fullDescription:
    "Box-to-box NAT does not replicate HTTP sessions by default (Cisco: configure `ip nat switchover replication http` to replicate them). Without it on both chassis, every translated HTTP connection is dropped at switchover, while other TCP and UDP sessions survive. Configured on one chassis only, whether HTTP survives a switchover depends on which chassis was active, an asymmetry that makes failover tests misleading, so that is an error. The rule needs both chassis to tell the two cases apart, so it is a pair rule and a single-file run does not report it.",
  check({ pair }, report) {
    const chassisOf = { a: pair.a, b: pair.b } as const;
    const hasRgNat = (c: Chassis) => firstRgAssociatedRule(c) !== null;
    if (!hasRgNat(pair.a) && !hasRgNat(pair.b)) return;
    const replA = pair.a.nat.httpReplication;
    const replB = pair.b.nat.httpReplication;
    if (replA !== null && replB !== null) return;
    if (replA === null && replB === null) {
      for (const side of ["a", "b"] as const) {
        const chassis = chassisOf[side];
        const rule = firstRgAssociatedRule(chassis);
        if (rule === null) continue;
        report({
          message: `${chassis.displayName} has redundancy-associated NAT (first: \`${natRuleText(rule)}\`) but no \`ip nat switchover replication http\`: translated HTTP sessions are not replicated and are dropped at switchover.`,
          location: rule.location,
          side,
          fix: "Add `ip nat switchover replication http` (with `port N` if HTTP runs on another port) on both chassis.",
          subject: `http-replication:${side}`,
        });
      }
      return;
    }
    const [side, present]: [Side, NonNullable<typeof replA>] = replA === null ? ["a", replB!] : ["b", replA];
    const lacking = chassisOf[side];
    const peer = chassisOf[side === "a" ? "b" : "a"];
    const anchor = anchorOf(lacking);
    const portText = present.value.port === null ? "" : ` port ${present.value.port}`;
    report({
      message: `${lacking.displayName} has no \`ip nat switchover replication http\`, but ${peer.displayName} has it (line ${present.location?.line ?? "?"}): whether HTTP sessions survive a switchover depends on which chassis was active.`,
      location: anchor,
      side,
      related:
        present.location === null
          ? []
          : [relatedOn(peer, present.location, "`ip nat switchover replication http`")],
      fix: `Add \`ip nat switchover replication http${portText}\` on ${lacking.displayName}, as on ${peer.displayName}, so both chassis replicate HTTP sessions.`,
      subject: `http-replication:${side}`,
      level: "error",
    });
  },
};
