/**
 * The normalized model every rule and the simulator read. Plain, immutable data: no rule or
 * output logic. Every element keeps the location of the line(s) it came from; values are in
 * canonical units (timers in milliseconds); defaults are applied and marked as defaults.
 */
import type { LineClassCounts } from "../parse/grammar/index.js";
import type { ConfigTree, Diagnostic, SourceLocation } from "../parse/types.js";

export type { LineClassCounts } from "../parse/grammar/index.js";

export type { SourceLocation } from "../parse/types.js";

/** A configured (or defaulted) value and the line it came from. */
export interface Field<T> {
  readonly value: T;
  /** The line that set it; for a default, the line of the block it belongs to (or null). */
  readonly location: SourceLocation | null;
  /** True when the value was not configured and the documented (or assumed) default applies. */
  readonly isDefault: boolean;
}

/**
 * A secret (key string, password, `authentication text` value). Only a digest is kept, so the
 * secret cannot be printed by accident; two secrets are equal when their digests are.
 * Type-7 values are de-obfuscated before hashing, so `key-string 7 …` and `key-string 0 …` of
 * the same key compare equal.
 */
export interface Secret {
  readonly secret: true;
  /** sha256 of the cleartext (or of the stored hash for non-reversible types), hex. */
  readonly digest: string;
  /** As configured: 0 (clear), 7 (obfuscated), or null when no type was given. */
  readonly encryption: 0 | 7 | null;
}

// ── Interfaces ───────────────────────────────────────────────────────────────────────────────

export interface Ipv4Address {
  readonly address: string; // dotted quad
  readonly mask: string; // dotted quad
  /** From the mask; -1 when the mask is not contiguous (IOS rejects such a mask). */
  readonly prefixLength: number;
  readonly location: SourceLocation;
}

export interface Ipv6Address {
  readonly address: string; // as written, lower-case
  readonly prefixLength: number | null;
  readonly location: SourceLocation;
}

export interface RiiConfig {
  readonly id: number; // may be out of range: rules judge it
  /** `redundancy rii N decrement D` (YANG-only form). */
  readonly decrement: number | null;
  readonly location: SourceLocation;
}

/** One `redundancy group N ip|ipv6 … exclusive [decrement D]` or `redundancy group N decrement D` line. */
export interface InterfaceGroupAssociation {
  readonly group: number;
  readonly kind: "ipv4" | "ipv6" | "decrement-only";
  /** The virtual address (`ip`), or `address/len` lower-case (`ipv6`); null for decrement-only. */
  readonly vip: string | null;
  readonly exclusive: boolean;
  readonly decrement: number | null;
  readonly location: SourceLocation;
}

export interface InterfaceBfd {
  readonly intervalMs: number;
  readonly minRxMs: number;
  readonly multiplier: number;
  readonly location: SourceLocation;
}

export interface Interface {
  /** Normalized full name, e.g. `GigabitEthernet0/0/1.100`. */
  readonly name: string;
  /** The name as written in the (first) header. */
  readonly writtenName: string;
  /** The `interface …` line (first stanza when given twice). */
  readonly location: SourceLocation;
  /** Every `interface …` header of this interface, in file order. */
  readonly headerLocations: readonly SourceLocation[];
  readonly description: Field<string> | null;
  /** Primary IPv4 address; null when none (or `no ip address`, or assigned at run time). */
  readonly ipv4: Ipv4Address | null;
  /** `ip address dhcp|negotiated|pool NAME`: an IPv4 address assigned at run time (ipv4 is null). */
  readonly ipv4Dynamic: Field<"dhcp" | "negotiated" | "pool"> | null;
  /** `ip unnumbered IF`: borrows IF's address (normalized name); ipv4 is null. */
  readonly ipv4Unnumbered: Field<string> | null;
  /**
   * When the interface ends without any IPv4 configuration although an earlier line gave it one:
   * the line that removed it (the last `no ip address`, or the `vrf forwarding` that cleared it).
   */
  readonly ipv4RemovedBy: SourceLocation | null;
  readonly ipv4Secondary: readonly Ipv4Address[];
  readonly ipv6: readonly Ipv6Address[];
  readonly shutdown: Field<boolean>;
  readonly natRole: Field<"inside" | "outside"> | null;
  /** `vrf forwarding X` or `ip vrf forwarding X`. */
  readonly vrf: Field<string> | null;
  readonly rii: RiiConfig | null;
  readonly groups: readonly InterfaceGroupAssociation[];
  /** `redundancy asymmetric-routing …` line(s). */
  readonly asymmetricRouting: Field<string> | null;
  readonly zone: Field<string> | null;
  readonly bfd: InterfaceBfd | null;
  readonly channelGroup: Field<number> | null;
}

// ── Redundancy application ───────────────────────────────────────────────────────────────────

export interface GroupTrack {
  readonly track: number;
  readonly action: "decrement" | "shutdown";
  /** For `decrement`; null for `shutdown`. */
  readonly decrement: number | null;
  readonly location: SourceLocation;
}

