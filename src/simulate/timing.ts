/**
 * How long things take (rules-catalog.md, "Simulation model", Timing): detection of a lost peer
 * (holdtime, or BFD max(interval, min_rx) × multiplier), priority-driven switchovers (the next
 * hello), and the `timers delay`/`reload` a chassis waits before it negotiates again.
 */
import { effectiveProtocol } from "../model/defaults.js";
import type { RedundancyGroup, RedundancyProtocol } from "../model/types.js";
import type { AssumptionSet } from "./assumptions.js";
import type { SideState } from "./state.js";
import { at, duration, timerText } from "./text.js";

export interface Timing {
  readonly ms: number;
  /** How the value was found, for the reasons: `the holdtime of 3 s (…)`. */
  readonly text: string;
}

function protocolOf(s: SideState, group: RedundancyGroup): RedundancyProtocol {
  return effectiveProtocol(s.chassis.redundancy, group.control?.protocol ?? 1);
}

function timersText(s: SideState, p: RedundancyProtocol): string {
  if (p.timersLocation === null)
    return `protocol ${p.id} on ${s.chassis.displayName}, default timers hellotime 3 s holdtime 10 s`;
  const value = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}` : `msec ${ms}`);
  return `protocol ${p.id}, \`timers hellotime ${value(p.helloMs.value)} holdtime ${value(p.holdMs.value)}\` at ${at(s.chassis, p.timersLocation)}`;
}

/** How long chassis `s` takes to notice that its peer is gone (peer reload, control link down). */
export function detectionTime(s: SideState, assumptions: AssumptionSet): Timing {
  const group = s.group!;
  const p = protocolOf(s, group);
  const holdtime = (extra: string): Timing => ({
    ms: p.holdMs.value,
    text: `the holdtime of ${duration(p.holdMs.value)} (${timersText(s, p)})${extra}`,
  });
  if (!p.bfd.value) return holdtime("");
  const iface = group.control === null ? undefined : s.chassis.interfaces.get(group.control.interface);
  if (iface?.bfd == null) {
    assumptions.use("bfd-without-interface-timers");
    const where =
      group.control === null ? "no control interface" : `${group.control.interface} has no \`bfd interval\``;
    return holdtime(`; BFD is on for protocol ${p.id} but ${where}`);
  }
  assumptions.use("bfd-detection");
  const { intervalMs, minRxMs, multiplier } = iface.bfd;
  const ms = Math.max(intervalMs, minRxMs) * multiplier;
  return {
    ms,
    text: `${duration(ms)} by BFD: \`bfd interval ${intervalMs} min_rx ${minRxMs} multiplier ${multiplier}\` on ${iface.name} (${at(s.chassis, iface.bfd.location)}), max(${intervalMs}, ${minRxMs}) × ${multiplier}`,
  };
}

/** The next hello of chassis `s`: when a priority-driven change reaches the peer. */
export function helloTime(s: SideState): Timing {
  const group = s.group!;
  const p = protocolOf(s, group);
  return { ms: p.helloMs.value, text: `the hellotime of ${duration(p.helloMs.value)} (${timersText(s, p)})` };
}

/** The timer a chassis waits before it negotiates again: `reload` after a chassis reload, else `delay`. */
export function reinitTimer(s: SideState, afterReload: boolean): Timing {
  const group = s.group!;
  const field = afterReload ? group.reloadMs : group.delayMs;
  return { ms: field.value, text: timerText(s.chassis, group, afterReload ? "reload" : "delay") };
}
