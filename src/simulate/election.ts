/**
 * The election and switchover rules (rules-catalog.md, "Simulation model"):
 * - at the start the higher runtime priority is ACTIVE, the other STANDBY; equal priorities are
 *   undetermined (the chassis that came up first stays active, which a config cannot tell);
 * - a switchover of group g from active X to an eligible standby Y happens when X reloads (or
 *   its group reloads, or a `track … shutdown` object takes it out), when X's runtime priority
 *   falls strictly below X's failover threshold, or when Y's runtime priority exceeds X's and Y
 *   has `preempt`;
 * - without the control link the chassis stop hearing each other and every standby becomes
 *   active after the detection time (dual-active).
 */
import type { AssumptionSet } from "./assumptions.js";
import { otherSide, SIDES, type SideState } from "./state.js";
import { preemptText, priorityText } from "./text.js";
import type { Role, Side } from "./types.js";

export interface GroupStates {
  readonly a: SideState;
  readonly b: SideState;
}

/** Up, configured, and not out of the election. */
export function canBeActive(s: SideState): boolean {
  return s.group !== null && s.up && s.init === null;
}

/** The role of a chassis that cannot be active, or null when it can. */
export function fixedRole(s: SideState): Role | null {
  if (s.group === null) return "INIT";
  if (!s.up) return "DOWN";
  if (s.init !== null) return "INIT";
  return null;
}

export interface Step {
  readonly from: Side;
  readonly to: Side;
  readonly threshold: boolean;
  readonly preempt: boolean;
}

export interface Settled {
  /** Where the group settles; null when the rules hand it back and forth. */
  readonly active: Side | null;
  readonly steps: readonly Step[];
  /** Sentences for the rules that were tested and did not move the group (only the telling ones). */
  readonly held: readonly string[];
}

/**
 * Applies the threshold and preempt rules from `start` (active) until the group stays put. Both
 * chassis must be able to be active and hear each other. `fell(side)`: the side's priority was
 * lowered by the fault (or this is the start-up election), so the threshold rule applies to it.
 */
export function settle(
  states: GroupStates,
  start: Side,
  fell: (side: Side) => boolean,
  assumptions: AssumptionSet,
): Settled {
  let current = start;
  const seen: Side[] = [start];
  const steps: Step[] = [];
  const held: string[] = [];
  for (;;) {
    const other = otherSide(current);
    const x = states[current];
    const y = states[other];
    if (!canBeActive(y)) return { active: current, steps, held };
    let threshold = false;
    if (x.threshold !== null) {
      if (x.priority === x.threshold) assumptions.use("threshold-strictly-below");
      if (x.priority < x.threshold && !fell(current)) assumptions.use("threshold-on-fall");
      threshold = x.priority < x.threshold && fell(current);
    }
    let preempt = false;
    if (y.priority > x.priority) {
      assumptions.use("preempt-on-taker");
      if (!y.preempt && y.group!.preempt.isDefault) assumptions.use("preempt-default-off");
      preempt = y.preempt;
    }
    if (!threshold && !preempt) {
      held.push(...heldReasons(x, y, fell(current)));
      return { active: current, steps, held };
    }
    steps.push({ from: current, to: other, threshold, preempt });
    if (seen.includes(other)) {
      assumptions.use("threshold-on-fall");
      return { active: null, steps, held };
    }
    seen.push(other);
    current = other;
  }
}

function name(s: SideState): string {
  return s.chassis.displayName;
}

/** Why the active chassis keeps the group, when that is worth saying (its priority fell, or the peer's is higher). */
function heldReasons(x: SideState, y: SideState, xFell: boolean): string[] {
  const g = x.group!.id;
  if (!xFell && y.priority <= x.priority) return [];
  const parts: string[] = [];
  if (x.threshold === null) {
    parts.push(`${name(x)} has no failover threshold in group ${g} (${priorityText(x.chassis, x.group!)})`);
  } else if (x.priority >= x.threshold) {
    parts.push(
      `${name(x)}'s runtime priority ${x.priority} is not below its failover threshold ${x.threshold} (${priorityText(x.chassis, x.group!)})`,
    );
  } else {
    parts.push(
      `${name(x)}'s runtime priority ${x.priority} is below its failover threshold ${x.threshold}, but the fault did not lower it (it took the group over at that priority)`,
    );
  }
  if (y.priority > x.priority) {
    parts.push(
      `${name(y)}'s ${y.priority} exceeds it, but ${name(y)} has ${preemptText(y.chassis, y.group!)}, so it does not take the group over on priority`,
    );
  } else if (y.priority === x.priority) {
    parts.push(`${name(y)}'s ${y.priority} only equals it, and preempt needs a higher priority`);
  } else {
    parts.push(`${name(y)}'s ${y.priority} is lower`);
  }
  return [`${name(x)} keeps group ${g}: ${parts.join("; ")}.`];
}