export interface GroupLink {
  /** Normalized interface name. */
  readonly interface: string;
  readonly location: SourceLocation;
}

export interface ControlLink extends GroupLink {
  readonly protocol: number;
}

export interface RedundancyGroup {
  readonly id: number;
  /** The `group N` line. */
  readonly location: SourceLocation;
  readonly name: Field<string> | null;
  readonly preempt: Field<boolean>;
  /** Default 100 [NF], marked isDefault. */
  readonly priority: Field<number>;
  /** null when no threshold is configured (no threshold test). */
  readonly failoverThreshold: Field<number> | null;
  /** True when written with the legacy `failover-threshold` keyword. */
  readonly legacyThresholdSyntax: boolean;
  readonly tracks: readonly GroupTrack[];
  /** `timers delay` in ms; default 30 s. */
  readonly delayMs: Field<number>;
  /** `timers … reload` in ms; default 60 s. */
  readonly reloadMs: Field<number>;
  readonly control: ControlLink | null;
  readonly data: GroupLink | null;
  /** Group-level `asymmetric-routing …` lines, normalized text. */
  readonly asymmetricRouting: readonly Field<string>[];
  readonly shutdown: Field<boolean>;
}

export type ProtocolAuthentication =
  | { readonly kind: "none"; readonly location: SourceLocation | null }
  | { readonly kind: "text"; readonly secret: Secret; readonly location: SourceLocation }
  | { readonly kind: "md5-key-string"; readonly secret: Secret; readonly location: SourceLocation }
  | { readonly kind: "md5-key-chain"; readonly keyChain: string; readonly location: SourceLocation };

export interface RedundancyProtocol {
  readonly id: number;
  /** The `protocol N` line; null when the protocol is only referenced and defaults apply. */
  readonly location: SourceLocation | null;
  readonly name: Field<string> | null;
  /** Default 3000 ms. */
  readonly helloMs: Field<number>;
  /** Default 10000 ms. */
  readonly holdMs: Field<number>;
  /** The `timers hellotime … holdtime …` line, when configured. */
  readonly timersLocation: SourceLocation | null;
  readonly authentication: ProtocolAuthentication;
  /** `bfd`; on by default per the configuration guide [C S1]. */
  readonly bfd: Field<boolean>;
}

export interface RedundancyApplication {
  /** The `redundancy` line. */
  readonly location: SourceLocation;
  readonly mode: Field<string> | null;
  /** The `application redundancy` line; null when absent. */
  readonly applicationLocation: SourceLocation | null;
  readonly groups: ReadonlyMap<number, RedundancyGroup>;
  /** Protocol blocks as configured (not the defaulted references). */
  readonly protocols: ReadonlyMap<number, RedundancyProtocol>;
}

// ── Tracking ────────────────────────────────────────────────────────────────────────────────

export type TrackTarget =
  | {
      readonly kind: "interface";
      readonly interface: string;
      readonly condition: "line-protocol" | "ip-routing" | "ipv6-routing";
    }
  | { readonly kind: "ip-sla"; readonly sla: number; readonly condition: "reachability" | "state" }
  | { readonly kind: "other"; readonly text: string };

export interface TrackObject {
  readonly id: number;
  readonly target: TrackTarget;
  readonly location: SourceLocation;
}

export interface IpSla {
  readonly id: number;
  /** e.g. `icmp-echo 192.0.2.1 source-interface GigabitEthernet0/0/1`; null when the block is empty. */
  readonly operation: Field<string> | null;
  readonly location: SourceLocation;
}

// ── NAT ─────────────────────────────────────────────────────────────────────────────────────

export interface NatPool {
  readonly name: string;
  readonly start: string;
  readonly end: string;
  /** Normalized to a prefix length whether written as `netmask` or `prefix-length`. */
  readonly prefixLength: number | null;
  /** Other pool options, normalized and sorted (e.g. `type match-host`). */
  readonly options: readonly string[];
  readonly location: SourceLocation;
}

export type NatRuleKind = "static" | "list" | "route-map";

export interface NatRule {
  readonly direction: "inside" | "outside";
  /** `source` or `destination`. */
  readonly target: "source" | "destination";
  readonly kind: NatRuleKind;
  /** static: local and global addresses (with protocol and ports for port forwards). */
  readonly local: string | null;
  readonly global: string | null;
  readonly protocol: "tcp" | "udp" | null;
  readonly localPort: number | null;
  readonly globalPort: number | null;
  /** list/route-map: the ACL or route-map name (ACL numbers as strings). */
  readonly match: string | null;
  /** The pool name, or null. */
  readonly pool: string | null;
  /** `interface X overload`: the normalized interface name. */
  readonly overloadInterface: string | null;
  /** static port forward to an interface's address (`static tcp L LP interface X GP`): normalized name. */
  readonly globalInterface: string | null;
  readonly vrf: string | null;
  /** `redundancy N` (number: RG) or `redundancy NAME` (legacy HSRP stateful NAT); null when absent. */
  readonly redundancy: Field<number | string> | null;
  readonly mappingId: Field<number> | null;
  /** Sorted flag keywords: overload, reversible, match-in-vrf, extendable, no-alias, add-route, … */
  readonly options: readonly string[];
  /**
   * The normalized identity of the rule without its redundancy association: direction, target,
   * kind, addresses or list/pool, vrf and options, so the same rule written in another keyword
   * order has the same identity.
   */
  readonly identity: string;
  readonly location: SourceLocation;
}

