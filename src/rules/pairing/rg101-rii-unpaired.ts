import type { Chassis, Interface } from "../../model/types.js";
import { peerSide } from "../describe.js";
import type { PairRule, RelatedLocation, Side } from "../types.js";
import { peerCounterpart } from "./counterpart.js";

export const rg101: PairRule = {
  id: "RG101",
  name: "rii-unpaired",
  level: "error",
  tags: ["pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription: "An RII on one chassis has no interface with the same RII on the peer.",
  fullDescription:
    'The redundancy interface identifier (RII) pairs an interface with its twin on the peer chassis; it must be the same on both for the same segment (Cisco: "This number must match the RII of the other interface in the redundancy group"). An RII without a twin means the segment\'s state is not paired: the virtual MAC differs, firewall and NAT state for it is not matched, and at failover traffic on that segment is not taken over.',
  check({ pair }, report) {
    for (const match of pair.interfacesByRii) {
      const [side, own, ownChassis, peerChassis]: [Side, Interface | null, Chassis, Chassis] =
        match.a !== null ? ["a", match.a, pair.a, pair.b] : ["b", match.b, pair.b, pair.a];
      if (own === null || own.rii === null) continue;
      if (match.a !== null && match.b !== null) continue;
      const twin = peerCounterpart(own, peerChassis);
      const related: RelatedLocation[] = [];
      if (twin !== null) {
        related.push({
          location: twin.rii?.location ?? twin.location,
          message: `${twin.name} on ${peerChassis.displayName}${twin.rii ? ` (RII ${twin.rii.id})` : " (no RII)"}`,
        });
      }
      const peerHint =
        twin === null
          ? `no interface on ${peerChassis.displayName} has RII ${own.rii.id}`
          : `${peerChassis.displayName}'s ${twin.name} has ${twin.rii ? `RII ${twin.rii.id}` : "no RII"}`;
      report({
        message: `RII ${own.rii.id} on ${ownChassis.displayName} ${own.name} has no twin on ${peerChassis.displayName}: ${peerHint}.`,
        location: own.rii.location,
        side,
        related,
        fix: `Configure \`redundancy rii ${own.rii.id}\` on the interface of ${peerChassis.displayName} that serves the same segment (${peerSide(side)}), or correct the RII here.`,
        subject: `rii=${own.rii.id}:${side}`,
      });
    }
  },
};
