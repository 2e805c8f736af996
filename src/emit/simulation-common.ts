/** What the table and Markdown views of a simulation share: cells, labels and the summary. */
import {
  countOutcomes,
  type GroupOutcome,
  isStatelessSwitchover,
  type Outcome,
  outcomesOf,
  type Role,
  type Side,
  type Simulation,
} from "../simulate/index.js";

/** `250 ms`, `1 s`, `61 s`, `1.5 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${ms / 1000} s`;
}

const roleText = (r: Role | null): string => r ?? "?";

/** `ACTIVE 150`, `STANDBY→ACTIVE 100`, `ACTIVE→DOWN`. */
export function roleCell(o: GroupOutcome, side: Side): string {
  const before = o.before[side];
  const after = o.after[side];
  const roles = before === after ? roleText(after) : `${roleText(before)}→${roleText(after)}`;
  const priority = o.runtimePriority[side];
  return priority === null ? roles : `${roles} ${priority}`;
}

export type Tone = "bad" | "warn" | "ok" | "quiet";

export interface Label {
  readonly text: string;
  readonly tone: Tone;
}

/** What happened to the group, worst first: `BLACK HOLE`, `DUAL-ACTIVE`, `STATELESS switchover (HTTP)`, … */
export function outcomeLabels(o: GroupOutcome): Label[] {
  const out: Label[] = [];
  if (o.undetermined) out.push({ text: "undetermined", tone: "warn" });
  if (o.dualActive) out.push({ text: "DUAL-ACTIVE", tone: "bad" });
  if (o.blackHole) {
    const none = o.after.a !== "ACTIVE" && o.after.b !== "ACTIVE" && !o.undetermined;
    out.push({ text: none ? "BLACK HOLE (no active)" : "BLACK HOLE", tone: "bad" });
  }
  if (isStatelessSwitchover(o)) {
    const what = o.natStateful === false ? "NAT+HTTP" : "HTTP";
    out.push({ text: `STATELESS switchover (${what} lost)`, tone: "warn" });
  } else if (o.switchover) {
    out.push({ text: "switchover", tone: "ok" });
  } else if (!o.dualActive && !o.blackHole && !o.undetermined && o.natStateful === false) {
    out.push({ text: "no hot standby", tone: "quiet" });
  }
  return out;
}

/** `edge-a after 61 s`, or `-`. */
export function failbackCell(o: GroupOutcome, simulation: Simulation): string {
  if (o.failback === null) return "-";
  return `${simulation.pair[o.failback.active].displayName} after ${duration(o.failback.afterMs)}`;
}

export function switchoverCell(o: GroupOutcome): string {
  return o.switchoverAfterMs === null ? "-" : duration(o.switchoverAfterMs);
}

/** Rows that stand out: any outcome `--fail-on` can name. */
export function isNotable(o: GroupOutcome): boolean {
  return outcomesOf(o).length > 0;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `24 scenarios × 2 groups: 16 switchovers (0 stateless), 0 black holes, 2 dual-active, 0 undetermined`. */
export function summaryLine(simulation: Simulation): string {
  const c = countOutcomes(simulation);
  const groups = simulation.scenarios[0]?.groups.length ?? 0;
  return `${plural(simulation.scenarios.length, "scenario")} × ${plural(groups, "group")}: ${plural(c.switchover, "switchover")} (${c.stateless} stateless), ${plural(c["black-hole"], "black hole")}, ${c["dual-active"]} dual-active, ${c.undetermined} undetermined`;
}

/** `fails at --fail-on black-hole,dual-active (dual-active)` or the pass line; null without --fail-on. */
export function verdict(failing: readonly Outcome[], failOn: readonly Outcome[]): string | null {
  if (failOn.length === 0) return null;
  return failing.length > 0
    ? `fails at --fail-on ${failOn.join(",")}: ${failing.join(", ")}`
    : `nothing named in --fail-on ${failOn.join(",")}`;
}
