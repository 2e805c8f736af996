import type { Chassis, RedundancyGroup } from "../../model/types.js";
import type { PairRule, RelatedLocation, Side } from "../types.js";
import { describeDefinedGroups } from "./where.js";

export const rg201: PairRule = {
  id: "RG201",
  name: "group-unpaired",
  level: "error",
  tags: ["pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription: "A redundancy group is defined on one chassis only.",
  fullDescription:
    "A redundancy group is a pair of peers: each chassis runs its half of the group and they elect the active one over the control link. Cisco requires the application redundancy configuration to be the same on both devices, or sessions are not synchronized and redundancy does not work. A group defined on one chassis only has no peer: it goes active there alone, nothing takes it over when that chassis fails, and the NAT, firewall and virtual IPs tied to it are not protected.",
  check({ pair }, report) {
    for (const match of pair.groups) {
      if (match.a !== null && match.b !== null) continue;
      const [side, group, own, peer]: [Side, RedundancyGroup | null, Chassis, Chassis] =
        match.a !== null ? ["a", match.a, pair.a, pair.b] : ["b", match.b, pair.b, pair.a];
      if (group === null) continue;
      const related: RelatedLocation[] = [];
      const peerBlock = peer.redundancy?.applicationLocation ?? peer.redundancy?.location ?? null;
      if (peerBlock !== null) {
        related.push({
          location: peerBlock,
          message: `${peer.redundancy?.applicationLocation ? "`application redundancy`" : "`redundancy`"} on ${peer.displayName} (no group ${group.id})`,
        });
      }
      const peerState =
        (peer.redundancy?.applicationLocation ?? null) !== null
          ? `${peer.displayName}'s \`application redundancy\` defines ${describeDefinedGroups(peer)}`
          : `${peer.displayName} has no \`application redundancy\` block`;
      report({
        message: `Redundancy group ${group.id} is defined on ${own.displayName} but not on ${peer.displayName}: ${peerState}, so the group has no peer to take it over when ${own.displayName} fails.`,
        location: group.location,
        side,
        related,
        fix: `Configure \`group ${group.id}\` under \`redundancy\` / \`application redundancy\` on ${peer.displayName} with the same name, timers, control and data settings, or remove it from ${own.displayName} together with the interface, NAT and CUBE settings that refer to it.`,
        subject: `group=${group.id}:${side}`,
      });
    }
  },
};
