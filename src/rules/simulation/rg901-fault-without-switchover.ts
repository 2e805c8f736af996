import type { Chassis, Pair, RedundancyGroup, SourceLocation } from "../../model/types.js";
import {
  associationText,
  type DownObject,
  decrementOf,
  describeFault,
  type GroupOutcome,
  groupTrackText,
  type ScenarioResult,
} from "../../simulate/index.js";
import type { FindingInput, PairRule, Side } from "../types.js";
import {
  baselineOutcome,
  other,
  pairedGroups,
  priorityLine,
  related,
  simulatePair,
  singleFaultOutcomes,
} from "./common.js";

function lineOf(d: DownObject): SourceLocation {
  return d.kind === "interface" ? d.association.location : d.track.location;
}

function textOf(d: DownObject): string {
  return d.kind === "interface"
    ? `\`${associationText(d.association)}\` on ${d.interface}`
    : `\`${groupTrackText(d.track)}\``;
}

interface Judged {
  readonly pair: Pair;
  readonly scenario: ScenarioResult;
  readonly outcome: GroupOutcome;
  readonly x: Side;
  readonly cx: Chassis;
  readonly cy: Chassis;
  readonly gx: RedundancyGroup;
  readonly gy: RedundancyGroup;
  readonly p0: number;
  readonly px: number;
  readonly py: number;
  readonly lost: readonly DownObject[];
}

/** The total decrement that would have moved the group: below X's threshold, or under Y's priority with preempt on Y. */
function neededDecrement(j: Judged): { total: number; how: string } | null {
  const options: Array<{ total: number; how: string }> = [];
  if (j.gx.failoverThreshold !== null) {
    options.push({
      total: j.p0 - j.gx.failoverThreshold.value + 1,
      how: `below its failover threshold ${j.gx.failoverThreshold.value}`,
    });
  }
  if (j.gy.preempt.value) {
    options.push({
      total: j.p0 - j.py + 1,
      how: `under ${j.cy.displayName}'s ${j.py} (${j.cy.displayName} has \`preempt\`)`,
    });
  }
  if (options.length === 0) return null;
  return options.reduce((best, o) => (o.total < best.total ? o : best));
}

