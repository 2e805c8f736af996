/**
 * One group in one scenario: the roles before and while the fault persists, whether and how fast
 * the group moves, whether it is black-holed, whether its NAT state survives, and where it goes
 * once the fault ends, with the reasons.
 */
import type { AssumptionSet } from "./assumptions.js";
import type { GroupContext, Links } from "./context.js";
import { canBeActive, type GroupStates, rolesWith, type Start, settle, stepReason } from "./election.js";
import { linkReasons, lostObjectsText, name, natReasons, stateReasons } from "./reasons.js";
import {
  type FaultSet,
  linkState,
  otherSide,
  SIDES,
  type SideState,
  sideState,
  touchesLink,
  touchesSide,
} from "./state.js";
import { duration, preemptText } from "./text.js";
import { detectionTime, helloTime, reinitTimer, type Timing } from "./timing.js";
import type {
  DownObject,
  Failback,
  GroupEvidence,
  GroupOutcome,
  NatStatefulness,
  Role,
  Roles,
  Side,
} from "./types.js";

export { type GroupContext, groupContext } from "./context.js";

interface Hypothesis {
  readonly before: { a: Role; b: Role };
  readonly after: Roles;
  readonly activeBefore: Side | null;
  readonly activeAfter: Side | null;
  readonly switchover: boolean;
  readonly dualActive: boolean;
  readonly cycle: boolean;
  readonly blackHole: boolean;
  readonly timing: Timing | null;
  readonly trigger: GroupEvidence["trigger"];
  readonly natStateful: boolean | null;
  readonly httpStateful: boolean | null;
  readonly nat: NatStatefulness | null;
  readonly failback: Failback | null;
  readonly reasons: readonly string[];
}

interface Moved {
  readonly after: Roles;
  readonly activeAfter: Side | null;
  readonly dualActive: boolean;
  readonly cycle: boolean;
  readonly switchover: boolean;
  readonly timing: Timing | null;
  readonly trigger: GroupEvidence["trigger"];
}

/** Who is active while the fault persists, and how the group got there. */
function decideRoles(
  ctx: GroupContext,
  states: GroupStates,
  links: Links,
  faults: FaultSet,
  start: Start,
  isBaseline: boolean,
  assumptions: AssumptionSet,
  reasons: string[],
): Moved {
  const g = ctx.group;
  const base = ctx.base;
  const still = { switchover: false, timing: null, trigger: null, cycle: false } as const;
  if (start === "dual" || start === "none") {
    const after = rolesWith(states, start === "dual" ? "both" : "none");
    const actives = SIDES.filter((s) => after[s] === "ACTIVE");
    return {
      ...still,
      after,
      activeAfter: actives.length === 1 ? actives[0]! : null,
      dualActive: actives.length === 2,
    };
  }
  const x = start;
  const y = otherSide(x);
  if (faults[y].rgReload.has(g) && base[y].group !== null) assumptions.use("rg-reload-on-standby");
  const xCan = canBeActive(states[x]);
  const yCan = canBeActive(states[y]);
  if (xCan && yCan && !links.control.up) {
    const timing = detectionTime(states[y], assumptions);
    if (!isBaseline) {
      reasons.push(
        `${name(states[y])}, standby, no longer hears ${name(states[x])} and becomes active too after ${timing.text}: dual-active.`,
      );
    }
    return { ...still, after: rolesWith(states, "both"), activeAfter: null, dualActive: true, timing };
  }
  if (xCan && yCan) {
    const settled = settle(states, x, (side) => states[side].priority < base[side].priority, assumptions);
    for (const step of settled.steps) reasons.push(stepReason(states, step));
    if (!isBaseline) reasons.push(...settled.held);
    if (settled.active === null) {
      reasons.push(
        `The rules would hand group ${g} back and forth between ${name(states.a)} and ${name(states.b)}: where it settles cannot be told.`,
      );
      return { ...still, after: { a: null, b: null }, activeAfter: null, dualActive: false, cycle: true };
    }
    const after = rolesWith(states, settled.active);
    if (settled.active === x) return { ...still, after, activeAfter: x, dualActive: false };
    assumptions.use("hello-driven-switchover");
    const timing = helloTime(states[x]);
    reasons.push(`${name(states[y])} takes group ${g} over with the next hello: ${timing.text}.`);
    const trigger = settled.steps[0]!.threshold ? "threshold" : "preempt";
    return { after, activeAfter: y, dualActive: false, cycle: false, switchover: true, timing, trigger };
  }
  if (xCan) return { ...still, after: rolesWith(states, x), activeAfter: x, dualActive: false };
  if (!yCan) return { ...still, after: rolesWith(states, "none"), activeAfter: null, dualActive: false };

  // X left the group (reload, group reload, `track … shutdown`): Y takes over.
  const sx = states[x];
  const moved = {
    after: rolesWith(states, y),
    activeAfter: y,
    dualActive: false,
    cycle: false,
    switchover: true,
  };
  if (!sx.up) {
    const timing = detectionTime(states[y], assumptions);
    reasons.push(
      `${name(states[y])} detects the loss of ${name(sx)} after ${timing.text}, and becomes active.`,
    );
    return { ...moved, timing, trigger: "peer-lost" };
  }
  const trigger = sx.init === "rg-reload" ? "rg-reload" : "track-shutdown";
  if (!links.control.up) {
    const timing = detectionTime(states[y], assumptions);
    reasons.push(
      `Without the control link ${name(states[y])} notices only after ${timing.text} that ${name(sx)} left group ${g}, and becomes active.`,
    );
    return { ...moved, timing, trigger };
  }
  if (trigger === "rg-reload") {
    reasons.push(`The group reload hands group ${g} to ${name(states[y])} immediately (0 ms).`);
    return { ...moved, timing: { ms: 0, text: "immediately" }, trigger };
  }
  assumptions.use("track-shutdown-timing");
  const timing = helloTime(sx);
  reasons.push(`${name(states[y])} takes group ${g} over with the next hello: ${timing.text}.`);
  return { ...moved, timing, trigger };
}

