/**
 * The state of a group on each chassis under a set of faults: which objects of the group are
 * down (since the start or because of the scenario), the runtime priority, whether the group is
 * out of the election (INIT), and whether the control and data links work. Indexes are built once
 * per pair so that thousands of scenarios stay cheap.
 */
import type { Chassis, GroupLink, InterfaceGroupAssociation, Pair, RedundancyGroup } from "../model/types.js";
import type { AssumptionSet } from "./assumptions.js";
import type { DownObject, Fault, Side } from "./types.js";

export const SIDES: readonly Side[] = ["a", "b"];

export function otherSide(side: Side): Side {
  return side === "a" ? "b" : "a";
}

// ── Faults by chassis ────────────────────────────────────────────────────────────────────────

export interface SideFaults {
  readonly reload: boolean;
  readonly rgReload: ReadonlySet<number>;
  readonly interfaces: ReadonlySet<string>;
  readonly tracks: ReadonlySet<number>;
}

export interface FaultSet {
  readonly a: SideFaults;
  readonly b: SideFaults;
  readonly controlLinkDown: boolean;
  readonly dataLinkDown: boolean;
}

/** Shared by every side without faults of a kind: most scenarios have one fault, so most sets are empty. */
const EMPTY: ReadonlySet<never> = new Set<never>();

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function plus<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  return new Set(set).add(value);
}

export function faultSet(faults: readonly Fault[]): FaultSet {
  const make = (): Mutable<SideFaults> => ({
    reload: false,
    rgReload: EMPTY,
    interfaces: EMPTY,
    tracks: EMPTY,
  });
  const sides = { a: make(), b: make() };
  let controlLinkDown = false;
  let dataLinkDown = false;
  for (const f of faults) {
    switch (f.kind) {
      case "reload":
        sides[f.side].reload = true;
        break;
      case "rg-reload":
        sides[f.side].rgReload = plus(sides[f.side].rgReload, f.group);
        break;
      case "interface-down":
        sides[f.side].interfaces = plus(sides[f.side].interfaces, f.interface);
        break;
      case "track-down":
        sides[f.side].tracks = plus(sides[f.side].tracks, f.track);
        break;
      case "control-link-down":
        controlLinkDown = true;
        break;
      case "data-link-down":
        dataLinkDown = true;
        break;
    }
  }
  return { a: sides.a, b: sides.b, controlLinkDown, dataLinkDown };
}

export const NO_FAULTS: FaultSet = faultSet([]);

// ── Per-chassis indexes ──────────────────────────────────────────────────────────────────────

/** `GigabitEthernet0/0/1.100` → `GigabitEthernet0/0/1`; null for a main interface. */
export function parentInterface(name: string): string | null {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || !/^\d+$/.test(name.slice(dot + 1))) return null;
  return name.slice(0, dot);
}

interface GroupIndex {
  readonly group: RedundancyGroup;
  /** Interfaces carrying `redundancy group <this group> …`, with their lines for this group. */
  readonly associations: ReadonlyMap<string, readonly InterfaceGroupAssociation[]>;
  /** The interfaces the group's track objects watch, and their parents. */
  readonly trackedInterfaces: readonly string[];
  /** The control (data) interface and its parent: what `interface-down` can break the link with. */
  readonly controlInterfaces: readonly string[];
  readonly dataInterfaces: readonly string[];
}

export interface ChassisIndex {
  readonly side: Side;
  readonly chassis: Chassis;
  /** Parent interface → its subinterfaces. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly groups: ReadonlyMap<number, GroupIndex>;
  /** Groups of the interfaces with `redundancy rii N decrement D` (not simulated). */
  readonly riiDecrementGroups: ReadonlySet<number>;
}

/** The name and its parent, when it has one (a parent takes its subinterfaces down). */
function withParent(name: string): string[] {
  const parent = parentInterface(name);
  return parent === null ? [name] : [name, parent];
}

