import type { PairRule } from "../types.js";
import { isCubePair, priorityLocation } from "./where.js";

export const rg203: PairRule = {
  id: "RG203",
  name: "priority-tie",
  level: "warning",
  tags: ["correctness"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "Both chassis give a group the same priority, so an undocumented tie-break decides which is active.",
  fullDescription:
    "The chassis with the higher priority becomes active for a group. With equal priorities Cisco documents no tie-break: the chassis that came up first stays active, which a configuration cannot tell, so the active chassis after a double reload or a maintenance window is a matter of timing. Missing `priority` lines count as the assumed default 100 on both sides. CUBE pairs, which must have equal priorities, are left to RG211.",
  check({ pair }, report) {
    if (isCubePair(pair)) return; // CUBE requires equal priorities; RG211 checks them.
    for (const match of pair.groups) {
      const { a, b } = match;
      if (a === null || b === null) continue;
      if (a.priority.value !== b.priority.value) continue;
      const bothDefault = a.priority.isDefault && b.priority.isDefault;
      const how = bothDefault
        ? `neither configures \`priority\`, so both run the assumed default ${b.priority.value}`
        : a.priority.isDefault || b.priority.isDefault
          ? `${(a.priority.isDefault ? pair.a : pair.b).displayName} has no \`priority\` line and runs the assumed default ${b.priority.value}`
          : `both configure priority ${b.priority.value}`;
      report({
        message: `${pair.b.displayName} gives group ${b.id} the same priority as ${pair.a.displayName} (${b.priority.value}): ${how}, and the tie-break is undocumented, so which chassis is active depends on which came up first.`,
        location: priorityLocation(b),
        side: "b",
        related: [
          {
            location: priorityLocation(a),
            message: `group ${a.id} ${a.priority.isDefault ? "(default priority)" : "priority"} on ${pair.a.displayName}`,
          },
        ],
        fix: `Give the chassis that should be active for group ${b.id} a higher priority (e.g. 150 against 100), with \`preempt\` if it should take the group back after a fault clears.`,
        subject: `group=${b.id}`,
      });
    }
  },
};
