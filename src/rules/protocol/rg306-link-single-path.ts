import type { Chassis, Interface } from "../../model/types.js";
import type { ChassisRule, RelatedLocation } from "../types.js";
import { groupsOf } from "./links.js";

/** Physical Ethernet ports (and their subinterfaces), as normalized by the parser. */
const PHYSICAL = /^(?:[A-Za-z]*Ethernet|[A-Za-z]*GigE)\d/;
const PORT_CHANNEL = /^Port-channel(\d+)(?:\.\d+)?$/;

function bundleMembers(chassis: Chassis, channel: number): Interface[] {
  return [...chassis.interfaces.values()].filter((i) => i.channelGroup?.value === channel);
}

export const rg306: ChassisRule = {
  id: "RG306",
  name: "link-single-path",
  level: "warning",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription:
    "A group's control link is a single physical interface (not a Port-channel): losing it leaves both chassis active.",
  fullDescription:
    'The chassis elect the active one over the control link. Cisco: "A single connection using back-to-back cable or switch presents a single point of failure due to a faulty cable, port, or switch, resulting in error state where both routers are Active", and recommends a port-channel for the control and data links. This rule reports a control link on a physical Ethernet port or one of its subinterfaces, and on a Port-channel bundle with a single member port. Logical interfaces other than Port-channels (BDI, Vlan, …) are not reported: the configuration does not show how many ports carry them.',
  check({ chassis, side }, report) {
    for (const group of groupsOf(chassis)) {
      const control = group.control;
      if (control === null) continue;
      const name = control.interface;
      const subject = `group=${group.id}:control=${name}`;
      const channel = PORT_CHANNEL.exec(name);
      if (channel !== null) {
        const members = bundleMembers(chassis, Number(channel[1]));
        const only = members.length === 1 ? members[0] : undefined;
        if (only === undefined) continue; // two or more members; none shown: cannot tell
        const related: RelatedLocation[] = [
          {
            location: only.channelGroup?.location ?? only.location,
            message: `${only.name}, the only member of Port-channel${channel[1]} on ${chassis.displayName}`,
          },
        ];
        report({
          message: `${chassis.displayName}'s group ${group.id} control link ${name} is a Port-channel with a single member port (${only.name}): if that port or its cable fails, the chassis stop hearing each other and both become active.`,
          location: control.location,
          side,
          related,
          fix: `Add a second member port to Port-channel${channel[1]} (\`channel-group ${channel[1]} mode active\`) on both chassis, cabled over a separate path.`,
          subject,
        });
        continue;
      }
      if (!PHYSICAL.test(name)) continue;
      report({
        message: `${chassis.displayName}'s group ${group.id} control link ${name} is a single physical interface: if that port, its cable or a switch between the chassis fails, the chassis stop hearing each other and both become active.`,
        location: control.location,
        side,
        fix: "Run the control (and data) link over a Port-channel of two or more ports on separate paths (the CUBE guide documents this from IOS XE 16.3.1), the same on both chassis.",
        subject,
      });
    }
  },
};