function indexChassis(chassis: Chassis, side: Side): ChassisIndex {
  const children = new Map<string, string[]>();
  const groups = new Map<
    number,
    Omit<GroupIndex, "associations"> & { associations: Map<string, InterfaceGroupAssociation[]> }
  >();
  for (const group of chassis.redundancy?.groups.values() ?? []) {
    const trackedInterfaces: string[] = [];
    for (const track of group.tracks) {
      const target = chassis.tracks.get(track.track)?.target;
      if (target?.kind === "interface") trackedInterfaces.push(...withParent(target.interface));
    }
    groups.set(group.id, {
      group,
      associations: new Map(),
      trackedInterfaces,
      controlInterfaces: group.control === null ? [] : withParent(group.control.interface),
      dataInterfaces: group.data === null ? [] : withParent(group.data.interface),
    });
  }
  const riiDecrementGroups = new Set<number>();
  for (const iface of chassis.interfaces.values()) {
    if (iface.rii?.decrement != null) for (const assoc of iface.groups) riiDecrementGroups.add(assoc.group);
    const parent = parentInterface(iface.name);
    if (parent !== null) {
      const list = children.get(parent);
      if (list === undefined) children.set(parent, [iface.name]);
      else list.push(iface.name);
    }
    for (const assoc of iface.groups) {
      const g = groups.get(assoc.group);
      if (g === undefined) continue; // RG206 reports it; no such group to lower
      const list = g.associations.get(iface.name);
      if (list === undefined) g.associations.set(iface.name, [assoc]);
      else list.push(assoc);
    }
  }
  return { side, chassis, children, groups, riiDecrementGroups };
}

export interface PairIndex {
  readonly pair: Pair;
  readonly a: ChassisIndex;
  readonly b: ChassisIndex;
  /** Group numbers defined on either chassis, ascending. */
  readonly groupIds: readonly number[];
}

const INDEXES = new WeakMap<Pair, PairIndex>();

export function indexPair(pair: Pair): PairIndex {
  let index = INDEXES.get(pair);
  if (index === undefined) {
    index = {
      pair,
      a: indexChassis(pair.a, "a"),
      b: indexChassis(pair.b, "b"),
      groupIds: pair.groups.map((m) => (m.a ?? m.b)!.id),
    };
    INDEXES.set(pair, index);
  }
  return index;
}

// ── Interfaces and tracks ────────────────────────────────────────────────────────────────────

export type InterfaceState =
  | { readonly down: false }
  | {
      readonly down: true;
      readonly fromStart: boolean;
      /** missing: no such interface; shutdown: configured `shutdown` (itself or its parent); fault: the scenario. */
      readonly cause: "missing" | "shutdown" | "fault";
      readonly viaParent: string | null;
    };

const UP: InterfaceState = { down: false };

export function interfaceState(
  ix: ChassisIndex,
  faults: SideFaults,
  name: string,
  assumptions: AssumptionSet | null,
): InterfaceState {
  const iface = ix.chassis.interfaces.get(name);
  if (iface === undefined) return { down: true, fromStart: true, cause: "missing", viaParent: null };
  const parent = parentInterface(name);
  if (iface.shutdown.value) {
    assumptions?.use("shutdown-interface-down");
    return { down: true, fromStart: true, cause: "shutdown", viaParent: null };
  }
  if (parent !== null && ix.chassis.interfaces.get(parent)?.shutdown.value === true) {
    assumptions?.use("shutdown-interface-down");
    return { down: true, fromStart: true, cause: "shutdown", viaParent: parent };
  }
  if (faults.interfaces.has(name)) return { down: true, fromStart: false, cause: "fault", viaParent: null };
  if (parent !== null && faults.interfaces.has(parent)) {
    assumptions?.use("subinterface-follows-parent");
    return { down: true, fromStart: false, cause: "fault", viaParent: parent };
  }
  return UP;
}

