/**
 * `simulate(pair)`: every scenario of the pair (by default `baseline` and each single fault) and
 * every redundancy group in it. `simulatePair` memoizes the default run per `Pair` object, so
 * the 9xx rules of one `rglint check` share a single simulation.
 */
import type { Chassis, Pair } from "../model/types.js";
import { AssumptionSet } from "./assumptions.js";
import { evaluateGroup, groupContext } from "./outcome.js";
import { defaultScenarios, describeScenario } from "./scenarios.js";
import { faultSet, indexPair } from "./state.js";
import type { Scenario, SimulatedChassis, Simulation } from "./types.js";

function chassisInfo(chassis: Chassis): SimulatedChassis {
  return { file: chassis.file, hostname: chassis.hostname?.value ?? null, displayName: chassis.displayName };
}

export function simulate(pair: Pair, scenarios: readonly Scenario[] = defaultScenarios(pair)): Simulation {
  const assumptions = new AssumptionSet();
  const index = indexPair(pair);
  const contexts = index.groupIds.map((group) => groupContext(index, group, assumptions));
  const results = scenarios.map((scenario) => {
    const faults = faultSet(scenario.faults);
    const isBaseline = scenario.faults.length === 0;
    return {
      id: scenario.id,
      description: describeScenario(scenario, pair),
      faults: scenario.faults,
      groups: contexts.map((ctx) => evaluateGroup(ctx, faults, isBaseline, assumptions)),
    };
  });
  return {
    pair: { a: chassisInfo(pair.a), b: chassisInfo(pair.b) },
    assumptions: assumptions.list(),
    scenarios: results,
  };
}

const MEMO = new WeakMap<Pair, Simulation>();

/** The default single-fault simulation of a pair, computed once per `Pair` object. */
export function simulatePair(pair: Pair): Simulation {
  let simulation = MEMO.get(pair);
  if (simulation === undefined) {
    simulation = simulate(pair);
    MEMO.set(pair, simulation);
  }
  return simulation;
}
