import type { Chassis, Interface, InterfaceGroupAssociation } from "../../model/types.js";
import type { PairRule, Side } from "../types.js";
import { describeInterface, pairingLine, relatedOn, riiTwins } from "./paired.js";

/** Group numbers of an interface's `redundancy group` lines, ascending. */
function groupsOf(iface: Interface): number[] {
  return [...new Set(iface.groups.map((g) => g.group))].sort((x, y) => x - y);
}

/** The first `redundancy group` line of `iface` whose group is not in `others`, else its first one. */
function firstDiffering(iface: Interface, others: readonly number[]): InterfaceGroupAssociation {
  return iface.groups.find((g) => !others.includes(g.group)) ?? iface.groups[0]!;
}

function listGroups(groups: readonly number[]): string {
  return groups.length === 1 ? `group ${groups[0]}` : `groups ${groups.join(" and ")}`;
}

export const rg103: PairRule = {
  id: "RG103",
  name: "rii-group-mismatch",
  level: "error",
  tags: ["pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription:
    "Interfaces paired by RII belong to different redundancy groups, or only one of them has `redundancy group`.",
  fullDescription:
    "Interfaces with the same RII are the two ends of one redundant segment; the redundancy group on the interface decides which chassis owns the segment's virtual IP and whose priority a link failure decrements. When the twins name different groups, or only one of them has a `redundancy group` line, the segment follows one group on one chassis and another (or none) on the peer: after a switchover of the group the virtual IP can end up active on both chassis or on neither, and an interface failure lowers the wrong group's priority.",
  check({ pair }, report) {
    for (const { rii, a, b } of riiTwins(pair)) {
      // The usual twins, one `redundancy group` line each for the same group, agree: no lists built.
      if (a.groups.length === 1 && b.groups.length === 1 && a.groups[0]!.group === b.groups[0]!.group)
        continue;
      const groupsA = groupsOf(a);
      const groupsB = groupsOf(b);
      if (groupsA.join(",") === groupsB.join(",")) continue;
      if (groupsA.length === 0 || groupsB.length === 0) {
        // Only one twin has a group: the finding goes where the group line is missing.
        const [side, lacking, lackingChassis, having, havingChassis]: [
          Side,
          Interface,
          Chassis,
          Interface,
          Chassis,
        ] = groupsA.length === 0 ? ["a", a, pair.a, b, pair.b] : ["b", b, pair.b, a, pair.a];
        const groups = groupsOf(having);
        report({
          message: `${describeInterface(lackingChassis, lacking)} has no \`redundancy group\`, but its twin on ${havingChassis.displayName} (${having.name}) belongs to ${listGroups(groups)}.`,
          location: pairingLine(lacking),
          side,
          related: [
            relatedOn(havingChassis, having.groups[0]!.location, `\`redundancy group\` of ${having.name}`),
          ],
          fix: `Add the same \`redundancy group ${groups[0]} …\` line to ${lacking.name} on ${lackingChassis.displayName} as on ${havingChassis.displayName}, or remove it from ${having.name} if the segment is not meant to follow a group.`,
          subject: `rii=${rii}`,
        });
        continue;
      }
      // A twin whose groups are a strict subset of the other's lacks a group: the finding goes there.
      // Otherwise the twins simply disagree and the finding goes on chassis B.
      const aLacks = groupsA.every((g) => groupsB.includes(g));
      const [side, own, ownChassis, ownGroups, peer, peerChassis, peerGroups]: [
        Side,
        Interface,
        Chassis,
        number[],
        Interface,
        Chassis,
        number[],
      ] = aLacks
        ? ["a", a, pair.a, groupsA, b, pair.b, groupsB]
        : ["b", b, pair.b, groupsB, a, pair.a, groupsA];
      const ownLine = firstDiffering(own, peerGroups);
      const peerLine = firstDiffering(peer, ownGroups);
      report({
        message: `${describeInterface(ownChassis, own)} belongs to ${listGroups(ownGroups)}, but its twin on ${peerChassis.displayName} (${peer.name}) belongs to ${listGroups(peerGroups)}.`,
        location: ownLine.location,
        side,
        related: [
          relatedOn(peerChassis, peerLine.location, `\`redundancy group ${peerLine.group}\` of ${peer.name}`),
        ],
        fix: `Put both twins with RII ${rii} in the same redundancy group(s): the group whose virtual IP and priority this segment is meant to follow.`,
        subject: `rii=${rii}`,
      });
    }
  },
};
