/**
 * Shared views for the 3xx rules: the protocol instance a group actually runs (with the documented
 * defaults when no `protocol N` block exists), and the control/data links of a group with the
 * interface each one names.
 */
import type {
  Chassis,
  Interface,
  ProtocolAuthentication,
  RedundancyGroup,
  RedundancyProtocol,
  SourceLocation,
} from "../../model/types.js";
import { interfaceStanzas } from "../stanzas.js";

/** Defaults of a protocol instance without a block: hello 3 s, hold 10 s [C S1, S6], no authentication [C S6], BFD on [C S1]. */
export const DEFAULT_HELLO_MS = 3000;
export const DEFAULT_HOLD_MS = 10000;

/** The protocol instance a group's `control … protocol N` uses, as it runs. */
export interface EffectiveProtocol {
  readonly id: number;
  /** The configured block, or null when only referenced (defaults apply). */
  readonly block: RedundancyProtocol | null;
  readonly helloMs: number;
  readonly holdMs: number;
  readonly authentication: ProtocolAuthentication;
  readonly bfd: boolean;
}

/** The configured `protocol N` block, or null when the chassis has none (a defaulted reference is not a block). */
export function protocolBlock(chassis: Chassis, id: number): RedundancyProtocol | null {
  const block = chassis.redundancy?.protocols.get(id);
  return block !== undefined && block.location !== null ? block : null;
}

/** A configured protocol block's timers and the line to report them at (RG301, RG302). */
export interface ProtocolTimers {
  readonly protocol: RedundancyProtocol;
  readonly helloMs: number;
  readonly holdMs: number;
  readonly location: SourceLocation;
}

/** The timers of every configured `protocol N` block of a chassis, by protocol number. */
export function configuredProtocolTimers(chassis: Chassis): ProtocolTimers[] {
  const out: ProtocolTimers[] = [];
  const protocols = [...(chassis.redundancy?.protocols.values() ?? [])].sort((x, y) => x.id - y.id);
  for (const configured of protocols) {
    const protocol = protocolBlock(chassis, configured.id);
    if (protocol === null) continue;
    const location = protocol.timersLocation ?? protocol.holdMs.location ?? protocol.location;
    if (location === null) continue;
    out.push({ protocol, helloMs: protocol.helloMs.value, holdMs: protocol.holdMs.value, location });
  }
  return out;
}

export function effectiveProtocol(chassis: Chassis, id: number): EffectiveProtocol {
  const block = protocolBlock(chassis, id);
  if (block === null) {
    return {
      id,
      block: null,
      helloMs: DEFAULT_HELLO_MS,
      holdMs: DEFAULT_HOLD_MS,
      authentication: { kind: "none", location: null },
      bfd: true,
    };
  }
  return {
    id,
    block,
    helloMs: block.helloMs.value,
    holdMs: block.holdMs.value,
    authentication: block.authentication,
    bfd: block.bfd.value,
  };
}

/** Groups of a chassis in ascending order. */
export function groupsOf(chassis: Chassis): RedundancyGroup[] {
  return [...(chassis.redundancy?.groups.values() ?? [])].sort((x, y) => x.id - y.id);
}

export type LinkRole = "control" | "data";

/** One `control`/`data` line of a group and the interface it names (null when undefined). */
export interface GroupLinkView {
  readonly role: LinkRole;
  readonly interfaceName: string;
  readonly location: SourceLocation;
  readonly iface: Interface | null;
  /** For the control link: the data line too when it names the same interface (reported once). */
  readonly sharedData: SourceLocation | null;
}

/**
 * The links of a group to check, one per distinct interface: when `data` names the same interface
 * as `control`, a problem of that interface is reported once, at the `control` line, with the
 * `data` line as a related location.
 */
export function distinctLinks(chassis: Chassis, group: RedundancyGroup): GroupLinkView[] {
  const out: GroupLinkView[] = [];
  const { control, data } = group;
  const shared = control !== null && data !== null && control.interface === data.interface;
  if (control !== null) {
    out.push({
      role: "control",
      interfaceName: control.interface,
      location: control.location,
      iface: chassis.interfaces.get(control.interface) ?? null,
      sharedData: shared && data !== null ? data.location : null,
    });
  }
  if (data !== null && !shared) {
    out.push({
      role: "data",
      interfaceName: data.interface,
      location: data.location,
      iface: chassis.interfaces.get(data.interface) ?? null,
      sharedData: null,
    });
  }
  return out;
}

/** `control` / `control and data` / `data`. */
export function linkLabel(link: GroupLinkView): string {
  return link.sharedData !== null ? "control and data" : link.role;
}

/** `control interface` / `control and data interface` / `data interface`. */
export function linkNoun(link: GroupLinkView): string {
  return `${linkLabel(link)} interface`;
}

/** A timer for messages: `3 s` when whole seconds, else `250 ms`. */
export function timerText(valueMs: number): string {
  return valueMs % 1000 === 0 ? `${valueMs / 1000} s` : `${valueMs} ms`;
}

/** The highest holdtime IOS-XE accepts: 255 s [C S6]. */
export const MAX_HOLD_MS = 255000;

function timerArgument(valueMs: number): string {
  return valueMs % 1000 === 0 ? `${valueMs / 1000}` : `msec ${valueMs}`;
}

/** `timers hellotime 1 holdtime 3` / `timers hellotime msec 250 holdtime msec 750`. */
export function timersCommand(helloMs: number, holdMs: number): string {
  return `timers hellotime ${timerArgument(helloMs)} holdtime ${timerArgument(holdMs)}`;
}

/** A fix hint for a holdtime that is too short: keep the hellotime, hold = 3 × hello when allowed. */
export function holdFixHint(protocolId: number, helloMs: number): string {
  const hold = helloMs * 3;
  const suggestion =
    hold <= MAX_HOLD_MS
      ? `e.g. \`${timersCommand(helloMs, hold)}\``
      : `lower the hellotime so that three hellotimes fit in the 255 s maximum holdtime`;
  return `Under \`protocol ${protocolId}\` set a holdtime of at least three hellotimes (Cisco's recommendation), ${suggestion}, the same on both chassis.`;
}

/**
 * The last `no ip address` line in the interface's stanza(s), read from the tree (the model keeps
 * only the resulting null address). When an interface is given twice, this is the line that
 * removed the address in the merge.
 */
export function noIpAddressLine(chassis: Chassis, iface: Interface): SourceLocation | null {
  let found: SourceLocation | null = null;
  for (const root of interfaceStanzas(chassis, iface)) {
    for (const child of root.children) {
      if (/^no\s+ip\s+address\s*$/i.test(child.text)) found = child.location;
    }
  }
  return found;
}

/** What the loss of a link means, for messages. */
export function linkConsequence(link: GroupLinkView): string {
  if (link.role === "control") {
    const sync = link.sharedData !== null ? " and no state is synchronized" : "";
    return `the chassis cannot exchange hellos with its peer over it, so both chassis become active for the group${sync}`;
  }
  return "the group's state (NAT and firewall sessions, call checkpoints) is not synchronized to the peer, so a switchover is not stateful";
}
