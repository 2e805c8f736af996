/** The switchover simulator's public API. */
export { ALL_ASSUMPTIONS } from "./assumptions.js";
export {
  BASELINE,
  defaultScenarios,
  describeFault,
  describeScenario,
  faultId,
  pairCount,
  resolveScenario,
  type ScenarioLookup,
  scenarioOf,
  singleFaults,
} from "./scenarios.js";
export { simulate, simulatePair } from "./simulate.js";
export { decrementOf } from "./state.js";
export { associationText, groupTrackText } from "./text.js";
export type * from "./types.js";
export {
  countOutcomes,
  failingOutcomes,
  isOutcome,
  isStatelessSwitchover,
  OUTCOMES,
  type Outcome,
  type OutcomeCounts,
  outcomesOf,
} from "./verdict.js";
