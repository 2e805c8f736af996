import type { PairRule } from "../types.js";
import {
  baselineOutcome,
  listScenarios,
  other,
  pairedGroups,
  priorityLine,
  related,
  simulatePair,
  singleFaultOutcomes,
} from "./common.js";

export const rg902: PairRule = {
  id: "RG902",
  name: "no-failback",
  level: "note",
  tags: ["simulation", "correctness"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "After a fault clears, the group does not return to the chassis with the higher configured priority (no `preempt` there).",
  fullDescription:
    "rglint simulates every single fault of the pair. When a fault moves a group away from the chassis with the higher configured priority (a reload, a group reload, a failed interface or tracked object), that chassis takes the group back once the fault ends only if it has `preempt`: the standby takes over on priority alone only with `preempt` configured on itself. Without it the group stays on the other chassis, which may be the intended design (no second interruption) or a surprise (traffic keeps running through the less preferred chassis, and the next maintenance assumes the wrong active). The finding is a note on the group of the preferred chassis.",
  check({ pair }, report) {
    const simulation = simulatePair(pair);
    for (const { id, a, b } of pairedGroups(pair)) {
      const groups = { a, b } as const;
      const baseline = baselineOutcome(simulation, id);
      const x = baseline?.evidence.activeBefore ?? null;
      if (baseline === undefined || baseline.undetermined || x === null) continue;
      const y = other(x);
      const gx = groups[x];
      const gy = groups[y];
      if (gx.preempt.value || gx.priority.value <= gy.priority.value) continue;
      const stuck = singleFaultOutcomes(simulation, id).filter(
        ({ outcome }) =>
          outcome.switchover &&
          !outcome.undetermined &&
          outcome.evidence.activeAfter === y &&
          outcome.failback === null,
      );
      const reload = stuck.find(({ scenario }) => scenario.id === `reload:${x}`) ?? stuck[0];
      if (reload === undefined) continue;
      const cx = pair[x];
      const cy = pair[y];
      const ids = stuck.map((s) => s.scenario.id);
      report({
        message: `${cx.displayName} has no \`preempt\` in group ${id} although its priority ${gx.priority.value} is above ${cy.displayName}'s ${gy.priority.value}: after a fault moves the group to ${cy.displayName} (${listScenarios(ids)}), it stays there when the fault ends instead of returning to ${cx.displayName}.`,
        location: gx.location,
        side: x,
        related: [related(cy, priorityLine(gy), `group ${id} priority`)],
        fix: `If ${cx.displayName} should carry group ${id} whenever it can, configure \`preempt\` in group ${id} on ${cx.displayName}. If the group should stay where it is after a failover (one interruption instead of two), nothing to do: suppress this note for the group.`,
        subject: `group=${id}:scenario=${reload.scenario.id}`,
      });
    }
  },
};
