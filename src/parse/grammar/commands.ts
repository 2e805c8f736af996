/**
 * What the grammar extracts from one understood line. Values are as written (numbers parsed,
 * not range-checked: out-of-range values are kept for the rules to judge). Interface names are
 * as written; the model normalizes them.
 */

/** A secret as configured. Lives only between the grammar and the model, which hashes it. */
export interface RawSecret {
  readonly encryption: 0 | 7 | null;
  readonly value: string;
}

export interface ParsedNatRule {
  readonly direction: "inside" | "outside";
  readonly target: "source" | "destination";
  readonly kind: "static" | "list" | "route-map";
  /** static: the first and second address as written (or `a.b.c.d/len` for `static network`). */
  readonly first: string | null;
  readonly second: string | null;
  /** static port forward: `tcp` or `udp` and the two ports. */
  readonly protocol: "tcp" | "udp" | null;
  readonly firstPort: number | null;
  readonly secondPort: number | null;
  /** The second address is `interface IF` (static) or the rule overloads `interface IF` (dynamic). */
  readonly interface: string | null;
  /** list/route-map: the ACL or route-map name. */
  readonly match: string | null;
  readonly pool: string | null;
  readonly vrf: string | null;
  readonly redundancy: number | string | null;
  readonly mappingId: number | null;
  /** Flag keywords (lower case) in the order written. */
  readonly flags: readonly string[];
}

export type TrackTargetCommand =
  | {
      readonly kind: "interface";
      readonly interface: string;
      readonly condition: "line-protocol" | "ip-routing" | "ipv6-routing";
    }
  | { readonly kind: "ip-sla"; readonly sla: number; readonly condition: "reachability" | "state" }
  | { readonly kind: "other"; readonly text: string };

export type Command =
  // ── global ───────────────────────────────────────────────────────────────
  | { readonly kind: "hostname"; readonly name: string }
  | { readonly kind: "version"; readonly version: string }
  | { readonly kind: "interface"; readonly name: string }
  | { readonly kind: "redundancy" }
  | {
      readonly kind: "nat-pool";
      readonly name: string;
      readonly start: string;
      readonly end: string;
      readonly netmask: string | null;
      readonly prefixLength: number | null;
      readonly options: readonly string[];
    }
  | { readonly kind: "nat-rule"; readonly rule: ParsedNatRule }
  | { readonly kind: "nat-http-replication"; readonly port: number | null }
  | { readonly kind: "nat-service-disabled"; readonly text: string }
  | { readonly kind: "acl"; readonly aclKind: "standard" | "extended"; readonly name: string }
  | { readonly kind: "acl-numbered"; readonly name: string; readonly entry: readonly string[] }
  | { readonly kind: "track"; readonly id: number; readonly target: TrackTargetCommand }
  | { readonly kind: "ip-sla"; readonly id: number }
  | { readonly kind: "zone"; readonly name: string }
  | {
      readonly kind: "zone-pair";
      readonly name: string;
      readonly source: string;
      readonly destination: string;
    }
  | { readonly kind: "inspect-global" }
  | { readonly kind: "voice-service-voip" }
  | { readonly kind: "key-chain"; readonly name: string }
  // ── redundancy ───────────────────────────────────────────────────────────
  | { readonly kind: "red-mode"; readonly mode: string }
  | { readonly kind: "red-application" }
  | { readonly kind: "red-group"; readonly id: number }
  | { readonly kind: "red-protocol"; readonly id: number }
  | { readonly kind: "group-name"; readonly name: string }
  | { readonly kind: "group-preempt" }
  | {
      readonly kind: "group-priority";
      readonly priority: number;
      readonly threshold: number | null;
      /** Written `failover-threshold` (hyphenated, deprecated). */
      readonly legacy: boolean;
    }
  | {
      readonly kind: "group-track";
      readonly track: number;
      readonly action: "decrement" | "shutdown";
      readonly decrement: number | null;
    }
  /** Seconds as written; `reload` alone is accepted though IOS only prints it after `delay`. */
  | { readonly kind: "group-timers"; readonly delay: number | null; readonly reload: number | null }
  | { readonly kind: "group-control"; readonly interface: string; readonly protocol: number }
  | { readonly kind: "group-data"; readonly interface: string }
  | { readonly kind: "group-asymmetric-routing"; readonly text: string }
  | { readonly kind: "group-shutdown" }
  | { readonly kind: "protocol-name"; readonly name: string }
  | { readonly kind: "protocol-timers"; readonly helloMs: number; readonly holdMs: number }
  | { readonly kind: "protocol-auth-text"; readonly secret: RawSecret }
  | { readonly kind: "protocol-auth-md5-key-string"; readonly secret: RawSecret }
  | { readonly kind: "protocol-auth-md5-key-chain"; readonly keyChain: string }
  | { readonly kind: "protocol-bfd"; readonly enabled: boolean }
  // ── interface ────────────────────────────────────────────────────────────
  | { readonly kind: "if-description"; readonly text: string }
  | {
      readonly kind: "if-ip-address";
      readonly address: string;
      readonly mask: string;
      readonly secondary: boolean;
    }
  /** `ip address dhcp|negotiated|pool NAME`: assigned at run time. */
  | { readonly kind: "if-ip-address-dynamic"; readonly method: "dhcp" | "negotiated" | "pool" }
  | { readonly kind: "if-ip-unnumbered"; readonly interface: string }
  | { readonly kind: "if-no-ip-address" }
  | {
      readonly kind: "if-ipv6-address";
      readonly address: string;
      readonly prefixLength: number | null;
      /** Words after the prefix that IOS would reject (corpus: `X/len 255.255.255.0`); null when clean. */
      readonly extra: string | null;
      /** `link-local`, `eui-64`, `anycast`, or null. */
      readonly qualifier: string | null;
    }
  | { readonly kind: "if-nat-role"; readonly role: "inside" | "outside" }
  | { readonly kind: "if-vrf"; readonly vrf: string }
  | { readonly kind: "if-shutdown"; readonly shutdown: boolean }
  | { readonly kind: "if-rii"; readonly id: number; readonly decrement: number | null }
  | {
      readonly kind: "if-group";
      readonly group: number;
      readonly family: "ipv4" | "ipv6" | "decrement-only";
      readonly vip: string | null;
      readonly exclusive: boolean;
      readonly decrement: number | null;
    }
  | { readonly kind: "if-asymmetric-routing"; readonly text: string }
  | { readonly kind: "if-zone"; readonly zone: string }
  | {
      readonly kind: "if-bfd";
      readonly interval: number;
      readonly minRx: number;
      readonly multiplier: number;
    }
  | { readonly kind: "if-channel-group"; readonly group: number; readonly mode: string | null }
  // ── other blocks ─────────────────────────────────────────────────────────
  | {
      readonly kind: "acl-entry";
      readonly sequence: number | null;
      /** The entry's words after the sequence number (`permit 10.0.0.0 0.0.0.255`). */
      readonly words: readonly string[];
    }
  | { readonly kind: "ip-sla-operation"; readonly text: string }
  | { readonly kind: "zone-pair-service-policy"; readonly policy: string }
  | { readonly kind: "inspect-global-redundancy" }
  | { readonly kind: "voice-redundancy-group"; readonly group: number }
  | { readonly kind: "key"; readonly id: number }
  | { readonly kind: "key-string"; readonly secret: RawSecret };

export type CommandKind = Command["kind"];

/** The command of kind K. */
export type CommandOf<K extends CommandKind> = Extract<Command, { readonly kind: K }>;
