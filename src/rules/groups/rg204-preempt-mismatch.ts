import type { Chassis, RedundancyGroup } from "../../model/types.js";
import type { PairRule, Side } from "../types.js";

export const rg204: PairRule = {
  id: "RG204",
  name: "preempt-mismatch",
  level: "note",
  tags: ["correctness"],
  scope: "pair",
  confidence: "inferred",
  shortDescription: "`preempt` is configured for a group on one chassis only.",
  fullDescription:
    "With `preempt`, a standby whose runtime priority exceeds the active's takes the group over. When only one chassis has it, a switchover away from that chassis relies on its failover threshold, and after a fault clears the group returns only toward the chassis with `preempt`. This is a common, valid design (the preferred chassis takes the group back); the note makes it explicit, and RG901/RG902 judge its effect.",
  check({ pair }, report) {
    for (const match of pair.groups) {
      const { a, b } = match;
      if (a === null || b === null) continue;
      if (a.preempt.value === b.preempt.value) continue;
      // The finding sits on the `preempt` line the peer lacks (the element missing from the peer).
      const [side, own, ownChassis, other, otherChassis]: [
        Side,
        RedundancyGroup,
        Chassis,
        RedundancyGroup,
        Chassis,
      ] = a.preempt.value ? ["a", a, pair.a, b, pair.b] : ["b", b, pair.b, a, pair.a];
      report({
        message: `${ownChassis.displayName} has \`preempt\` in group ${own.id}, ${otherChassis.displayName} does not: ${otherChassis.displayName} never takes the group over on priority alone, so a switchover away from ${ownChassis.displayName} relies on ${ownChassis.displayName}'s failover threshold (or on it failing), and after a fault clears the group returns only toward ${ownChassis.displayName}.`,
        location: own.preempt.location ?? own.location,
        side,
        related: [
          {
            location: other.location,
            message: `group ${other.id} on ${otherChassis.displayName} (no \`preempt\`)`,
          },
        ],
        fix: `If ${ownChassis.displayName} is the preferred chassis for group ${own.id} and should take it back after a fault, nothing to do. Otherwise configure \`preempt\` in group ${own.id} on both chassis, or on neither.`,
        subject: `group=${own.id}`,
      });
    }
  },
};
