/** The sentences of a group's outcome: what failed, which links are down, what happens to NAT state. */
import type { AssumptionSet } from "./assumptions.js";
import type { GroupContext, Links } from "./context.js";
import type { GroupStates } from "./election.js";
import { natRuleText } from "./nat.js";
import { type LinkProblem, type LinkState, otherSide, SIDES, type SideState } from "./state.js";
import { at, downObjectText } from "./text.js";
import type { DownObject, Side } from "./types.js";

export const name = (s: SideState): string => s.chassis.displayName;

function linkProblemText(ctx: GroupContext, p: LinkProblem, role: "control" | "data"): string {
  const chassisOf = (side: Side) => ctx.index[side].chassis;
  switch (p.kind) {
    case "fault":
      return `the ${role} link fails`;
    case "no-line": {
      const group = ctx.base[p.side].group!;
      return `no \`${role}\` line in group ${ctx.group} on ${chassisOf(p.side).displayName} (${at(chassisOf(p.side), group.location)})`;
    }
    case "interface-missing":
      return `${p.link.interface} (${at(chassisOf(p.side), p.link.location)}) does not exist on ${chassisOf(p.side).displayName}`;
    case "interface-shutdown":
      return `${p.link.interface} is shut down on ${chassisOf(p.side).displayName}`;
    case "interface-down":
      return `${p.link.interface} is down on ${chassisOf(p.side).displayName}`;
  }
}

function linkText(ctx: GroupContext, link: LinkState, role: "control" | "data"): string {
  return link.problems.map((p) => linkProblemText(ctx, p, role)).join("; ");
}

/** What is different from the start in a group's state, chassis by chassis. */
export function stateReasons(ctx: GroupContext, states: GroupStates, fromStart: boolean): string[] {
  const out: string[] = [];
  const g = ctx.group;
  for (const side of SIDES) {
    const s = states[side];
    const b = ctx.base[side];
    if (!fromStart && s === b) continue; // the faults did not reach this chassis
    if (s.group === null) {
      if (fromStart) out.push(`Group ${g} is not configured on ${name(s)}: ${name(s)} takes no part in it.`);
      continue;
    }
    if (!s.up) {
      out.push(`${name(s)} reloads: group ${g} is DOWN there.`);
      continue;
    }
    if (fromStart && s.init === "group-shutdown") {
      out.push(`Group ${g} is shut down on ${name(s)}: INIT there.`);
    }
    if (!fromStart && s.init === "rg-reload") {
      out.push(
        `\`redundancy application reload group ${g} self\` on ${name(s)}: group ${g} re-initializes there (INIT).`,
      );
    }
    const lowering: DownObject[] = [];
    const shutting: DownObject[] = [];
    for (const d of s.down) {
      if (d.fromStart !== fromStart) continue;
      if (d.kind === "track" && d.track.action === "shutdown") shutting.push(d);
      else lowering.push(d);
    }
    if (lowering.length > 0) {
      const texts = lowering.map((d) => downObjectText(s.chassis, d)).join("; ");
      const from = fromStart ? s.configuredPriority : b.priority;
      if (s.priority !== from) {
        out.push(
          fromStart
            ? `${name(s)} runs group ${g} at ${s.priority} instead of ${from} from the start: ${texts}.`
            : `${name(s)}'s runtime priority for group ${g} drops from ${from} to ${s.priority}: ${texts}.`,
        );
      } else {
        out.push(
          `${name(s)}: ${texts}; no decrement, so its runtime priority for group ${g} stays ${s.priority}.`,
        );
      }
    }
    if (shutting.length > 0 && (fromStart || ctx.base[side].init !== "track-shutdown")) {
      const texts = shutting.map((d) => downObjectText(s.chassis, d)).join("; ");
      out.push(
        `${name(s)} takes group ${g} out of the election (INIT)${fromStart ? " from the start" : ""}: ${texts}.`,
      );
    }
  }
  return out;
}