/** Objects of the group that the scenario took down on this chassis. */
function lostObjects(s: SideState): DownObject[] {
  return s.down.filter((d) => !d.fromStart);
}

/**
 * Nobody forwards, or the active chassis keeps the group with a failed object of it. In that
 * second case the sentence names the objects, so it is left to `keeperReason` (`keeper`).
 */
function blackHoleOf(
  ctx: GroupContext,
  states: GroupStates,
  m: Moved,
  isBaseline: boolean,
  reasons: string[],
): { readonly blackHole: boolean; readonly keeper: Side | null } {
  const none = { blackHole: false, keeper: null };
  if (m.cycle) return none;
  const actives = SIDES.filter((s) => m.after[s] === "ACTIVE");
  if (actives.length === 0) {
    reasons.push(
      `No chassis is active for group ${ctx.group}: its traffic is dropped${isBaseline ? "" : " while the fault lasts"}.`,
    );
    return { blackHole: true, keeper: null };
  }
  if (actives.length > 1 || isBaseline) return none;
  const z = actives[0]!;
  if (lostObjects(states[z]).length === 0) return none;
  return { blackHole: true, keeper: z };
}

function keeperReason(ctx: GroupContext, z: SideState): string {
  return `${name(z)} stays active for group ${ctx.group} although ${lostObjectsText(lostObjects(z))} failed there: the group's traffic through it is black-holed while the fault lasts.`;
}

interface NatOutcome {
  readonly natStateful: boolean | null;
  readonly httpStateful: boolean | null;
  readonly nat: NatStatefulness | null;
}

