import type { Chassis, Field } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import type { ChassisRule } from "../types.js";
import { seconds } from "./where.js";

/** One value and its documented range (domain-reference §1–2). Bounds are in the value's unit. */
interface RangedValue {
  /** `redundancy group number`, `group 1's priority`: completes "edge-a's …". */
  readonly what: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** How the value and the range read in messages (`20000 s`, `0–10000 s`). */
  readonly shown: string;
  readonly range: string;
  readonly location: SourceLocation;
  readonly subject: string;
  /** A word on units for the fix, where they are a likely cause. */
  readonly hint?: string;
}

const GROUP = { min: 1, max: 2, range: "1–2" } as const;
const BYTE = { min: 1, max: 255, range: "1–255" } as const;
const TRACK = { min: 1, max: 1000, range: "1–1000" } as const;
const PROTOCOL = { min: 1, max: 8, range: "1–8" } as const;
const TIMER_MS = { min: 0, max: 10_000_000, range: "0–10000 s" } as const;
const RII = { min: 1, max: 65535, range: "1–65535" } as const;
const MAPPING_ID = { min: 1, max: 2_147_483_647, range: "1–2147483647" } as const;

function plain(
  what: string,
  value: number,
  bounds: { readonly min: number; readonly max: number; readonly range: string },
  location: SourceLocation,
  subject: string,
): RangedValue {
  return {
    what,
    value,
    min: bounds.min,
    max: bounds.max,
    shown: String(value),
    range: bounds.range,
    location,
    subject,
  };
}

/** A configured field (defaults are never out of range); null when it has no line to point at. */
function configured<T>(field: Field<T> | null): (Field<T> & { readonly location: SourceLocation }) | null {
  return field !== null && !field.isDefault && field.location !== null
    ? (field as Field<T> & { readonly location: SourceLocation })
    : null;
}

function inRange(value: number, bounds: { readonly min: number; readonly max: number }): boolean {
  return Number.isInteger(value) && value >= bounds.min && value <= bounds.max;
}

/**
 * Every value on a chassis that is outside its documented range. Each value is tested before its
 * description is written: a chassis has thousands of in-range values (RIIs, NAT mapping-ids) and
 * usually none out of range.
 */