function judge(j: Judged): FindingInput {
  const { cx, cy, gx, gy, p0, px, py, lost, scenario, x } = j;
  const g = gx.id;
  const lead = `${cx.displayName} keeps group ${g} when ${describeFault(scenario.faults[0]!, j.pair)} (scenario ${scenario.id}), so the group's traffic through it is black-holed until someone acts`;
  const base = { side: x, subject: `group=${g}:scenario=${scenario.id}` } as const;
  const totalDec = lost.reduce((n, d) => n + decrementOf(d), 0);
  const need = neededDecrement(j);

  if (totalDec === 0) {
    const d = lost.find((o) => o.kind === "interface") ?? lost[0]!;
    const fix =
      need === null
        ? `Add a decrement to this line, and configure \`preempt\` in group ${g} on ${cy.displayName} or a failover threshold on ${cx.displayName}, so that the failure moves the group.`
        : `Add \`decrement ${need.total}\` (or more) to this line, so that the failure takes ${cx.displayName} from ${p0} ${need.how}.`;
    return {
      ...base,
      message: `${lead}: ${textOf(d)} has no decrement, so ${cx.displayName}'s runtime priority stays ${px}.`,
      location: lineOf(d),
      related: [related(cy, priorityLine(gy), `group ${g} priority of the peer`)],
      fix,
    };
  }

  if (py > px) {
    if (gx.failoverThreshold !== null) {
      const t = gx.failoverThreshold;
      return {
        ...base,
        message: `${lead}: its runtime priority falls from ${p0} to ${px}, not below its failover threshold ${t.value}, and ${cy.displayName} (${py}) has no \`preempt\` in group ${g} to take over on priority.`,
        location: t.location ?? priorityLine(gx),
        related: [related(cy, gy.location, `group ${g} without \`preempt\``)],
        fix: `Raise ${cx.displayName}'s failover threshold above ${px} (for example \`priority ${gx.priority.value} failover threshold ${Math.min(px + 1, gx.priority.value)}\`), or configure \`preempt\` in group ${g} on ${cy.displayName}.`,
      };
    }
    return {
      ...base,
      side: other(x),
      message: `${lead}: its runtime priority falls from ${p0} to ${px}, under ${cy.displayName}'s ${py}, but ${cy.displayName} has no \`preempt\` in group ${g} and ${cx.displayName} has no failover threshold.`,
      location: gy.location,
      related: [related(cx, priorityLine(gx), `group ${g} priority (no failover threshold)`)],
      fix: `Configure \`preempt\` in group ${g} on ${cy.displayName}, or a failover threshold above ${px} on ${cx.displayName}.`,
    };
  }

  const largest = lost.reduce((best, d) => (decrementOf(d) > decrementOf(best) ? d : best));
  const compare =
    gx.failoverThreshold === null
      ? "and there is no failover threshold"
      : `not below its failover threshold ${gx.failoverThreshold.value}`;
  const fix =
    need === null
      ? `Configure \`preempt\` in group ${g} on ${cy.displayName} or a failover threshold on ${cx.displayName}, and make the decrement large enough to cross it.`
      : `Raise the decrement to at least ${need.total - totalDec + decrementOf(largest)}, so that the failure takes ${cx.displayName} from ${p0} ${need.how}.`;
  return {
    ...base,
    message: `${lead}: the decrement of ${textOf(largest)} takes its runtime priority only from ${p0} to ${px}, ${compare}, and ${cy.displayName}'s ${py} does not exceed it.`,
    location: lineOf(largest),
    related: [related(cy, priorityLine(gy), `group ${g} priority of the peer`)],
    fix,
  };
}

export const rg901: PairRule = {
  id: "RG901",
  name: "fault-without-switchover",
  level: "warning",
  tags: ["simulation", "correctness"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "A single fault on the active chassis (a redundant traffic interface or a tracked object down) leaves it active for the group: traffic is black-holed.",
  fullDescription:
    "rglint simulates every single fault of the pair. When a redundant traffic interface of a group (`redundancy group N ip|ipv6|decrement`) or an object the group tracks goes down on the chassis that is active for the group, the group should move to the standby. It moves only when the fault lowers the active's runtime priority below its failover threshold, or below the standby's priority with `preempt` on the standby. Otherwise the active keeps the group with a dead interface or path and its traffic is dropped until someone acts. The finding points at the line to change: the decrement that is missing or too small, the failover threshold that is too low, or the group that lacks `preempt`.",
  check({ pair }, report) {
    const simulation = simulatePair(pair);
    for (const { id, a, b } of pairedGroups(pair)) {
      const groups = { a, b } as const;
      const baseline = baselineOutcome(simulation, id);
      for (const { scenario, outcome } of singleFaultOutcomes(simulation, id)) {
        const fault = scenario.faults[0]!;
        if (fault.kind !== "interface-down" && fault.kind !== "track-down") continue;
        if (!outcome.blackHole || outcome.undetermined || outcome.dualActive) continue;
        const x = fault.side;
        const y = other(x);
        if (outcome.evidence.activeBefore !== x || outcome.evidence.activeAfter !== x) continue;
        if (outcome.before[y] !== "STANDBY" || outcome.after[y] !== "STANDBY") continue;
        const lost = outcome.evidence.down[x].filter((d) => !d.fromStart);
        const p0 = baseline?.runtimePriority[x];
        const px = outcome.runtimePriority[x];
        const py = outcome.runtimePriority[y];
        if (lost.length === 0 || p0 == null || px === null || py === null) continue;
        report(
          judge({
            pair,
            scenario,
            outcome,
            x,
            cx: pair[x],
            cy: pair[y],
            gx: groups[x],
            gy: groups[y],
            p0,
            px,
            py,
            lost,
          }),
        );
      }
    }
  },
};