/** Whether the group's NAT (and HTTP) state is carried over, or still held by a hot standby. */
function natOf(
  ctx: GroupContext,
  states: GroupStates,
  links: Links,
  before: { a: Role; b: Role },
  m: Moved,
  isBaseline: boolean,
  assumptions: AssumptionSet,
  reasons: string[],
): NatOutcome {
  if (!ctx.nat.hasNat) return { natStateful: null, httpStateful: null, nat: null };
  assumptions.use("standby-hot-for-state");
  const g = ctx.group;
  const paired = ctx.nat.unpaired.length === 0;
  let hot: boolean;
  let notHot: string;
  if (m.cycle) {
    hot = links.data.up;
    notHot = "the data link is down";
  } else if (m.switchover) {
    const taker = m.activeAfter!;
    hot = before[taker] === "STANDBY" && links.data.up;
    notHot = `${name(states[taker])} was not standby-hot (${links.data.up ? "it was not standby" : "the data link is down"})`;
  } else if (m.dualActive) {
    assumptions.use("dual-active-state");
    hot = false;
    notHot = "both chassis are active and translate on their own";
  } else if (m.activeAfter !== null) {
    const other = otherSide(m.activeAfter);
    hot = m.after[other] === "STANDBY" && links.data.up;
    notHot =
      m.after[other] !== "STANDBY"
        ? `no chassis is standby for group ${g} (${name(states[other])} is ${m.after[other]})`
        : "the data link is down, so the standby is not hot";
  } else {
    hot = false;
    notHot = "no chassis holds the sessions";
  }
  const http = ctx.pairNat.httpMissingOn.length === 0;
  const natStateful = paired && hot;
  reasons.push(...natReasons(ctx, { switchover: m.switchover, paired, hot, notHot, http, isBaseline }));
  return {
    natStateful,
    httpStateful: natStateful && http,
    nat: { unpaired: ctx.nat.unpaired, httpMissingOn: ctx.pairNat.httpMissingOn, notHot: !hot },
  };
}

/** Where the group goes once the fault ends; null when it stays. */
function failbackOf(
  ctx: GroupContext,
  faults: FaultSet,
  start: Side,
  m: Moved,
  assumptions: AssumptionSet,
  reasons: string[],
): Failback | null {
  const g = ctx.group;
  const base = ctx.base;
  const x = start;
  if (m.switchover) {
    const z = m.activeAfter!;
    const back = settle(base, z, () => false, assumptions);
    if (back.active !== x) {
      const why = !base[x].preempt
        ? `${name(base[x])} has ${preemptText(base[x].chassis, base[x].group!)}`
        : `${name(base[x])}'s priority ${base[x].priority} does not exceed ${name(base[z])}'s ${base[z].priority}`;
      reasons.push(`When the fault ends, group ${g} stays on ${name(base[z])}: ${why}.`);
      return null;
    }
    assumptions.use("failback-timers");
    const timer = reinitTimer(base[x], faults[x].reload);
    const hello = helloTime(base[x]);
    const afterMs = timer.ms + hello.ms;
    reasons.push(
      `When the fault ends, ${name(base[x])} waits ${timer.text}, then takes group ${g} back (its priority ${base[x].priority} exceeds ${name(base[z])}'s ${base[z].priority} and it has ${preemptText(base[x].chassis, base[x].group!)}) with the next hello (${duration(hello.ms)}): failback after ${duration(afterMs)}.`,
    );
    return { active: x, afterMs };
  }
  if (m.dualActive) {
    assumptions.use("dual-active-resolution");
    const y = otherSide(x);
    const winner = base[x].priority > base[y].priority ? x : base[y].priority > base[x].priority ? y : null;
    if (winner === null) {
      reasons.push(
        `When the control link returns, ${name(base.a)} and ${name(base.b)} have equal priorities: which one keeps group ${g} cannot be told.`,
      );
      return null;
    }
    const hello = helloTime(base[winner]);
    reasons.push(
      `When the control link returns, ${name(base[winner])} (priority ${base[winner].priority}) keeps group ${g} and ${name(base[otherSide(winner)])} returns to standby with the next hello (${duration(hello.ms)}).`,
    );
    return { active: winner, afterMs: hello.ms };
  }
  if (m.activeAfter === null) {
    assumptions.use("failback-timers");
    const timer = reinitTimer(base[x], faults[x].reload);
    reasons.push(
      `When the fault ends, ${name(base[x])} becomes active for group ${g} again after ${timer.text}.`,
    );
    return { active: x, afterMs: timer.ms };
  }
  return null;
}

/**
 * A hypothesis without the one sentence that names the failed objects of the chassis that keeps
 * the group (`keeper`), which goes at `keeperAt` in the reasons.
 */
export interface Story {
  readonly hypothesis: Hypothesis;
  readonly keeper: Side | null;
  readonly keeperAt: number;
}

