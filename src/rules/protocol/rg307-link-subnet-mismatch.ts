import type { Chassis, GroupLink, Interface, Ipv4Address, RedundancyGroup } from "../../model/types.js";
import { sameSubnet } from "../net.js";
import type { PairRule } from "../types.js";
import type { LinkRole } from "./links.js";

interface Side {
  readonly chassis: Chassis;
  readonly link: GroupLink;
  readonly iface: Interface;
  readonly ipv4: Ipv4Address;
  /** `data` names the same interface as `control` on this chassis. */
  readonly shared: boolean;
}

function sideOf(chassis: Chassis, group: RedundancyGroup, role: LinkRole): Side | null {
  const link = role === "control" ? group.control : group.data;
  if (link === null) return null;
  const iface = chassis.interfaces.get(link.interface);
  // No static address (RG305), or a mask IOS rejects (an invalid value, not a subnet question).
  if (iface === undefined || iface.ipv4 === null || iface.ipv4.prefixLength < 0) return null;
  const shared =
    group.control !== null && group.data !== null && group.control.interface === group.data.interface;
  return { chassis, link, iface, ipv4: iface.ipv4, shared };
}

function prefix(ip: Ipv4Address): string {
  return `${ip.address}/${ip.prefixLength}`;
}

export const rg307: PairRule = {
  id: "RG307",
  name: "link-subnet-mismatch",
  level: "error",
  tags: ["pairing", "correctness"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "The two chassis' control (or data) interfaces of a group are not in the same IPv4 subnet.",
  fullDescription:
    "The control and data links are point-to-point IPv4 links between the chassis: hellos and state sync go from one chassis' control (data) interface address to the peer's. When the two interfaces are not in the same subnet (different networks or different masks), the peer is not on the link: with the control link the chassis do not hear each other and both become active; with the data link the standby receives no state.",
  check({ pair }, report) {
    for (const match of pair.groups) {
      if (match.a === null || match.b === null) continue;
      for (const role of ["control", "data"] as const) {
        const a = sideOf(pair.a, match.a, role);
        const b = sideOf(pair.b, match.b, role);
        if (a === null || b === null) continue;
        // Where data shares the control interface on both chassis, the control finding covers it.
        if (role === "data" && a.shared && b.shared) continue;
        if (sameSubnet(a.ipv4, b.ipv4)) continue;
        const label = role === "control" && a.shared && b.shared ? "control and data" : role;
        const why =
          a.ipv4.prefixLength !== b.ipv4.prefixLength
            ? `the masks differ (/${b.ipv4.prefixLength} and /${a.ipv4.prefixLength})`
            : "they are different networks";
        report({
          message: `${pair.b.displayName}'s group ${match.b.id} ${label} interface ${b.iface.name} (${prefix(b.ipv4)}) is not in the same IPv4 subnet as ${pair.a.displayName}'s ${a.iface.name} (${prefix(a.ipv4)}): ${why}, so ${role === "control" ? "the chassis do not hear each other's hellos and both become active" : "the standby receives no state, so a switchover is not stateful"}.`,
          location: b.link.location,
          side: "b",
          related: [
            {
              location: a.link.location,
              message: `group ${match.a.id} ${role} line on ${pair.a.displayName}`,
            },
            { location: b.ipv4.location, message: `address of ${b.iface.name} on ${pair.b.displayName}` },
            { location: a.ipv4.location, message: `address of ${a.iface.name} on ${pair.a.displayName}` },
          ],
          fix: `Put both chassis' ${label} interfaces in one IPv4 subnet with the same mask (a dedicated /30 or /31 for a back-to-back link), or correct the ${role} line to name the interface that faces the peer.`,
          subject: `group=${match.b.id}:${role}`,
        });
      }
    }
  },
};
