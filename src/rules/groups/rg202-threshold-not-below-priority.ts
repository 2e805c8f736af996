import type { ChassisRule } from "../types.js";

export const rg202: ChassisRule = {
  id: "RG202",
  name: "threshold-not-below-priority",
  level: "error",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "inferred",
  shortDescription: "A group's failover threshold is above its priority (error) or equal to it (warning).",
  fullDescription:
    "A group switches over when the active chassis' runtime priority (its configured priority minus the decrements of failed objects) falls below its failover threshold. A threshold above the priority means the chassis starts below its own threshold: as active it gives the group up at once, so the group cannot stay where the priorities say it should. A threshold equal to the priority means any single decrement, however small, forces a switchover; that is rarely the intent. Whether 'below' is strict is not documented.",
  check({ chassis, side }, report) {
    for (const group of chassis.redundancy?.groups.values() ?? []) {
      const threshold = group.failoverThreshold;
      if (threshold === null) continue;
      const priority = group.priority.value;
      if (threshold.value < priority) continue;
      const location = threshold.location ?? group.priority.location ?? group.location;
      const prio = `priority ${priority}${group.priority.isDefault ? " (default)" : ""}`;
      if (threshold.value > priority) {
        report({
          message: `${chassis.displayName}'s group ${group.id} has failover threshold ${threshold.value} above its ${prio}: the chassis starts below its own threshold, so it gives the group up as soon as it becomes active.`,
          location,
          side,
          fix: `Set the threshold below the priority, by less than the decrement of any fault that should cause a switchover (e.g. \`priority 150 failover threshold 100\` with decrements of 60).`,
          subject: `group=${group.id}`,
        });
      } else {
        report({
          level: "warning",
          message: `${chassis.displayName}'s group ${group.id} has failover threshold ${threshold.value} equal to its ${prio}: any single decrement, however small, forces a switchover.`,
          location,
          side,
          fix: "Set the threshold below the priority by the smallest decrement that should cause a switchover, or drop the threshold and rely on `preempt` on the peer.",
          subject: `group=${group.id}`,
        });
      }
    }
  },
};
