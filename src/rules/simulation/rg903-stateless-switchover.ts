import type { NatRule, SourceLocation } from "../../model/types.js";
import { associationText, natRuleText } from "../nat/nat-common.js";
import type { PairRule, RelatedLocation, Side } from "../types.js";
import { listScenarios, other, pairedGroups, related, simulatePair, singleFaultOutcomes } from "./common.js";

function ruleText(rule: NatRule): string {
  return `\`${natRuleText(rule)}\` (${associationText(rule)})`;
}

/** The chassis' NAT rules associated with group `g`, in file order. */
function rulesOfGroup(rules: readonly NatRule[], g: number): NatRule[] {
  return rules
    .filter((r) => r.redundancy?.value === g)
    .sort((x, y) => x.location.line - y.location.line || x.location.column - y.location.column);
}

export const rg903: PairRule = {
  id: "RG903",
  name: "stateless-switchover",
  level: "warning",
  tags: ["simulation", "nat"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "A switchover loses the NAT sessions of a group (its dynamic NAT rules are not paired between the chassis) or its HTTP sessions (no HTTP replication).",
  fullDescription:
    "rglint simulates every single fault of the pair and decides for each switchover whether the group's NAT state survives: every dynamic NAT rule of the group must have an identical twin on the peer (same normalized rule, redundancy group and mapping-id) and the chassis taking over must have been standby-hot; HTTP sessions survive only with `ip nat switchover replication http` on both chassis. When a switchover loses state, users' connections through the translated addresses are reset at the moment the redundancy is supposed to hide the failure. The finding points at the unpaired rule, or at the group's first NAT rule on the chassis that lacks HTTP replication.",
  check({ pair }, report) {
    const simulation = simulatePair(pair);
    for (const { id, a, b } of pairedGroups(pair)) {
      const groups = { a, b } as const;
      const stateless = singleFaultOutcomes(simulation, id).filter(
        ({ outcome }) =>
          outcome.switchover &&
          !outcome.undetermined &&
          outcome.evidence.nat !== null &&
          (outcome.natStateful === false || outcome.httpStateful === false),
      );
      if (stateless.length === 0) continue;
      const first = stateless[0]!;
      const ids = stateless.map((s) => s.scenario.id);
      const switchovers = singleFaultOutcomes(simulation, id).filter((s) => s.outcome.switchover).length;
      const nat = first.outcome.evidence.nat!;
      const share = `in ${ids.length} of ${switchovers} simulated switchover${switchovers === 1 ? "" : "s"} (${listScenarios(ids)})`;

      const unpaired = stateless.some((s) => s.outcome.evidence.nat!.unpaired.length > 0) ? nat.unpaired : [];
      if (unpaired.length > 0) {
        const u = unpaired[0]!;
        const own = pair[u.side];
        const peer = pair[other(u.side)];
        const rel: RelatedLocation[] = [];
        if (u.peer !== null)
          rel.push(related(peer, u.peer.location, "the same NAT rule with another association"));
        else {
          const peerRule = rulesOfGroup(peer.nat.rules, id).find((r) => r.kind !== "static");
          rel.push(
            peerRule !== undefined
              ? related(peer, peerRule.location, `first dynamic NAT rule of group ${id}`)
              : related(peer, groups[other(u.side)].location, `group ${id}`),
          );
        }
        const more =
          unpaired.length > 1
            ? ` (and ${unpaired.length - 1} more unpaired dynamic rule${unpaired.length > 2 ? "s" : ""} of the group)`
            : "";
        report({
          message: `Group ${id} loses NAT sessions ${share}: ${own.displayName}'s ${ruleText(u.rule)} has no identical rule with the same group and mapping-id on ${peer.displayName}${more}, so its translations are not synchronized.`,
          location: u.rule.location,
          side: u.side,
          related: rel,
          fix: `Configure the same rule with the same \`redundancy ${id} mapping-id …\` on both chassis (RG401/RG402 show the differences).`,
          subject: `group=${id}:scenario=${first.scenario.id}:nat`,
        });
      }

      // Without replication on both chassis, every switchover loses the group's HTTP sessions.
      if (nat.httpMissingOn.length > 0) {
        const side: Side = nat.httpMissingOn[0]!;
        const own = pair[side];
        const peer = pair[other(side)];
        const anchor: SourceLocation = rulesOfGroup(own.nat.rules, id)[0]?.location ?? groups[side].location;
        const rel: RelatedLocation[] = [];
        const peerHttp = peer.nat.httpReplication?.location ?? null;
        if (peerHttp !== null) rel.push(related(peer, peerHttp, "`ip nat switchover replication http`"));
        else {
          const peerRule = rulesOfGroup(peer.nat.rules, id)[0];
          rel.push(
            peerRule !== undefined
              ? related(peer, peerRule.location, `first NAT rule of group ${id} (no HTTP replication either)`)
              : related(peer, groups[other(side)].location, `group ${id}`),
          );
        }
        const missing = nat.httpMissingOn.map((s) => pair[s].displayName).join(" and ");
        report({
          message: `Group ${id} loses HTTP sessions ${share}: no \`ip nat switchover replication http\` on ${missing}, so translated HTTP connections are not replicated.`,
          location: anchor,
          side,
          related: rel,
          fix: `Add \`ip nat switchover replication http\` on ${missing}${nat.httpMissingOn.length === 1 ? `, as on ${peer.displayName}` : ""}.`,
          subject: `group=${id}:scenario=${first.scenario.id}:http`,
        });
      }
    }
  },
};