function evaluateStart(
  ctx: GroupContext,
  states: GroupStates,
  links: Links,
  faults: FaultSet,
  start: Start,
  isBaseline: boolean,
  assumptions: AssumptionSet,
): Story {
  const reasons: string[] = [];
  const before = rolesWith(ctx.base, start === "dual" ? "both" : start);
  const m = decideRoles(ctx, states, links, faults, start, isBaseline, assumptions, reasons);
  const { blackHole, keeper } = blackHoleOf(ctx, states, m, isBaseline, reasons);
  const keeperAt = reasons.length;
  const nat = natOf(ctx, states, links, before, m, isBaseline, assumptions, reasons);
  const known = start !== "dual" && start !== "none";
  const failback =
    !m.cycle && !isBaseline && known ? failbackOf(ctx, faults, start, m, assumptions, reasons) : null;
  const hypothesis: Hypothesis = {
    before,
    after: m.after,
    activeBefore: known ? start : null,
    activeAfter: m.activeAfter,
    switchover: m.switchover,
    dualActive: m.dualActive,
    cycle: m.cycle,
    blackHole,
    timing: m.timing,
    trigger: m.trigger,
    ...nat,
    failback,
    reasons,
  };
  return { hypothesis, keeper, keeperAt };
}

/**
 * What `evaluateStart` reads of a scenario's states (besides the group's configuration, which is
 * the same in every scenario): each chassis' up/INIT/priority and whether it lost an object, and
 * the links. Faults with the same key (e.g. the down of any one subinterface with the same
 * decrement) tell the same story and rely on the same assumptions.
 */
function storyKey(states: GroupStates, links: Links, start: Start): string {
  const side = (s: SideState) =>
    `${s.up ? "" : "down "}${s.init ?? ""} ${s.priority}${s.down.some((d) => !d.fromStart) ? " lost" : ""}`;
  return `${start}|${side(states.a)}|${side(states.b)}|${links.control.up ? "" : "no control"}|${links.data.up ? "" : "no data"}`;
}

/** The hypothesis of one start, its story shared by every scenario with the same key. */
function hypothesisOf(
  ctx: GroupContext,
  states: GroupStates,
  links: Links,
  faults: FaultSet,
  start: Start,
  isBaseline: boolean,
  assumptions: AssumptionSet,
): Hypothesis {
  let story: Story | undefined;
  if (isBaseline) story = evaluateStart(ctx, states, links, faults, start, isBaseline, assumptions);
  else {
    const key = storyKey(states, links, start);
    story = ctx.stories.get(key);
    if (story === undefined) {
      story = evaluateStart(ctx, states, links, faults, start, isBaseline, assumptions);
      ctx.stories.set(key, story);
    }
  }
  const { hypothesis, keeper, keeperAt } = story;
  if (keeper === null) return hypothesis;
  const reasons = [...hypothesis.reasons];
  reasons.splice(keeperAt, 0, keeperReason(ctx, states[keeper]));
  return { ...hypothesis, reasons };
}

function same<T>(values: readonly T[]): T | undefined {
  const [first, ...rest] = values;
  const key = JSON.stringify(first);
  return rest.every((v) => JSON.stringify(v) === key) ? first : undefined;
}

function roleOrNull(values: ReadonlyArray<Role | null>): Role | null {
  return same(values) ?? null;
}

/** Whether the faults changed nothing of the group on this chassis. */
function sameAsStart(s: SideState, start: SideState): boolean {
  return s === start || (s.up === start.up && s.init === start.init && s.down.length === start.down.length);
}

/** Evaluates a group in a scenario. `faults` is empty for the baseline. */
export function evaluateGroup(
  ctx: GroupContext,
  faults: FaultSet,
  isBaseline: boolean,
  assumptions: AssumptionSet,
): GroupOutcome {
  const { index, group, base } = ctx;
  let states: GroupStates = base;
  let links: Links = { control: ctx.control, data: ctx.data };
  if (!isBaseline) {
    // A chassis or link the faults cannot reach keeps its start state: most faults of a large
    // pair reach one group on one chassis, and the others share one outcome (below).
    const touchA = touchesSide(index.a, group, faults.a);
    const touchB = touchesSide(index.b, group, faults.b);
    const touchControl = touchesLink(index, group, "control", faults);
    const touchData = touchesLink(index, group, "data", faults);
    if (!touchA && !touchB && !touchControl && !touchData && ctx.untouched.outcome !== null)
      return ctx.untouched.outcome;
    states = {
      a: touchA ? sideState(index.a, group, faults.a, base.a, assumptions) : base.a,
      b: touchB ? sideState(index.b, group, faults.b, base.b, assumptions) : base.b,
    };
    links = {
      control: touchControl ? linkState(index, group, "control", faults) : ctx.control,
      data: touchData ? linkState(index, group, "data", faults) : ctx.data,
    };
  }
  // Every scenario that changes nothing of the group (also one that reaches it without effect,
  // e.g. the down of an interface shut down from the start) has the same outcome.
  const untouched =
    !isBaseline &&
    sameAsStart(states.a, base.a) &&
    sameAsStart(states.b, base.b) &&
    links.control.up === ctx.control.up &&
    links.data.up === ctx.data.up;
  if (untouched && ctx.untouched.outcome !== null) return ctx.untouched.outcome;
  const outcome = evaluateStates(ctx, states, links, faults, isBaseline, assumptions);
  if (untouched) ctx.untouched.outcome = outcome;
  return outcome;
}

