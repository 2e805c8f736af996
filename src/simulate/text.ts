/**
 * How reasons name lines and values: rebuilt from the model (never copied from the file, so no
 * secret can slip in), with the chassis' hostname and the line number.
 */
import type {
  Chassis,
  GroupTrack,
  InterfaceGroupAssociation,
  RedundancyGroup,
  SourceLocation,
} from "../model/types.js";
import type { DownObject } from "./types.js";

/** `edge-a line 75`. */
export function at(chassis: Chassis, location: SourceLocation | null): string {
  return location === null ? chassis.displayName : `${chassis.displayName} line ${location.line}`;
}

/** `30 s`, `250 ms`, `1.5 s`. */
export function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${ms / 1000} s`;
}

export function associationText(a: InterfaceGroupAssociation): string {
  const words = [`redundancy group ${a.group}`];
  if (a.kind === "ipv4") words.push(`ip ${a.vip ?? "?"}`);
  if (a.kind === "ipv6") words.push(`ipv6 ${a.vip ?? "?"}`);
  if (a.exclusive) words.push("exclusive");
  if (a.decrement !== null) words.push(`decrement ${a.decrement}`);
  return words.join(" ");
}

export function groupTrackText(t: GroupTrack): string {
  return t.action === "shutdown"
    ? `track ${t.track} shutdown`
    : `track ${t.track} decrement ${t.decrement ?? "?"}`;
}

/** `` `priority 150 failover threshold 100` at edge-a line 75 ``, or the default. */
export function priorityText(chassis: Chassis, group: RedundancyGroup): string {
  if (group.priority.isDefault) {
    return `no \`priority\` line in group ${group.id} at ${at(chassis, group.location)}, ${group.priority.value} assumed`;
  }
  const threshold =
    group.failoverThreshold === null ? "" : ` failover threshold ${group.failoverThreshold.value}`;
  return `\`priority ${group.priority.value}${threshold}\` at ${at(chassis, group.priority.location)}`;
}

/** The `priority …` line, or the `group N` line when the priority is the default. */
export function priorityLocation(group: RedundancyGroup): SourceLocation {
  return !group.priority.isDefault && group.priority.location !== null
    ? group.priority.location
    : group.location;
}

/** `` `preempt` (edge-b line 73) `` or `no \`preempt\` in group 1 (edge-b line 71)`. */
export function preemptText(chassis: Chassis, group: RedundancyGroup): string {
  return group.preempt.value
    ? `\`preempt\` (${at(chassis, group.preempt.location)})`
    : `no \`preempt\` in group ${group.id} (${at(chassis, group.location)})`;
}

/** What a down object is and the line that makes it count. */
export function downObjectText(chassis: Chassis, d: DownObject): string {
  if (d.kind === "interface") {
    const why = d.viaParent !== null ? ` (its parent ${d.viaParent} is down)` : "";
    const state = d.fromStart ? "is shut down in the config" : "is down";
    return `${d.interface} ${state}${why}: \`${associationText(d.association)}\` (${at(chassis, d.association.location)})`;
  }
  const cause =
    d.cause === "undefined"
      ? `track ${d.track.track} is not defined on ${chassis.displayName}, so it counts as down`
      : d.cause === "target-missing"
        ? `track ${d.track.track} watches something that does not exist on ${chassis.displayName}, so it is down from the start`
        : d.cause === "interface-shutdown"
          ? `track ${d.track.track} watches an interface that is shut down in the config`
          : d.cause === "interface-down"
            ? `track ${d.track.track} is down (the interface it watches is down)`
            : `track ${d.track.track} is down`;
  return `${cause}: \`${groupTrackText(d.track)}\` (${at(chassis, d.track.location)})`;
}

/** `` `timers delay 30 reload 60` (edge-a line 77) `` with `(default)` for unconfigured values. */
export function timerText(chassis: Chassis, group: RedundancyGroup, which: "delay" | "reload"): string {
  const field = which === "delay" ? group.delayMs : group.reloadMs;
  if (field.isDefault) return `the default \`timers ${which}\` of ${duration(field.value)}`;
  return `\`timers ${which}\` ${duration(field.value)} (${at(chassis, field.location)})`;
}
