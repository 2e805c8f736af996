/** What the 9xx rules share: the pair's simulation (computed once per pair) and how to read it. */
import type { Chassis, Pair, RedundancyGroup, SourceLocation } from "../../model/types.js";
import {
  type GroupOutcome,
  type ScenarioResult,
  type Simulation,
  simulatePair,
} from "../../simulate/index.js";
import type { RelatedLocation, Side } from "../types.js";

export { simulatePair };

export interface SingleFaultOutcome {
  readonly scenario: ScenarioResult;
  readonly outcome: GroupOutcome;
}

/** Outcomes of one group in the single-fault scenarios, in scenario order. */
export function singleFaultOutcomes(simulation: Simulation, group: number): SingleFaultOutcome[] {
  const out: SingleFaultOutcome[] = [];
  for (const scenario of simulation.scenarios) {
    if (scenario.faults.length !== 1) continue;
    const outcome = scenario.groups.find((g) => g.group === group);
    if (outcome !== undefined) out.push({ scenario, outcome });
  }
  return out;
}

export function baselineOutcome(simulation: Simulation, group: number): GroupOutcome | undefined {
  return simulation.scenarios.find((s) => s.faults.length === 0)?.groups.find((g) => g.group === group);
}

/** The groups of the pair defined on both chassis, with both sides. */
export function pairedGroups(pair: Pair): Array<{ id: number; a: RedundancyGroup; b: RedundancyGroup }> {
  const out: Array<{ id: number; a: RedundancyGroup; b: RedundancyGroup }> = [];
  for (const m of pair.groups) if (m.a !== null && m.b !== null) out.push({ id: m.a.id, a: m.a, b: m.b });
  return out;
}

/** The `priority …` line, or the `group N` line when the priority is the default. */
export function priorityLine(group: RedundancyGroup): SourceLocation {
  return !group.priority.isDefault && group.priority.location !== null
    ? group.priority.location
    : group.location;
}

export function related(chassis: Chassis, location: SourceLocation, what: string): RelatedLocation {
  return { location, message: `${what} on ${chassis.displayName}` };
}

/** `reload:a, track-down:a:10 and 3 more`. */
export function listScenarios(ids: readonly string[], max = 3): string {
  if (ids.length <= max) return ids.join(", ");
  return `${ids.slice(0, max).join(", ")} and ${ids.length - max} more`;
}

export function other(side: Side): Side {
  return side === "a" ? "b" : "a";
}
