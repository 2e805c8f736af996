import type { ChassisRule } from "../types.js";
import { configuredProtocolTimers, holdFixHint, timerText } from "./links.js";

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
    for (const { protocol, helloMs: hello, holdMs: hold, location } of configuredProtocolTimers(chassis)) {
      if (hold > hello) continue;
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
