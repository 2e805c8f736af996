/**
 * Scenario IDs and the default scenario set, exactly as the catalogue spells them:
 * `baseline`; per chassis X: `reload:X`, `rg-reload:X:g` per group, `interface-down:X:IF` per
 * redundant traffic interface or tracked interface, `track-down:X:T` per tracked object; shared:
 * `control-link-down`, `data-link-down`. Two faults join their IDs with `+` in that order.
 */
import type { Chassis, Interface, Pair } from "../model/types.js";
import type { Fault, Scenario, Side } from "./types.js";

export const BASELINE: Scenario = { id: "baseline", faults: [] };

export function faultId(fault: Fault): string {
  switch (fault.kind) {
    case "reload":
      return `reload:${fault.side}`;
    case "rg-reload":
      return `rg-reload:${fault.side}:${fault.group}`;
    case "interface-down":
      return `interface-down:${fault.side}:${fault.interface}`;
    case "track-down":
      return `track-down:${fault.side}:${fault.track}`;
    case "control-link-down":
    case "data-link-down":
      return fault.kind;
  }
}

function groupIds(chassis: Chassis): number[] {
  return [...(chassis.redundancy?.groups.keys() ?? [])].sort((x, y) => x - y);
}

/** Track objects used by a group of the chassis and defined on it, ascending. */
export function trackedObjects(chassis: Chassis): number[] {
  const ids = new Set<number>();
  for (const group of chassis.redundancy?.groups.values() ?? []) {
    for (const t of group.tracks) if (chassis.tracks.has(t.track)) ids.add(t.track);
  }
  return [...ids].sort((x, y) => x - y);
}

/**
 * Redundant traffic interfaces (with `redundancy group … ip/ipv6/decrement`) and interfaces that a
 * track object used by a group watches, in file order. A watched interface that does not exist is
 * down from the start and has no scenario of its own.
 */
export function faultableInterfaces(chassis: Chassis): Interface[] {
  const names = new Set<string>();
  for (const iface of chassis.interfaces.values()) if (iface.groups.length > 0) names.add(iface.name);
  for (const id of trackedObjects(chassis)) {
    const target = chassis.tracks.get(id)?.target;
    if (target?.kind === "interface" && chassis.interfaces.has(target.interface)) names.add(target.interface);
  }
  return [...names]
    .map((n) => chassis.interfaces.get(n)!)
    .sort((x, y) => x.location.line - y.location.line || x.name.localeCompare(y.name));
}

function chassisFaults(chassis: Chassis, side: Side): Fault[] {
  const faults: Fault[] = [{ kind: "reload", side }];
  for (const group of groupIds(chassis)) faults.push({ kind: "rg-reload", side, group });
  for (const iface of faultableInterfaces(chassis))
    faults.push({ kind: "interface-down", side, interface: iface.name });
  for (const track of trackedObjects(chassis)) faults.push({ kind: "track-down", side, track });
  return faults;
}

/** Every single fault of the pair, in the catalogue's order. */
export function singleFaults(pair: Pair): Fault[] {
  return [
    ...chassisFaults(pair.a, "a"),
    ...chassisFaults(pair.b, "b"),
    { kind: "control-link-down" },
    { kind: "data-link-down" },
  ];
}

export function scenarioOf(faults: readonly Fault[]): Scenario {
  return faults.length === 0 ? BASELINE : { id: faults.map(faultId).join("+"), faults };
}

/** How many scenarios `--faults 2` adds for n single faults. */
export function pairCount(singles: number): number {
  return (singles * (singles - 1)) / 2;
}

/** `baseline`, every single fault, and with `faults: 2` every pair of single faults (i before j). */
export function defaultScenarios(pair: Pair, faults: 1 | 2 = 1): Scenario[] {
  const singles = singleFaults(pair);
  const out: Scenario[] = [BASELINE, ...singles.map((f) => scenarioOf([f]))];
  if (faults === 2) {
    for (let i = 0; i < singles.length; i++) {
      for (let j = i + 1; j < singles.length; j++) out.push(scenarioOf([singles[i]!, singles[j]!]));
    }
  }
  return out;
}

export type ScenarioLookup =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly unknown: string; readonly reason: "unknown" | "repeated" };

/**
 * Resolves a scenario ID against the pair's single faults: `baseline`, one fault ID, or fault IDs
 * joined with `+` (put in the catalogue's order, so `b+a` is `a+b`). Interface names in the ID
 * are matched as written; the CLI normalizes abbreviations first.
 */
export function resolveScenario(id: string, singles: readonly Fault[]): ScenarioLookup {
  if (id === BASELINE.id) return { ok: true, scenario: BASELINE };
  const index = new Map(singles.map((f, i) => [faultId(f), i]));
  const positions: number[] = [];
  for (const part of id.split("+")) {
    const at = index.get(part);
    if (at === undefined) return { ok: false, unknown: part, reason: "unknown" };
    if (positions.includes(at)) return { ok: false, unknown: part, reason: "repeated" };
    positions.push(at);
  }
  positions.sort((x, y) => x - y);
  return { ok: true, scenario: scenarioOf(positions.map((p) => singles[p]!)) };
}

/** A sentence describing a fault, naming the chassis by hostname. */
export function describeFault(fault: Fault, pair: Pair): string {
  const name = (side: Side) => pair[side].displayName;
  switch (fault.kind) {
    case "reload":
      return `${name(fault.side)} reloads (or loses power)`;
    case "rg-reload":
      return `\`redundancy application reload group ${fault.group} self\` runs on ${name(fault.side)}`;
    case "interface-down":
      return `${fault.interface} goes down on ${name(fault.side)}`;
    case "track-down": {
      const target = pair[fault.side].tracks.get(fault.track)?.target;
      const what =
        target === undefined
          ? ""
          : target.kind === "interface"
            ? ` (interface ${target.interface} ${target.condition})`
            : target.kind === "ip-sla"
              ? ` (ip sla ${target.sla} ${target.condition})`
              : ` (${target.text})`;
      return `track ${fault.track}${what} goes down on ${name(fault.side)}`;
    }
    case "control-link-down":
      return `the control link between ${name("a")} and ${name("b")} fails`;
    case "data-link-down":
      return `the data link between ${name("a")} and ${name("b")} fails`;
  }
}

export function describeScenario(scenario: Scenario, pair: Pair): string {
  if (scenario.faults.length === 0) return "Both chassis up, nothing failed.";
  const text = scenario.faults.map((f) => describeFault(f, pair)).join("; and ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
