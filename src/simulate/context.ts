/** The baseline of one group, computed once per simulation: what every scenario starts from. */
import type { AssumptionSet } from "./assumptions.js";
import { type BaselineElection, electBaseline, type GroupStates } from "./election.js";
import { type GroupNat, groupNat, type PairNat, pairNat } from "./nat.js";
import type { Story } from "./outcome.js";
import { type LinkState, linkState, NO_FAULTS, type PairIndex, SIDES, sideState } from "./state.js";
import type { GroupOutcome } from "./types.js";

/** What does not change between scenarios: the baseline of one group. */
export interface GroupContext {
  readonly index: PairIndex;
  readonly group: number;
  readonly name: string | null;
  readonly base: GroupStates;
  readonly control: LinkState;
  readonly data: LinkState;
  readonly election: BaselineElection;
  readonly nat: GroupNat;
  readonly pairNat: PairNat;
  /** The outcome of every scenario that changes nothing of the group, computed once. */
  readonly untouched: { outcome: GroupOutcome | null };
  /** Stories of the scenarios that change the group, by `storyKey` (outcome.ts). */
  readonly stories: Map<string, Story>;
}

export function groupContext(index: PairIndex, group: number, assumptions: AssumptionSet): GroupContext {
  const base: GroupStates = {
    a: sideState(index.a, group, NO_FAULTS.a, null, assumptions),
    b: sideState(index.b, group, NO_FAULTS.b, null, assumptions),
  };
  const control = linkState(index, group, "control", NO_FAULTS);
  const data = linkState(index, group, "data", NO_FAULTS);
  const nat = pairNat(index.pair);
  for (const side of SIDES) {
    if (index[side].riiDecrementGroups.has(group)) assumptions.use("rii-decrement-ignored");
  }
  return {
    index,
    group,
    name: base.a.group?.name?.value ?? base.b.group?.name?.value ?? null,
    base,
    control,
    data,
    election: electBaseline(base, control.up, assumptions),
    nat: groupNat(nat, group),
    pairNat: nat,
    untouched: { outcome: null },
    stories: new Map(),
  };
}

/** The control and data links of a group in a scenario. */
export interface Links {
  readonly control: LinkState;
  readonly data: LinkState;
}
