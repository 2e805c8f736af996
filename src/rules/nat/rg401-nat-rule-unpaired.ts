import type { NatRule } from "../../model/types.js";
import type { PairRule, RelatedLocation, Side } from "../types.js";
import { associationText, hasRedundancy, natRuleText, relatedOn, ruleDifferences } from "./nat-common.js";

/**
 * The peer rule an engineer will want to compare an unpaired rule with, when one is obvious:
 * among the peer's rules of the same direction, target and kind that have no twin either, the one
 * that shares the most with `own` (the local address or the ACL first, then the global address or
 * pool, then the redundancy group and mapping-id). A tie at the top means nothing is obvious.
 */
function mostSimilarPeerRule(own: NatRule, candidates: readonly NatRule[]): NatRule | null {
  let best: NatRule | null = null;
  let bestScore = 0;
  let tie = false;
  for (const peer of candidates) {
    if (peer.direction !== own.direction || peer.target !== own.target || peer.kind !== own.kind) continue;
    let score = 0;
    if (own.kind === "static") {
      if (peer.local === own.local && peer.localPort === own.localPort && peer.protocol === own.protocol)
        score += 4;
      if (
        peer.global === own.global &&
        peer.globalPort === own.globalPort &&
        peer.globalInterface === own.globalInterface
      )
        score += 2;
    } else {
      if (peer.match === own.match) score += 4;
      if (
        (peer.pool !== null && peer.pool === own.pool) ||
        (peer.overloadInterface !== null && peer.overloadInterface === own.overloadInterface)
      )
        score += 2;
    }
    if (
      own.mappingId !== null &&
      peer.mappingId?.value === own.mappingId.value &&
      peer.redundancy?.value === own.redundancy?.value
    )
      score += 1;
    if (score === 0) continue;
    if (score > bestScore) {
      best = peer;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  return tie ? null : best;
}

export const rg401: PairRule = {
  id: "RG401",
  name: "nat-rule-unpaired",
  level: "error",
  tags: ["nat", "pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription: "A NAT rule with a `redundancy` association has no identical rule on the peer.",
  fullDescription:
    'Cisco: all NAT rules that have redundancy group associations and mapping IDs "must be identical on both devices, or NAT sessions will not be synchronized between devices and NAT redundancy will not work". Rules are compared as the model normalizes them (direction, kind, addresses and ports, ACL or route-map, pool or interface, VRF and flag keywords, in any keyword order), not as text. A rule that exists on one chassis only has no twin to receive its sessions: at switchover its translations are lost and its traffic is translated differently, or not at all.',
  check({ pair }, report) {
    const chassisOf = { a: pair.a, b: pair.b } as const;
    const unpaired: Record<Side, NatRule[]> = { a: [], b: [] };
    for (const match of pair.natRules) {
      if (match.a !== null && match.b === null) unpaired.a.push(match.a);
      if (match.b !== null && match.a === null) unpaired.b.push(match.b);
    }
    for (const side of ["a", "b"] as const) {
      const peerSide: Side = side === "a" ? "b" : "a";
      const own = chassisOf[side];
      const peer = chassisOf[peerSide];
      for (const rule of unpaired[side]) {
        if (!hasRedundancy(rule)) continue;
        const similar = mostSimilarPeerRule(rule, unpaired[peerSide]);
        const related: RelatedLocation[] = [];
        let hint = `${peer.displayName} has no NAT rule with this identity`;
        if (similar !== null) {
          related.push(relatedOn(peer, similar.location, `closest NAT rule (${associationText(similar)})`));
          const diffs = ruleDifferences(rule, similar);
          hint = `the closest rule on ${peer.displayName} (line ${similar.location.line}) differs in ${diffs.join(", ") || "its keywords"}`;
        }
        report({
          message: `${own.displayName}'s NAT rule \`${natRuleText(rule)}\` (${associationText(rule)}) has no identical rule on ${peer.displayName}: its sessions are not synchronized and are lost at switchover; ${hint}.`,
          location: rule.location,
          side,
          related,
          fix: `Configure the same rule, with the same \`${associationText(rule)}\`, on ${peer.displayName}, or correct the rule that was meant to match it; NAT rules with a redundancy association must be identical on both chassis.`,
          subject: `nat=${rule.identity}:${side}`,
        });
      }
    }
  },
};
