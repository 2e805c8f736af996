import type { ChassisRule } from "../types.js";
import { holdFixHint, protocolBlock, timerText } from "./links.js";

export const rg301: ChassisRule = {
  id: "RG301",
  name: "hold-not-above-hello",
  level: "error",
  tags: ["timers", "correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "A redundancy protocol's holdtime is not greater than its hellotime.",
  fullDescription:
    'The holdtime is how long a chassis waits without hellos before it declares its peer down; Cisco states that it "has to be greater than the hellotime". With a holdtime at or below the hellotime the peer can be declared down between two regular hellos, so both chassis can claim the active role (dual-active) without any fault, and real faults are judged on timing that cannot work.',
  check({ chassis, side }, report) {
    const protocols = [...(chassis.redundancy?.protocols.values() ?? [])].sort((x, y) => x.id - y.id);
    for (const configured of protocols) {
      const protocol = protocolBlock(chassis, configured.id);
      if (protocol === null) continue;
      const hello = protocol.helloMs.value;
      const hold = protocol.holdMs.value;
      if (hold > hello) continue;
      const location = protocol.timersLocation ?? protocol.holdMs.location ?? protocol.location;
      if (location === null) continue;
      report({
        message: `${chassis.displayName}'s protocol ${protocol.id} has holdtime ${timerText(hold)}, which is not greater than its hellotime ${timerText(hello)}: the peer can be declared down between two regular hellos (dual-active without a fault).`,
        location,
        side,
        fix: holdFixHint(protocol.id, hello),
        subject: `protocol=${protocol.id}`,
      });
    }
  },
};