/** The objects of a group that are down on a chassis under the faults, in config order. */
function downObjects(
  ix: ChassisIndex,
  gi: GroupIndex,
  faults: SideFaults,
  baseline: readonly DownObject[] | null,
  assumptions: AssumptionSet,
): DownObject[] {
  const out: DownObject[] = [];
  // Interfaces: from the start (computed once, then reused) plus those the scenario takes down.
  if (baseline === null) {
    for (const [name, assocs] of gi.associations) {
      const state = interfaceState(ix, NO_FAULTS.a, name, assumptions);
      if (!state.down) continue;
      for (const association of assocs)
        out.push({
          kind: "interface",
          interface: name,
          association,
          fromStart: true,
          viaParent: state.viaParent,
        });
    }
  } else {
    // An interface down since the start (shut down, or its parent) stays so, whatever the faults.
    let sinceStart: Set<string> | null = null;
    for (const d of baseline) {
      if (d.kind !== "interface") continue;
      out.push(d);
      if (sinceStart === null) sinceStart = new Set();
      sinceStart.add(d.interface);
    }
    // Only with several faults can an interface come up twice (a parent and its subinterface).
    const seen = faults.interfaces.size > 1 ? new Set<string>() : null;
    // What `interfaceState` says of an interface of the group that is not down since the start.
    const add = (candidate: string, parent: string | null) => {
      if (seen !== null) {
        if (seen.has(candidate)) return;
        seen.add(candidate);
      }
      const assocs = gi.associations.get(candidate);
      if (assocs === undefined || sinceStart?.has(candidate)) return;
      const viaParent = faults.interfaces.has(candidate) ? null : parent;
      if (viaParent !== null) assumptions.use("subinterface-follows-parent");
      for (const association of assocs)
        out.push({ kind: "interface", interface: candidate, association, fromStart: false, viaParent });
    };
    for (const name of faults.interfaces) {
      add(name, null);
      for (const child of ix.children.get(name) ?? []) add(child, name);
    }
    // Tracks the faults cannot reach are as at the start (all down since then, if down).
    if (!touchesTracks(gi, faults)) {
      for (const d of baseline) if (d.kind === "track") out.push(d);
      return out;
    }
  }
  // Tracks: few per group, evaluated each time.
  for (const track of gi.group.tracks) {
    const object = ix.chassis.tracks.get(track.track);
    if (object === undefined) {
      assumptions.use("undefined-track-down");
      out.push({ kind: "track", track, fromStart: true, cause: "undefined" });
      continue;
    }
    const target = object.target;
    if (target.kind === "ip-sla" && !ix.chassis.ipSlas.has(target.sla)) {
      assumptions.use("missing-track-target-down");
      out.push({ kind: "track", track, fromStart: true, cause: "target-missing" });
      continue;
    }
    if (target.kind === "interface") {
      const state = interfaceState(ix, faults, target.interface, assumptions);
      if (state.down && state.cause === "missing") {
        assumptions.use("missing-track-target-down");
        out.push({ kind: "track", track, fromStart: true, cause: "target-missing" });
        continue;
      }
      if (state.down && state.fromStart) {
        out.push({ kind: "track", track, fromStart: true, cause: "interface-shutdown" });
        continue;
      }
      if (faults.tracks.has(track.track)) {
        out.push({ kind: "track", track, fromStart: false, cause: "fault" });
        continue;
      }
      if (state.down) {
        out.push({ kind: "track", track, fromStart: false, cause: "interface-down" });
      }
      continue;
    }
    if (faults.tracks.has(track.track)) out.push({ kind: "track", track, fromStart: false, cause: "fault" });
  }
  return out;
}

/** Whether a `track-down` of the group's objects, or an interface they watch, is among the faults. */
function touchesTracks(gi: GroupIndex, faults: SideFaults): boolean {
  for (const track of faults.tracks) if (gi.group.tracks.some((t) => t.track === track)) return true;
  for (const name of faults.interfaces) if (gi.trackedInterfaces.includes(name)) return true;
  return false;
}

// ── A group on one chassis ───────────────────────────────────────────────────────────────────

export type InitCause = "not-configured" | "group-shutdown" | "track-shutdown" | "rg-reload";

export interface SideState {
  readonly side: Side;
  readonly chassis: Chassis;
  /** null when the chassis does not configure the group. */
  readonly group: RedundancyGroup | null;
  /** False while the chassis reloads. */
  readonly up: boolean;
  readonly init: InitCause | null;
  /** The `track T shutdown` objects that are down. */
  readonly shutdownTracks: readonly DownObject[];
  readonly configuredPriority: number;
  /** Configured priority minus the decrements of the objects down, floor 0. */
  readonly priority: number;
  readonly threshold: number | null;
  readonly preempt: boolean;
  readonly down: readonly DownObject[];
}

export function decrementOf(d: DownObject): number {
  if (d.kind === "interface") return d.association.decrement ?? 0;
  return d.track.action === "decrement" ? (d.track.decrement ?? 0) : 0;
}

