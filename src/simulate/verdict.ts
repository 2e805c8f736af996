/**
 * The outcomes `--fail-on` can name, read from a group's result: a black hole, dual-active, a
 * stateless switchover (the group moved and lost NAT or HTTP state), an undetermined group.
 */
import type { GroupOutcome, Simulation } from "./types.js";

export const OUTCOMES = ["black-hole", "dual-active", "stateless", "undetermined"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(name: string): name is Outcome {
  return (OUTCOMES as readonly string[]).includes(name);
}

/** A switchover that loses the group's NAT or HTTP sessions. */
export function isStatelessSwitchover(o: GroupOutcome): boolean {
  return o.switchover && (o.natStateful === false || o.httpStateful === false);
}

export function outcomesOf(o: GroupOutcome): Outcome[] {
  const out: Outcome[] = [];
  if (o.blackHole) out.push("black-hole");
  if (o.dualActive) out.push("dual-active");
  if (isStatelessSwitchover(o)) out.push("stateless");
  if (o.undetermined) out.push("undetermined");
  return out;
}

export type OutcomeCounts = Record<Outcome | "switchover" | "rows", number>;

export function countOutcomes(simulation: Simulation): OutcomeCounts {
  const counts: OutcomeCounts = {
    rows: 0,
    switchover: 0,
    "black-hole": 0,
    "dual-active": 0,
    stateless: 0,
    undetermined: 0,
  };
  for (const scenario of simulation.scenarios) {
    for (const o of scenario.groups) {
      counts.rows++;
      if (o.switchover) counts.switchover++;
      for (const outcome of outcomesOf(o)) counts[outcome]++;
    }
  }
  return counts;
}

/** The outcomes named in `failOn` that occur in the simulation. */
export function failingOutcomes(simulation: Simulation, failOn: readonly Outcome[]): Outcome[] {
  if (failOn.length === 0) return [];
  const counts = countOutcomes(simulation);
  return failOn.filter((o) => counts[o] > 0);
}
