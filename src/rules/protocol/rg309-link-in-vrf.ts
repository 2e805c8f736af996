import type { ChassisRule, RelatedLocation } from "../types.js";
import { distinctLinks, groupsOf, linkLabel, linkNoun } from "./links.js";

export const rg309: ChassisRule = {
  id: "RG309",
  name: "link-in-vrf",
  level: "warning",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "A group's control or data interface is in a VRF.",
  fullDescription:
    "Cisco's CUBE guides say \"Do not configure VRF on RG Control and Data interface\", and the RG infrastructure's examples all run the control and data links in the global routing table. A control or data interface in a VRF (often the management VRF, by a second `interface` stanza pasted in) risks hellos and state sync that never reach the peer, which leaves both chassis active or the standby without state.",
  check({ chassis, side }, report) {
    for (const group of groupsOf(chassis)) {
      for (const link of distinctLinks(chassis, group)) {
        const iface = link.iface;
        if (iface === null || iface.vrf === null) continue;
        const related: RelatedLocation[] = [
          {
            location: iface.vrf.location ?? iface.location,
            message: `\`vrf forwarding ${iface.vrf.value}\` on ${iface.name} (${chassis.displayName})`,
          },
        ];
        if (link.sharedData !== null) {
          related.push({
            location: link.sharedData,
            message: `the data line of group ${group.id} names the same interface`,
          });
        }
        report({
          message: `${chassis.displayName}'s group ${group.id} ${linkNoun(link)} ${iface.name} is in VRF ${iface.vrf.value}: Cisco documents the control and data links in the global routing table only ("Do not configure VRF on RG Control and Data interface").`,
          location: link.location,
          side,
          related,
          fix: `Remove \`vrf forwarding ${iface.vrf.value}\` from ${iface.name} (then configure its IPv4 address again: applying or removing a VRF clears it), or use a dedicated interface in the global table for the ${linkLabel(link)} link, on both chassis.`,
          subject: `group=${group.id}:${link.role}=${iface.name}`,
        });
      }
    }
  },
};
