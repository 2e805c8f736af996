/**
 * Two chassis → Pair: the elements that belong together, matched by key with maps (linear).
 * Every match keeps both sides, so a finding can point at both lines.
 */
import type {
  Chassis,
  Interface,
  Match,
  NatRule,
  Pair,
  RedundancyGroup,
  RedundancyProtocol,
} from "./types.js";

/**
 * Matches the items of two lists by key. Keys present on one side only give a match with a null
 * side. A key repeated on one side (an RII on two interfaces) pairs the i-th with the i-th and
 * the extra ones with the peer's first, so every item appears in a match and a key present on
 * both sides never yields a null side.
 *
 * Order: by `order` of the key when given, else A's order followed by keys found only on B.
 */
export function matchByKey<T>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  order?: (x: string, y: string) => number,
): Match<T>[] {
  const byA = new Map<string, T[]>();
  const byB = new Map<string, T[]>();
  for (const item of a) append(byA, key(item), item);
  for (const item of b) append(byB, key(item), item);
  const keys = [...byA.keys()];
  for (const k of byB.keys()) if (!byA.has(k)) keys.push(k);
  if (order !== undefined) keys.sort(order);
  const out: Match<T>[] = [];
  for (const k of keys) {
    const as = byA.get(k) ?? [];
    const bs = byB.get(k) ?? [];
    const n = Math.max(as.length, bs.length);
    for (let i = 0; i < n; i++) {
      out.push({ key: k, a: as[i] ?? as[0] ?? null, b: bs[i] ?? bs[0] ?? null });
    }
  }
  return out;
}

function append<T>(map: Map<string, T[]>, k: string, item: T): void {
  const list = map.get(k);
  if (list === undefined) map.set(k, [item]);
  else list.push(item);
}

const numeric = (x: string, y: string): number => Number(x) - Number(y) || x.localeCompare(y);

export function buildPair(a: Chassis, b: Chassis): Pair {
  const withRii = (c: Chassis): Interface[] => [...c.interfaces.values()].filter((i) => i.rii !== null);
  const groups = (c: Chassis): RedundancyGroup[] => [...(c.redundancy?.groups.values() ?? [])];
  const protocols = (c: Chassis): RedundancyProtocol[] => [...(c.redundancy?.protocols.values() ?? [])];
  return {
    a,
    b,
    interfacesByRii: matchByKey(withRii(a), withRii(b), (i) => String(i.rii!.id), numeric),
    groups: matchByKey(groups(a), groups(b), (g) => String(g.id), numeric),
    protocols: matchByKey(protocols(a), protocols(b), (p) => String(p.id), numeric),
    natRules: matchByKey<NatRule>(a.nat.rules, b.nat.rules, (r) => r.identity),
  };
}
