/**
 * NAT state per redundancy group: which NAT rules belong to the group (`redundancy N`), which of
 * its dynamic rules have no identical twin on the peer (same normalized rule, group and
 * mapping-id), and which chassis lack `ip nat switchover replication http`.
 */
import type { NatRule, Pair } from "../model/types.js";
import type { Side } from "./types.js";

export interface GroupNat {
  /** Any NAT rule of either chassis is associated with the group. */
  readonly hasNat: boolean;
  readonly dynamicRules: number;
  readonly unpaired: ReadonlyArray<{
    readonly side: Side;
    readonly rule: NatRule;
    readonly peer: NatRule | null;
  }>;
}

export interface PairNat {
  readonly groups: ReadonlyMap<number, GroupNat>;
  readonly httpMissingOn: readonly Side[];
  /** `ip nat switchover replication http` lines, for the reasons. */
  readonly http: { readonly a: NatRule["location"] | null; readonly b: NatRule["location"] | null };
}

const NONE: GroupNat = { hasNat: false, dynamicRules: 0, unpaired: [] };

function groupOf(rule: NatRule): number | null {
  const value = rule.redundancy?.value;
  return typeof value === "number" ? value : null;
}

const CACHE = new WeakMap<Pair, PairNat>();

export function pairNat(pair: Pair): PairNat {
  const cached = CACHE.get(pair);
  if (cached !== undefined) return cached;
  const groups = new Map<
    number,
    {
      hasNat: boolean;
      dynamic: Set<NatRule>;
      paired: Set<NatRule>;
      unpaired: Map<NatRule, { side: Side; rule: NatRule; peer: NatRule | null }>;
    }
  >();
  const entry = (g: number) => {
    let e = groups.get(g);
    if (e === undefined) {
      e = { hasNat: true, dynamic: new Set(), paired: new Set(), unpaired: new Map() };
      groups.set(g, e);
    }
    return e;
  };
  for (const match of pair.natRules) {
    for (const side of ["a", "b"] as const) {
      const rule = match[side];
      if (rule === null) continue;
      const g = groupOf(rule);
      if (g === null) continue;
      const e = entry(g);
      if (rule.kind === "static") continue; // static translations need no session state
      e.dynamic.add(rule);
      const peer = match[side === "a" ? "b" : "a"];
      const paired =
        peer !== null &&
        groupOf(peer) === g &&
        (peer.mappingId?.value ?? null) === (rule.mappingId?.value ?? null);
      // A rule repeated on one side appears in several matches: paired once is paired.
      if (paired) e.paired.add(rule);
      else if (!e.unpaired.has(rule)) e.unpaired.set(rule, { side, rule, peer });
    }
  }
  const out = new Map<number, GroupNat>();
  for (const [g, e] of groups) {
    const unpaired = [...e.unpaired.values()]
      .filter((u) => !e.paired.has(u.rule))
      .sort((x, y) => x.side.localeCompare(y.side) || x.rule.location.line - y.rule.location.line);
    out.set(g, { hasNat: e.hasNat, dynamicRules: e.dynamic.size, unpaired });
  }
  const httpMissingOn: Side[] = [];
  if (pair.a.nat.httpReplication === null) httpMissingOn.push("a");
  if (pair.b.nat.httpReplication === null) httpMissingOn.push("b");
  const result: PairNat = {
    groups: out,
    httpMissingOn,
    http: {
      a: pair.a.nat.httpReplication?.location ?? null,
      b: pair.b.nat.httpReplication?.location ?? null,
    },
  };
  CACHE.set(pair, result);
  return result;
}

export function groupNat(nat: PairNat, group: number): GroupNat {
  return nat.groups.get(group) ?? NONE;
}

/** `inside source list NAT-G1 pool POOL-G1 overload` (redundancy 1 mapping-id 11). */
export function natRuleText(rule: NatRule): string {
  const words: string[] = [rule.direction, rule.target, rule.kind, rule.match ?? "?"];
  if (rule.pool !== null) words.push("pool", rule.pool);
  if (rule.vrf !== null) words.push("vrf", rule.vrf);
  words.push(...rule.options);
  const assoc: string[] = [];
  if (rule.redundancy !== null) assoc.push(`redundancy ${rule.redundancy.value}`);
  if (rule.mappingId !== null) assoc.push(`mapping-id ${rule.mappingId.value}`);
  return `\`ip nat ${words.join(" ")}\`${assoc.length > 0 ? ` (${assoc.join(" ")})` : ""}`;
}
