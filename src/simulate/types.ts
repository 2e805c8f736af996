/**
 * What the switchover simulator computes (rules-catalog.md, "Simulation model"): per scenario
 * (a set of faults) and per redundancy group, the roles before and while the fault persists,
 * the runtime priorities, whether and how fast the group moves, whether its NAT state survives,
 * and where it goes once the fault ends. Plain data; the emitters and the 9xx rules read it.
 */
import type { GroupTrack, InterfaceGroupAssociation, NatRule } from "../model/types.js";

/** A chassis' position on the command line. */
export type Side = "a" | "b";

/** A group's role on a chassis. A reloading chassis is DOWN; a group out of the election is INIT. */
export type Role = "ACTIVE" | "STANDBY" | "INIT" | "DOWN";

/** Roles per chassis; null where the configs cannot tell (the group is `undetermined`). */
export interface Roles {
  readonly a: Role | null;
  readonly b: Role | null;
}

export type Fault =
  | { readonly kind: "reload"; readonly side: Side }
  | { readonly kind: "rg-reload"; readonly side: Side; readonly group: number }
  | { readonly kind: "interface-down"; readonly side: Side; readonly interface: string }
  | { readonly kind: "track-down"; readonly side: Side; readonly track: number }
  | { readonly kind: "control-link-down" }
  | { readonly kind: "data-link-down" };

export type FaultKind = Fault["kind"];

/** A set of simultaneous faults; `baseline` has none. */
export interface Scenario {
  /** `baseline`, `reload:a`, `track-down:a:10+interface-down:b:GigabitEthernet0/0/5`. */
  readonly id: string;
  /** In the catalogue's order. */
  readonly faults: readonly Fault[];
}

/** An [I] (inferred) or [NF] (not found) fact the simulation relied on. */
export interface Assumption {
  readonly id: string;
  readonly tag: "I" | "NF";
  readonly text: string;
  /** Where the fact comes from (domain-reference.md section and source IDs, or rglint itself). */
  readonly source: string;
}

export interface Failback {
  readonly active: Side;
  /** From the moment the fault ends (the reloaded chassis is back, the interface is up). */
  readonly afterMs: number;
}

/** An object of the group that is down on a chassis, and what it does to the group there. */
export type DownObject =
  | {
      readonly kind: "interface";
      readonly interface: string;
      readonly association: InterfaceGroupAssociation;
      /** Down since the start (shut down in the config), not because of the scenario. */
      readonly fromStart: boolean;
      /** Down because its parent interface is down. */
      readonly viaParent: string | null;
    }
  | {
      readonly kind: "track";
      readonly track: GroupTrack;
      readonly fromStart: boolean;
      /** Why the object is down: `track-down` fault, its interface down, target missing, undefined. */
      readonly cause: "fault" | "interface-down" | "target-missing" | "undefined" | "interface-shutdown";
    };

/** Why the group's NAT state is or is not kept. */
export interface NatStatefulness {
  /** Dynamic NAT rules of the group without an identical twin (same rule, group, mapping-id) on the peer. */
  readonly unpaired: ReadonlyArray<{
    readonly side: Side;
    readonly rule: NatRule;
    readonly peer: NatRule | null;
  }>;
  /** Chassis without `ip nat switchover replication http`. */
  readonly httpMissingOn: readonly Side[];
  /** The chassis that holds (or took over) the state was not standby-hot. */
  readonly notHot: boolean;
}

/** What a rule needs beyond the JSON fields (never serialized). */
export interface GroupEvidence {
  readonly activeBefore: Side | null;
  readonly activeAfter: Side | null;
  /** Objects of the group down on each chassis while the fault persists (start and scenario). */
  readonly down: { readonly a: readonly DownObject[]; readonly b: readonly DownObject[] };
  /** Which rule moved the group, when one did. */
  readonly trigger: "peer-lost" | "rg-reload" | "track-shutdown" | "threshold" | "preempt" | null;
  readonly nat: NatStatefulness | null;
}

export interface GroupOutcome {
  readonly group: number;
  readonly name: string | null;
  readonly before: Roles;
  readonly after: Roles;
  /** null on a chassis that is DOWN or does not configure the group. */
  readonly runtimePriority: { readonly a: number | null; readonly b: number | null };
  readonly switchover: boolean;
  readonly dualActive: boolean;
  readonly undetermined: boolean;
  /**
   * The group's traffic is dropped while the fault persists: no chassis is active, or the active
   * one keeps the group although an interface or tracked object of the group failed on it.
   */
  readonly blackHole: boolean;
  readonly switchoverAfterMs: number | null;
  readonly natStateful: boolean | null;
  readonly httpStateful: boolean | null;
  readonly failback: Failback | null;
  /** Sentences naming the chassis by hostname and the lines responsible. */
  readonly reasons: readonly string[];
  readonly evidence: GroupEvidence;
}

export interface ScenarioResult {
  readonly id: string;
  readonly description: string;
  readonly faults: readonly Fault[];
  readonly groups: readonly GroupOutcome[];
}

export interface SimulatedChassis {
  readonly file: string;
  readonly hostname: string | null;
  readonly displayName: string;
}

export interface Simulation {
  readonly pair: { readonly a: SimulatedChassis; readonly b: SimulatedChassis };
  /** Every [I]/[NF] fact the run relied on, in the catalogue's order. */
  readonly assumptions: readonly Assumption[];
  readonly scenarios: readonly ScenarioResult[];
}