function evaluateStates(
  ctx: GroupContext,
  states: GroupStates,
  links: Links,
  faults: FaultSet,
  isBaseline: boolean,
  assumptions: AssumptionSet,
): GroupOutcome {
  const common = isBaseline
    ? [
        ...stateReasons(ctx, states, true),
        ...linkReasons(ctx, links, true, assumptions),
        ...ctx.election.reasons,
      ]
    : stateReasons(ctx, states, false).concat(linkReasons(ctx, links, false, assumptions));
  if (!isBaseline && common.length === 0) common.push(`Nothing of group ${ctx.group} fails.`);

  const hyps = ctx.election.starts.map((start) =>
    hypothesisOf(ctx, states, links, faults, start, isBaseline, assumptions),
  );
  const runtimePriority = {
    a: states.a.group !== null && states.a.up ? states.a.priority : null,
    b: states.b.group !== null && states.b.up ? states.b.priority : null,
  };
  const down = { a: states.a.down, b: states.b.down };

  if (hyps.length === 1) {
    const h = hyps[0]!;
    const moved = h.switchover || (h.dualActive && ctx.election.starts[0] !== "dual");
    return {
      group: ctx.group,
      name: ctx.name,
      before: h.before,
      after: h.after,
      runtimePriority,
      switchover: h.switchover,
      dualActive: h.dualActive,
      undetermined: h.cycle,
      blackHole: h.blackHole,
      switchoverAfterMs: moved && h.timing !== null ? h.timing.ms : null,
      natStateful: h.natStateful,
      httpStateful: h.httpStateful,
      failback: h.failback,
      reasons: common.concat(h.reasons),
      evidence: {
        activeBefore: h.activeBefore,
        activeAfter: h.activeAfter,
        down,
        trigger: h.trigger,
        nat: h.nat,
      },
    };
  }

  // Undetermined start: report what holds under every start, and each start's story.
  const per = (side: Side) => ctx.index[side].chassis.displayName;
  const stories = isBaseline
    ? []
    : hyps.map((h) => `If ${per(h.activeBefore!)} is active before the fault: ${h.reasons.join(" ")}`);
  const timings = hyps.map((h) => (h.switchover || h.dualActive ? (h.timing?.ms ?? null) : null));
  const nats = hyps.map((h) => h.natStateful);
  const https = hyps.map((h) => h.httpStateful);
  const allSwitch = hyps.every((h) => h.switchover);
  return {
    group: ctx.group,
    name: ctx.name,
    before: { a: roleOrNull(hyps.map((h) => h.before.a)), b: roleOrNull(hyps.map((h) => h.before.b)) },
    after: { a: roleOrNull(hyps.map((h) => h.after.a)), b: roleOrNull(hyps.map((h) => h.after.b)) },
    runtimePriority,
    switchover: allSwitch,
    dualActive: hyps.some((h) => h.dualActive),
    undetermined: true,
    blackHole: hyps.some((h) => h.blackHole),
    switchoverAfterMs: same(timings) ?? null,
    natStateful: nats.includes(null) ? null : nats.every((n) => n === true),
    httpStateful: https.includes(null) ? null : https.every((n) => n === true),
    failback: same(hyps.map((h) => h.failback)) ?? null,
    reasons: [...common, ...stories],
    evidence: {
      activeBefore: null,
      activeAfter: same(hyps.map((h) => h.activeAfter)) ?? null,
      down,
      trigger: null,
      nat: hyps[0]!.nat,
    },
  };
}