export interface NatConfig {
  readonly pools: ReadonlyMap<string, NatPool>;
  readonly rules: readonly NatRule[];
  /** `ip nat switchover replication http [port N]`. */
  readonly httpReplication: Field<{ readonly port: number | null }> | null;
  /** `no ip nat service …` lines (ALGs turned off), normalized text. */
  readonly disabledServices: readonly Field<string>[];
}

// ── Access lists ────────────────────────────────────────────────────────────────────────────

export interface AclEntry {
  /** The entry normalized: sequence numbers dropped, wildcards canonical (`host`, `any`). */
  readonly normalized: string;
  readonly sequence: number | null;
  readonly location: SourceLocation;
}

export interface AccessList {
  readonly name: string;
  readonly kind: "standard" | "extended";
  readonly entries: readonly AclEntry[];
  /** The `ip access-list …` line, or the first numbered `access-list N` line. */
  readonly location: SourceLocation;
}

// ── Firewall ───────────────────────────────────────────────────────────────────────────────

export interface Zone {
  readonly name: string;
  readonly location: SourceLocation;
}

export interface ZonePair {
  readonly name: string;
  readonly source: string;
  readonly destination: string;
  readonly servicePolicy: string | null;
  readonly location: SourceLocation;
}

export interface InspectGlobal {
  readonly location: SourceLocation;
  /** The `redundancy` line under `parameter-map type inspect global`, or null. */
  readonly redundancy: SourceLocation | null;
}

export interface FirewallConfig {
  readonly zones: ReadonlyMap<string, Zone>;
  readonly zonePairs: readonly ZonePair[];
  readonly inspectGlobal: InspectGlobal | null;
}

// ── Chassis and pair ──────────────────────────────────────────────────────────────────────

export interface KeyChain {
  readonly name: string;
  readonly keys: ReadonlyMap<number, { readonly secret: Secret | null; readonly location: SourceLocation }>;
  readonly location: SourceLocation;
}

export interface Chassis {
  /** The file as given on the command line. */
  readonly file: string;
  /** `hostname X`, or null. */
  readonly hostname: Field<string> | null;
  /** How messages name this chassis: the hostname, or the file's base name. */
  readonly displayName: string;
  readonly version: Field<string> | null;
  readonly interfaces: ReadonlyMap<string, Interface>;
  readonly redundancy: RedundancyApplication | null;
  readonly tracks: ReadonlyMap<number, TrackObject>;
  readonly ipSlas: ReadonlyMap<number, IpSla>;
  readonly nat: NatConfig;
  /**
   * The access lists NAT rules use (`… source list NAME …`), by name: the only lists redundancy
   * depends on. Other lists are not parsed (their lines count as ignored).
   */
  readonly acls: ReadonlyMap<string, AccessList>;
  readonly firewall: FirewallConfig;
  readonly keyChains: ReadonlyMap<string, KeyChain>;
  /** `voice service voip` / `redundancy-group N`: a CUBE HA chassis. */
  readonly cubeRedundancyGroup: Field<number> | null;
  /**
   * The stage-1 tree (for drift diffs and inline suppressions). Not enumerable: it holds every
   * line verbatim (secrets included) and parent links, so `JSON.stringify(chassis)` skips it.
   */
  readonly tree: ConfigTree;
  /** Reader and grammar diagnostics (misindentation, duplicates, unrecognized lines, …). */
  readonly diagnostics: readonly Diagnostic[];
  /** Whether any line was recognized as IOS configuration. */
  readonly looksLikeConfig: boolean;
  /** How many command lines the grammar understood, ignored on purpose, or did not recognize. */
  readonly lineCounts: LineClassCounts;
}

/** How a field is compared between the chassis. */
export type FieldPolicy = "must-match" | "per-chassis" | "local";

/** Two elements matched between the chassis by a key; either side may be missing. */
export interface Match<T> {
  readonly key: string;
  readonly a: T | null;
  readonly b: T | null;
}

export interface Pair {
  readonly a: Chassis;
  readonly b: Chassis;
  /** Interfaces matched by RII (key: the RII number). Interfaces without RII are not matched. */
  readonly interfacesByRii: readonly Match<Interface>[];
  /** Redundancy groups matched by number. */
  readonly groups: readonly Match<RedundancyGroup>[];
  /** Protocol instances matched by number (configured blocks only). */
  readonly protocols: readonly Match<RedundancyProtocol>[];
  /** NAT rules matched by normalized identity (`NatRule.identity`). */
  readonly natRules: readonly Match<NatRule>[];
}
