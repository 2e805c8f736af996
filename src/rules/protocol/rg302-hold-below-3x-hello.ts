import type { ChassisRule } from "../types.js";
import { holdFixHint, protocolBlock, timerText } from "./links.js";

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
    const protocols = [...(chassis.redundancy?.protocols.values() ?? [])].sort((x, y) => x.id - y.id);
    for (const configured of protocols) {
      const protocol = protocolBlock(chassis, configured.id);
      if (protocol === null) continue;
      const hello = protocol.helloMs.value;
      const hold = protocol.holdMs.value;
      if (hold <= hello) continue; // RG301
      if (hold >= hello * 3) continue;
      const location = protocol.timersLocation ?? protocol.holdMs.location ?? protocol.location;
      if (location === null) continue;
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
