import type { Chassis, GroupTrack, TrackObject } from "../../model/types.js";
import type { ChassisRule, RelatedLocation } from "../types.js";

/** What is missing for a track object's target, or null when the target exists (or cannot be judged). */
function missingTarget(chassis: Chassis, track: TrackObject): string | null {
  const target = track.target;
  if (target.kind === "interface") {
    return chassis.interfaces.has(target.interface) ? null : `interface ${target.interface}`;
  }
  if (target.kind === "ip-sla") {
    return chassis.ipSlas.has(target.sla) ? null : `IP SLA operation ${target.sla}`;
  }
  return null;
}

export const rg210: ChassisRule = {
  id: "RG210",
  name: "track-target-undefined",
  level: "error",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "inferred",
  shortDescription:
    "A track object that a group uses watches an interface (or IP SLA operation) that does not exist on that chassis.",
  fullDescription:
    "Groups react to failures through global track objects (`track T interface X line-protocol`, `track T ip sla N reachability`). When the watched interface or IP SLA operation does not exist on the chassis (a config copied from the peer, a renamed port), the object is down from the start: with `track T shutdown` the group never comes up on this chassis, with `track T decrement D` it runs permanently at a lower priority, and the real failure it was meant to catch goes unnoticed.",
  check({ chassis, side }, report) {
    const users = new Map<number, Array<{ group: number; track: GroupTrack }>>();
    for (const group of chassis.redundancy?.groups.values() ?? []) {
      for (const track of group.tracks) {
        const list = users.get(track.track) ?? [];
        list.push({ group: group.id, track });
        users.set(track.track, list);
      }
    }
    for (const [id, uses] of [...users].sort(([x], [y]) => x - y)) {
      const object = chassis.tracks.get(id);
      if (object === undefined) continue; // RG205 reports it.
      const missing = missingTarget(chassis, object);
      if (missing === null) continue;
      const related: RelatedLocation[] = uses.map(({ group, track }) => ({
        location: track.location,
        message: `group ${group} uses track ${id} on ${chassis.displayName}`,
      }));
      const effects = uses.map(({ group, track }) =>
        track.action === "shutdown"
          ? `group ${group} (\`track ${id} shutdown\`) never comes up on ${chassis.displayName}`
          : `group ${group} (\`track ${id} decrement ${track.decrement ?? "?"}\`) runs permanently ${track.decrement ?? "?"} below its priority`,
      );
      report({
        message: `${chassis.displayName}'s track ${id} watches ${missing}, which does not exist on ${chassis.displayName}: the object is down from the start, so ${effects.join(" and ")}.`,
        location: object.location,
        side,
        related,
        fix: `Point track ${id} at the ${missing.startsWith("interface") ? "interface that carries this traffic" : "IP SLA operation that probes this path"} on ${chassis.displayName}, or configure ${missing}.`,
        subject: `track=${id}`,
      });
    }
  },
};
