import type { PairRule } from "../types.js";
import { describePriority, isCubePair, priorityLocation } from "./where.js";

export const rg211: PairRule = {
  id: "RG211",
  name: "cube-priority-mismatch",
  level: "error",
  tags: ["pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription:
    "A CUBE pair gives a group different priorities or failover thresholds on the two chassis.",
  fullDescription:
    "Cisco's CUBE high-availability guides require the same priority and failover threshold on both routers (\"same priority and threshold to be configured on both CUBE-1 and CUBE-2\"). CUBE box-to-box HA (`voice service voip` / `redundancy-group N`) reloads the previously active router on failover and relies on symmetric settings; with different priorities or thresholds the pair does not behave as the CUBE design expects after a failover. Cisco's own C8000V example has this mistake (priority 125 against 100).",
  check({ pair }, report) {
    if (!isCubePair(pair)) return;
    for (const match of pair.groups) {
      const { a, b } = match;
      if (a === null || b === null) continue;
      const samePriority = a.priority.value === b.priority.value;
      const sameThreshold = (a.failoverThreshold?.value ?? null) === (b.failoverThreshold?.value ?? null);
      if (samePriority && sameThreshold) continue;
      const differs = [samePriority ? null : "priority", sameThreshold ? null : "failover threshold"]
        .filter((x) => x !== null)
        .join(" and ");
      report({
        message: `${pair.b.displayName}'s group ${b.id} has ${describePriority(b)}, ${pair.a.displayName}'s has ${describePriority(a)}: a CUBE pair must have the same ${differs} on both routers.`,
        location: priorityLocation(b),
        side: "b",
        related: [
          { location: priorityLocation(a), message: `group ${a.id} priority on ${pair.a.displayName}` },
        ],
        fix: `Configure the same \`priority … failover threshold …\` in group ${b.id} on both CUBE routers (Cisco's example: \`priority 100 failover threshold 75\`).`,
        subject: `group=${b.id}`,
      });
    }
  },
};
