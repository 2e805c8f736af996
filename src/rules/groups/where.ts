/** Where group settings live, and how messages describe them, for the 2xx rules. */
import type { Chassis, Pair, RedundancyGroup } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";

/** The `priority …` line, or the `group N` line when the priority is the default. */
export function priorityLocation(group: RedundancyGroup): SourceLocation {
  return !group.priority.isDefault && group.priority.location !== null
    ? group.priority.location
    : group.location;
}

/** The `timers delay … reload …` line, or the `group N` line when both timers are defaults. */
export function timersLocation(group: RedundancyGroup): SourceLocation {
  if (!group.delayMs.isDefault && group.delayMs.location !== null) return group.delayMs.location;
  if (!group.reloadMs.isDefault && group.reloadMs.location !== null) return group.reloadMs.location;
  return group.location;
}

/** `priority 125 failover threshold 75`, `priority 100 (default, no priority line)`. */
export function describePriority(group: RedundancyGroup): string {
  const priority = group.priority.isDefault
    ? `priority ${group.priority.value} (default: no \`priority\` line)`
    : `priority ${group.priority.value}`;
  const threshold =
    group.failoverThreshold === null
      ? "no failover threshold"
      : `failover threshold ${group.failoverThreshold.value}`;
  return `${priority}, ${threshold}`;
}

/** `delay 30 s, reload 60 s` with `(default)` on the values not configured. */
export function describeTimers(group: RedundancyGroup): string {
  const one = (label: string, ms: number, isDefault: boolean) =>
    `${label} ${seconds(ms)}${isDefault ? " (default)" : ""}`;
  return `${one("delay", group.delayMs.value, group.delayMs.isDefault)}, ${one("reload", group.reloadMs.value, group.reloadMs.isDefault)}`;
}

/** Milliseconds as `30 s` or `250 ms`. */
export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** A CUBE chassis: `voice service voip` / `redundancy-group N`. */
export function isCube(chassis: Chassis): boolean {
  return chassis.cubeRedundancyGroup !== null;
}

/** A CUBE pair: either chassis enables CUBE box-to-box HA. */
export function isCubePair(pair: Pair): boolean {
  return isCube(pair.a) || isCube(pair.b);
}

/** Documented group numbers (1–2): a reference outside it is reported by RG207, not as undefined. */
export function groupNumberInRange(group: number): boolean {
  return Number.isInteger(group) && group >= 1 && group <= 2;
}

/** Documented track object numbers (1–1000). */
export function trackNumberInRange(track: number): boolean {
  return Number.isInteger(track) && track >= 1 && track <= 1000;
}

/** `only group 1`, `groups 1, 2`, `no group`: the groups `application redundancy` defines. */
export function describeDefinedGroups(chassis: Chassis): string {
  const ids = [...(chassis.redundancy?.groups.keys() ?? [])].sort((x, y) => x - y);
  if (ids.length === 0) return "no group";
  return ids.length === 1 ? `only group ${ids[0]}` : `groups ${ids.join(", ")}`;
}
