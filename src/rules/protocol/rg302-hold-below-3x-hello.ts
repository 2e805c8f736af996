import type { ChassisRule } from "../types.js";
import { configuredProtocolTimers, holdFixHint, timerText } from "./links.js";

export const rg302: ChassisRule = {
  id: "RG302",
  name: "hold-below-3x-hello",
  level: "warning",
  tags: ["timers"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "A redundancy protocol's holdtime is less than three times its hellotime.",
  fullDescription:
    "Cisco recommends a holdtime of at least three hellotimes. With less, two lost or late hellos (a busy control plane, a congested control link) are enough for the standby to declare the active chassis down and take over while it is still active: a needless switchover or a dual-active episode. Holdtimes at or below the hellotime are RG301's (an error) and are not reported here.",
  check({ chassis, side }, report) {
    for (const { protocol, helloMs: hello, holdMs: hold, location } of configuredProtocolTimers(chassis)) {
      if (hold <= hello) continue; // RG301
      if (hold >= hello * 3) continue;
      report({
        message: `${chassis.displayName}'s protocol ${protocol.id} has holdtime ${timerText(hold)}, less than three hellotimes (${timerText(hello)} × 3 = ${timerText(hello * 3)}): fewer than three missed hellos are enough to declare the peer down, so a briefly busy or congested control link can cause a switchover or dual-active.`,
        location,
        side,
        fix: holdFixHint(protocol.id, hello),
        subject: `protocol=${protocol.id}`,
      });
    }
  },
};