export function linkReasons(
  ctx: GroupContext,
  links: Links,
  fromStart: boolean,
  assumptions: AssumptionSet,
): string[] {
  const out: string[] = [];
  const g = ctx.group;
  const a = name(ctx.base.a);
  const b = name(ctx.base.b);
  const onlyFault = (link: LinkState) => link.problems.every((p) => p.kind === "fault");
  if (!links.control.up && (fromStart || ctx.control.up)) {
    out.push(
      fromStart
        ? `The control link of group ${g} cannot work (${linkText(ctx, links.control, "control")}): ${a} and ${b} do not hear each other.`
        : onlyFault(links.control)
          ? `The control link fails: ${a} and ${b} stop hearing each other for group ${g}.`
          : `The control link of group ${g} is down (${linkText(ctx, links.control, "control")}): ${a} and ${b} stop hearing each other.`,
    );
  }
  if (!links.data.up && (fromStart || ctx.data.up)) {
    if (fromStart) {
      assumptions.use("standby-hot-for-state");
      out.push(
        `The data link of group ${g} cannot work (${linkText(ctx, links.data, "data")}): the standby is never hot, so a switchover loses state.`,
      );
    } else {
      assumptions.use("data-link-stops-sync");
      out.push(
        onlyFault(links.data)
          ? `The data link fails: roles of group ${g} stay, but state sync stops, so the standby is no longer hot.`
          : `The data link of group ${g} is down (${linkText(ctx, links.data, "data")}): roles stay, but state sync stops, so the standby is no longer hot.`,
      );
    }
  }
  return out;
}

/** The outcome under one assumed start (the start is certain unless the election is undetermined). */

export function lostObjectsText(downs: readonly DownObject[]): string {
  const names = downs.map((d) => (d.kind === "interface" ? d.interface : `track ${d.track.track}`));
  return [...new Set(names)].join(", ");
}

export function natReasons(
  ctx: GroupContext,
  v: {
    switchover: boolean;
    paired: boolean;
    hot: boolean;
    notHot: string;
    http: boolean;
    isBaseline: boolean;
  },
): string[] {
  const g = ctx.group;
  const out: string[] = [];
  const chassis = (side: Side) => ctx.index[side].chassis;
  if (v.paired && v.hot && v.http) {
    if (v.switchover || v.isBaseline) {
      const rules =
        ctx.nat.dynamicRules === 0
          ? "it has only static NAT rules, which need no session state"
          : `its ${ctx.nat.dynamicRules} dynamic NAT rule${ctx.nat.dynamicRules === 1 ? " is" : "s are"} paired between the chassis`;
      out.push(
        v.switchover
          ? `NAT sessions of group ${g} survive the switchover: ${rules}, the chassis taking over was standby-hot, and both chassis replicate HTTP.`
          : `NAT state of group ${g} is replicated: ${rules}, the standby is hot, and both chassis replicate HTTP.`,
      );
    }
    return out;
  }
  if (!v.paired) {
    const [first, ...more] = ctx.nat.unpaired;
    const u = first!;
    const peer = chassis(otherSide(u.side)).displayName;
    const rest =
      more.length === 0 ? "" : ` (and ${more.length} more dynamic rule${more.length === 1 ? "" : "s"})`;
    out.push(
      `NAT sessions of group ${g} ${v.switchover ? "are lost at the switchover" : "are not all replicated"}: ${natRuleText(u.rule)} (${at(chassis(u.side), u.rule.location)}) has no identical rule with the same group and mapping-id on ${peer}${rest}.`,
    );
  }
  if (!v.hot) {
    out.push(
      v.switchover
        ? `NAT sessions of group ${g} are lost at the switchover: ${v.notHot}.`
        : `NAT state of group ${g} is not replicated while the fault lasts: ${v.notHot}.`,
    );
  }
  if (!v.http && v.paired && v.hot) {
    const missing = ctx.pairNat.httpMissingOn.map((s) => chassis(s).displayName).join(" and ");
    out.push(
      `HTTP sessions of group ${g} ${v.switchover ? "are lost at the switchover" : "are not replicated"}: no \`ip nat switchover replication http\` on ${missing}.`,
    );
  }
  return out;
}