export function sideState(
  ix: ChassisIndex,
  groupId: number,
  faults: SideFaults,
  baseline: SideState | null,
  assumptions: AssumptionSet,
): SideState {
  const gi = ix.groups.get(groupId);
  if (gi === undefined) {
    return {
      side: ix.side,
      chassis: ix.chassis,
      group: null,
      up: !faults.reload,
      init: "not-configured",
      shutdownTracks: [],
      configuredPriority: 0,
      priority: 0,
      threshold: null,
      preempt: false,
      down: [],
    };
  }
  const group = gi.group;
  // Everything down in the start state is down since the start.
  const down = downObjects(ix, gi, faults, baseline === null ? null : baseline.down, assumptions);
  let decrements = 0;
  let applied = 0;
  for (const d of down) {
    const dec = decrementOf(d);
    if (dec > 0) {
      decrements += dec;
      applied++;
    }
  }
  if (applied > 1) assumptions.use("additive-decrements");
  const configuredPriority = group.priority.value;
  if (group.priority.isDefault) assumptions.use("default-priority");
  const raw = configuredPriority - decrements;
  if (raw < 0) assumptions.use("priority-floor-zero");
  const shutdownTracks = down.filter((d) => d.kind === "track" && d.track.action === "shutdown");
  if (shutdownTracks.length > 0) assumptions.use("track-shutdown-init");
  const init: InitCause | null = faults.rgReload.has(groupId)
    ? "rg-reload"
    : group.shutdown.value
      ? "group-shutdown"
      : shutdownTracks.length > 0
        ? "track-shutdown"
        : null;
  return {
    side: ix.side,
    chassis: ix.chassis,
    group,
    up: !faults.reload,
    init,
    shutdownTracks,
    configuredPriority,
    priority: Math.max(0, raw),
    threshold: group.failoverThreshold?.value ?? null,
    preempt: group.preempt.value,
    down,
  };
}

/**
 * Whether the faults can change the group's state on this chassis: a reload, a reload of the
 * group, a tracked object of the group, or an interface the group is on, watches, or whose
 * subinterfaces it is on. When they cannot, `sideState` would give the start state (and rely on
 * no assumption the start state did not), so it can be skipped.
 */
export function touchesSide(ix: ChassisIndex, groupId: number, faults: SideFaults): boolean {
  if (faults.reload) return true;
  const gi = ix.groups.get(groupId);
  if (gi === undefined) return false;
  if (faults.rgReload.has(groupId) || touchesTracks(gi, faults)) return true;
  for (const name of faults.interfaces) {
    if (gi.associations.has(name)) return true;
    if (ix.children.get(name)?.some((child) => gi.associations.has(child))) return true;
  }
  return false;
}

// ── Links ───────────────────────────────────────────────────────────────────────────────────

export type LinkProblem =
  | { readonly kind: "fault" }
  | { readonly kind: "no-line"; readonly side: Side }
  | { readonly kind: "interface-missing"; readonly side: Side; readonly link: GroupLink }
  | { readonly kind: "interface-shutdown"; readonly side: Side; readonly link: GroupLink }
  | { readonly kind: "interface-down"; readonly side: Side; readonly link: GroupLink };

export interface LinkState {
  readonly up: boolean;
  /** Cannot work even without the scenario's faults. */
  readonly fromStart: boolean;
  readonly problems: readonly LinkProblem[];
}

/** Whether the faults can change the group's control (or data) link; when not, it is as at the start. */
export function touchesLink(
  index: PairIndex,
  groupId: number,
  role: "control" | "data",
  faults: FaultSet,
): boolean {
  if (role === "control" ? faults.controlLinkDown : faults.dataLinkDown) return true;
  for (const side of SIDES) {
    const gi = index[side].groups.get(groupId);
    if (gi === undefined) continue;
    for (const name of role === "control" ? gi.controlInterfaces : gi.dataInterfaces)
      if (faults[side].interfaces.has(name)) return true;
  }
  return false;
}

/** Whether the control (or data) link of a group works under the faults. */
export function linkState(
  index: PairIndex,
  groupId: number,
  role: "control" | "data",
  faults: FaultSet,
): LinkState {
  const problems: LinkProblem[] = [];
  let fromStart = false;
  if (role === "control" ? faults.controlLinkDown : faults.dataLinkDown) problems.push({ kind: "fault" });
  for (const side of SIDES) {
    const ix = index[side];
    const group = ix.groups.get(groupId)?.group;
    if (group === undefined) continue; // the group is not configured there: handled as INIT
    const link = role === "control" ? group.control : group.data;
    if (link === null) {
      problems.push({ kind: "no-line", side });
      fromStart = true;
      continue;
    }
    const state = interfaceState(ix, faults[side], link.interface, null);
    if (!state.down) continue;
    if (state.cause === "missing") {
      problems.push({ kind: "interface-missing", side, link });
      fromStart = true;
    } else if (state.cause === "shutdown") {
      problems.push({ kind: "interface-shutdown", side, link });
      fromStart = true;
    } else {
      problems.push({ kind: "interface-down", side, link });
    }
  }
  return { up: problems.length === 0, fromStart, problems };
}
