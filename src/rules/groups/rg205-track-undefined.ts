import type { ChassisRule } from "../types.js";
import { trackNumberInRange } from "./where.js";

export const rg205: ChassisRule = {
  id: "RG205",
  name: "track-undefined",
  level: "error",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "A group tracks an object number that no global `track N …` defines.",
  fullDescription:
    "A group's `track T decrement D` or `track T shutdown` refers to a global track object `track T …` (a leafref in Cisco's data model). When no such object exists, the fault the engineer meant to watch (an uplink, an IP SLA probe) changes nothing: the group neither loses priority nor shuts down, and the chassis stays active through the failure it was supposed to react to.",
  check({ chassis, side }, report) {
    for (const group of chassis.redundancy?.groups.values() ?? []) {
      for (const track of group.tracks) {
        if (chassis.tracks.has(track.track)) continue;
        if (!trackNumberInRange(track.track)) continue; // RG207 reports the number itself.
        const action = track.action === "shutdown" ? "shutdown" : `decrement ${track.decrement ?? "?"}`;
        report({
          message: `${chassis.displayName}'s group ${group.id} tracks object ${track.track} (\`track ${track.track} ${action}\`), but ${chassis.displayName} defines no \`track ${track.track}\`: the fault it was meant to watch never changes the group.`,
          location: track.location,
          side,
          fix: `Define the object globally (e.g. \`track ${track.track} interface <uplink> line-protocol\` or \`track ${track.track} ip sla <n> reachability\`), or correct the number in the group's \`track\` line.`,
          subject: `group=${group.id}:track=${track.track}`,
        });
      }
    }
  },
};