function outOfRangeValues(chassis: Chassis): RangedValue[] {
  const out: RangedValue[] = [];
  const red = chassis.redundancy;
  for (const group of red?.groups.values() ?? []) {
    const g = `group=${group.id}`;
    if (!inRange(group.id, GROUP))
      out.push(plain("redundancy group number", group.id, GROUP, group.location, g));
    const priority = configured(group.priority);
    if (priority && !inRange(priority.value, BYTE)) {
      out.push(
        plain(
          `group ${group.id}'s priority`,
          priority.value,
          BYTE,
          priority.location,
          `${g}:priority=${priority.value}`,
        ),
      );
    }
    const threshold = configured(group.failoverThreshold);
    if (threshold && !inRange(threshold.value, BYTE)) {
      out.push(
        plain(
          `group ${group.id}'s failover threshold`,
          threshold.value,
          BYTE,
          threshold.location,
          `${g}:threshold=${threshold.value}`,
        ),
      );
    }
    for (const [label, field] of [
      ["delay", configured(group.delayMs)],
      ["reload", configured(group.reloadMs)],
    ] as const) {
      if (field === null || inRange(field.value, TIMER_MS)) continue;
      out.push({
        what: `group ${group.id}'s \`timers ${label}\``,
        value: field.value,
        ...TIMER_MS,
        shown: seconds(field.value),
        location: field.location,
        subject: `${g}:${label}=${field.value / 1000}s`,
        hint: "`timers delay` and `reload` are in seconds, not milliseconds",
      });
    }
    if (group.control !== null && !inRange(group.control.protocol, PROTOCOL)) {
      out.push(
        plain(
          `group ${group.id}'s control protocol instance`,
          group.control.protocol,
          PROTOCOL,
          group.control.location,
          `${g}:control-protocol=${group.control.protocol}`,
        ),
      );
    }
    for (const track of group.tracks) {
      if (!inRange(track.track, TRACK)) {
        out.push(
          plain(
            `group ${group.id}'s tracked object number`,
            track.track,
            TRACK,
            track.location,
            `${g}:track=${track.track}`,
          ),
        );
      }
      if (track.decrement !== null && !inRange(track.decrement, BYTE)) {
        out.push(
          plain(
            `group ${group.id}'s decrement for track ${track.track}`,
            track.decrement,
            BYTE,
            track.location,
            `${g}:track=${track.track}:decrement=${track.decrement}`,
          ),
        );
      }
    }
  }
  for (const protocol of red?.protocols.values() ?? []) {
    const p = `protocol=${protocol.id}`;
    if (protocol.location !== null && !inRange(protocol.id, PROTOCOL))
      out.push(plain("protocol instance number", protocol.id, PROTOCOL, protocol.location, p));
    for (const [label, field, min, max, range] of [
      ["hellotime", configured(protocol.helloMs), 250, 254_000, "250 ms–254 s"],
      ["holdtime", configured(protocol.holdMs), 750, 255_000, "750 ms–255 s"],
    ] as const) {
      if (field === null || inRange(field.value, { min, max })) continue;
      out.push({
        what: `protocol ${protocol.id}'s ${label}`,
        value: field.value,
        min,
        max,
        shown: seconds(field.value),
        range,
        location: protocol.timersLocation ?? field.location,
        subject: `${p}:${label}=${field.value}ms`,
        hint: "`hellotime` and `holdtime` are in seconds unless written with `msec`",
      });
    }
  }
  for (const iface of chassis.interfaces.values()) {
    if (iface.rii !== null) {
      if (!inRange(iface.rii.id, RII)) {
        out.push(
          plain(
            `${iface.name}'s RII`,
            iface.rii.id,
            RII,
            iface.rii.location,
            `interface=${iface.name}:rii=${iface.rii.id}`,
          ),
        );
      }
      if (iface.rii.decrement !== null && !inRange(iface.rii.decrement, BYTE)) {
        out.push(
          plain(
            `${iface.name}'s RII decrement`,
            iface.rii.decrement,
            BYTE,
            iface.rii.location,
            `interface=${iface.name}:rii-decrement=${iface.rii.decrement}`,
          ),
        );
      }
    }
    for (const assoc of iface.groups) {
      if (!inRange(assoc.group, GROUP)) {
        out.push(
          plain(
            `${iface.name}'s redundancy group number`,
            assoc.group,
            GROUP,
            assoc.location,
            `interface=${iface.name}:${assoc.kind}:group=${assoc.group}`,
          ),
        );
      }
      if (assoc.decrement !== null && !inRange(assoc.decrement, BYTE)) {
        out.push(
          plain(
            `${iface.name}'s decrement for group ${assoc.group}`,
            assoc.decrement,
            BYTE,
            assoc.location,
            `interface=${iface.name}:${assoc.kind}:group=${assoc.group}:decrement=${assoc.decrement}`,
          ),
        );
      }
    }
  }
  for (const track of chassis.tracks.values()) {
    if (!inRange(track.id, TRACK))
      out.push(plain("track object number", track.id, TRACK, track.location, `track=${track.id}`));
  }
  // An indexed loop: in cold code `for … of` allocates a result object per rule (10,000s).
  const rules = chassis.nat.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (rule.mappingId !== null && !inRange(rule.mappingId.value, MAPPING_ID)) {
      out.push(
        plain(
          "NAT mapping-id",
          rule.mappingId.value,
          MAPPING_ID,
          rule.mappingId.location ?? rule.location,
          `nat=${rule.identity}:mapping-id=${rule.mappingId.value}`,
        ),
      );
    }
    const redundancy = rule.redundancy;
    if (redundancy !== null && typeof redundancy.value === "number" && !inRange(redundancy.value, GROUP)) {
      out.push(
        plain(
          "NAT rule's redundancy group",
          redundancy.value,
          GROUP,
          redundancy.location ?? rule.location,
          `nat=${rule.identity}:redundancy=${redundancy.value}`,
        ),
      );
    }
  }
  const cube = configured(chassis.cubeRedundancyGroup);
  if (cube && !inRange(cube.value, GROUP))
    out.push(
      plain(
        "CUBE `redundancy-group`",
        cube.value,
        GROUP,
        cube.location,
        `voice:redundancy-group=${cube.value}`,
      ),
    );
  return out;
}

export const rg207: ChassisRule = {
  id: "RG207",
  name: "value-out-of-range",
  level: "error",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "A redundancy value is outside its documented range.",
  fullDescription:
    "Cisco documents the ranges of the redundancy settings: group 1–2, priority and failover threshold 1–255, `timers delay`/`reload` 0–10000 s, protocol instance 1–8, RII 1–65535, decrement 1–255, track object 1–1000, NAT `redundancy` 1–2 and mapping-id 1–2147483647, hellotime 250 ms–254 s, holdtime 750 ms–255 s. A value outside its range is rejected by the device, so the line does not take effect as written: the configuration that was reviewed is not the one that runs, and the pair fails over differently from what the file says.",
  check({ chassis, side }, report) {
    for (const v of outOfRangeValues(chassis)) {
      report({
        message: `${chassis.displayName}'s ${v.what} is ${v.shown}, outside the documented range ${v.range}: IOS-XE rejects the value, so this line does not take effect as written.`,
        location: v.location,
        side,
        fix: `Use a value in ${v.range}${v.hint === undefined ? "" : ` (${v.hint})`}.`,
        subject: v.subject,
      });
    }
  },
};
