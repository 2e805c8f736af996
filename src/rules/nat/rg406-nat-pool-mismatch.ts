import type { Chassis, NatPool, NatRule } from "../../model/types.js";
import type { PairRule, Side } from "../types.js";
import { hasRedundancy, inLineOrder, natRuleText, relatedOn } from "./nat-common.js";

function poolText(pool: NatPool): string {
  return `${pool.start}–${pool.end} ${pool.prefixLength === null ? "without netmask" : `/${pool.prefixLength}`}`;
}

function samePool(x: NatPool, y: NatPool): boolean {
  return x.start === y.start && x.end === y.end && x.prefixLength === y.prefixLength;
}

/** The chassis' first NAT rule (in file order) that uses the pool. */
function firstRuleUsing(chassis: Chassis, pool: string): NatRule | null {
  return inLineOrder(chassis.nat.rules).find((r) => r.pool === pool) ?? null;
}

export const rg406: PairRule = {
  id: "RG406",
  name: "nat-pool-mismatch",
  level: "error",
  tags: ["nat", "pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription:
    "A pool used by a redundancy-associated NAT rule is missing on the peer or has another range or netmask.",
  fullDescription:
    "A synchronized NAT session carries its global address to the standby; the standby can only take it over when its pool holds the same addresses. Cisco requires the application redundancy configuration, NAT rules with redundancy associations included, to be identical on both devices. A pool that is missing on the peer, or that has another start, end or netmask there, means sessions translated on one chassis use addresses the other does not own: after a switchover, return traffic for them is not translated back, and new sessions get other addresses. Pools are compared as normalized (`netmask` and `prefix-length` are the same thing).",
  check({ pair }, report) {
    const chassisOf = { a: pair.a, b: pair.b } as const;
    const names = new Set<string>();
    for (const chassis of [pair.a, pair.b]) {
      for (const rule of chassis.nat.rules)
        if (rule.pool !== null && hasRedundancy(rule)) names.add(rule.pool);
    }
    for (const name of [...names].sort()) {
      const poolA = pair.a.nat.pools.get(name) ?? null;
      const poolB = pair.b.nat.pools.get(name) ?? null;
      if (poolA !== null && poolB !== null) {
        if (samePool(poolA, poolB)) continue;
        report({
          message: `${pair.b.displayName}'s NAT pool ${name} is ${poolText(poolB)}, ${pair.a.displayName}'s is ${poolText(poolA)}: sessions translated on one chassis use addresses the other does not hold.`,
          location: poolB.location,
          side: "b",
          related: [relatedOn(pair.a, poolA.location, `NAT pool ${name} (${poolText(poolA)})`)],
          fix: `Define pool ${name} with the same start, end and netmask on both chassis.`,
          subject: `pool=${name}`,
        });
        continue;
      }
      if (poolA === null && poolB === null) continue;
      const [side, present]: [Side, NatPool] = poolA === null ? ["a", poolB!] : ["b", poolA];
      const lacking = chassisOf[side];
      const peer = chassisOf[side === "a" ? "b" : "a"];
      // Without a rule that uses the pool on the lacking chassis there is no line to point at there:
      // the rule itself is missing, which RG401 reports.
      const user = firstRuleUsing(lacking, name);
      if (user === null) continue;
      report({
        message: `${lacking.displayName} has no NAT pool ${name}, which its rule \`${natRuleText(user)}\` uses; ${peer.displayName} defines it as ${poolText(present)}: sessions of this rule cannot be taken over.`,
        location: user.location,
        side,
        related: [relatedOn(peer, present.location, `NAT pool ${name}`)],
        fix: `Define \`ip nat pool ${name} ${present.start} ${present.end}${present.prefixLength === null ? "" : ` prefix-length ${present.prefixLength}`}\` on ${lacking.displayName}, as on ${peer.displayName}.`,
        subject: `pool=${name}`,
      });
    }
  },
};