/** The sentence for one step of `settle`. */
export function stepReason(states: GroupStates, step: Step): string {
  const x = states[step.from];
  const y = states[step.to];
  const g = x.group!.id;
  const why: string[] = [];
  if (step.threshold) {
    why.push(
      `${name(x)}'s runtime priority ${x.priority} is below its failover threshold ${x.threshold} (${priorityText(x.chassis, x.group!)})`,
    );
  }
  if (step.preempt) {
    why.push(
      `${name(y)}'s runtime priority ${y.priority} exceeds ${name(x)}'s ${x.priority} and ${name(y)} has ${preemptText(y.chassis, y.group!)}`,
    );
  }
  return `${why.join(", and ")}: group ${g} moves from ${name(x)} to ${name(y)}.`;
}

/** Roles when `active` holds the group (or both, or none), the others by what they can be. */
export function rolesWith(states: GroupStates, active: Side | "both" | "none"): { a: Role; b: Role } {
  const role = (side: Side): Role => {
    const s = states[side];
    const fixed = fixedRole(s);
    if (fixed !== null) return fixed;
    if (active === "both" || active === side) return "ACTIVE";
    return active === "none" ? "INIT" : "STANDBY";
  };
  return { a: role("a"), b: role("b") };
}

/** Where the group starts: a chassis, both (no control link), none (neither can be active). */
export type Start = Side | "dual" | "none";

export interface BaselineElection {
  /** Possible starts: one when the configs decide it, two when they do not. */
  readonly starts: readonly Start[];
  readonly reasons: readonly string[];
}

/** The start-up election over the baseline states. */
export function electBaseline(
  states: GroupStates,
  controlUp: boolean,
  assumptions: AssumptionSet,
): BaselineElection {
  const eligible = SIDES.filter((s) => canBeActive(states[s]));
  const g = (states.a.group ?? states.b.group)!.id;
  if (eligible.length === 0) {
    return {
      starts: ["none"],
      reasons: [`Neither chassis can be active for group ${g}: its traffic is dropped.`],
    };
  }
  if (eligible.length === 1) {
    const s = states[eligible[0]!];
    return { starts: [s.side], reasons: [`Only ${name(s)} can be active for group ${g}, so it is.`] };
  }
  if (!controlUp) {
    assumptions.use("control-link-unusable");
    return {
      starts: ["dual"],
      reasons: [
        `${name(states.a)} and ${name(states.b)} cannot hear each other: both are active for group ${g} (dual-active).`,
      ],
    };
  }
  const { a, b } = states;
  const reasons: string[] = [];
  let candidates: Side[];
  if (a.priority === b.priority) {
    assumptions.use("priority-tie");
    candidates = ["a", "b"];
    reasons.push(
      `${name(a)} and ${name(b)} both run group ${g} at priority ${a.priority} (${priorityText(a.chassis, a.group!)}; ${priorityText(b.chassis, b.group!)}): the chassis that came up first is active, which the configs cannot tell.`,
    );
  } else {
    const [hi, lo] = a.priority > b.priority ? [a, b] : [b, a];
    candidates = [hi.side];
    reasons.push(
      `${name(hi)} is active for group ${g} with runtime priority ${hi.priority} (${priorityText(hi.chassis, hi.group!)}), ${name(lo)} standby with ${lo.priority} (${priorityText(lo.chassis, lo.group!)}).`,
    );
  }
  const starts = new Set<Side>();
  for (const candidate of candidates) {
    const settled = settle(states, candidate, () => true, assumptions);
    for (const step of settled.steps) reasons.push(stepReason(states, step));
    if (settled.active === null) {
      reasons.push(`The rules hand group ${g} back and forth: where it settles cannot be told.`);
      starts.add("a");
      starts.add("b");
    } else starts.add(settled.active);
  }
  return { starts: [...starts].sort(), reasons: dedupe(reasons) };
}

function dedupe(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
