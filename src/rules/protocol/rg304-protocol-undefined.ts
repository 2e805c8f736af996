import type { ChassisRule } from "../types.js";
import { groupsOf, protocolBlock } from "./links.js";

export const rg304: ChassisRule = {
  id: "RG304",
  name: "protocol-undefined",
  level: "warning",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "inferred",
  shortDescription:
    "A group's `control IF protocol N` names a protocol instance that has no `protocol N` block.",
  fullDescription:
    "`control <interface> protocol N` attaches the hello/hold protocol instance N to the group's control link. When no `protocol N` block exists, the instance runs with its defaults (hellotime 3 s, holdtime 10 s, no authentication, BFD on) without saying so. Cisco's own examples reference protocol 1 without a block, so this is not an error, but a block that was meant to apply (and that the engineer tuned or secured) may simply have another number.",
  check({ chassis, side }, report) {
    const configured = [...(chassis.redundancy?.protocols.values() ?? [])]
      .filter((p) => p.location !== null)
      .map((p) => p.id)
      .sort((x, y) => x - y);
    for (const group of groupsOf(chassis)) {
      const control = group.control;
      if (control === null) continue;
      if (protocolBlock(chassis, control.protocol) !== null) continue;
      const others =
        configured.length === 0
          ? "the chassis has no protocol block at all"
          : `the chassis configures ${configured.length === 1 ? "protocol" : "protocols"} ${configured.join(", ")}`;
      report({
        message: `${chassis.displayName}'s group ${group.id} uses protocol ${control.protocol} on ${control.interface}, but there is no \`protocol ${control.protocol}\` block, so its defaults apply (hellotime 3 s, holdtime 10 s, no authentication); ${others}.`,
        location: control.location,
        side,
        fix: `Add \`protocol ${control.protocol}\` under \`application redundancy\` with the intended timers and authentication, or point the control line at the protocol instance that is configured; do the same on the peer.`,
        subject: `group=${group.id}:protocol=${control.protocol}`,
      });
    }
  },
};
