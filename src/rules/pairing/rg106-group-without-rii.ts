import type { ChassisRule } from "../types.js";

export const rg106: ChassisRule = {
  id: "RG106",
  name: "group-without-rii",
  level: "error",
  tags: ["pairing"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "An interface has `redundancy group N …` but no `redundancy rii`.",
  fullDescription:
    "The RII pairs an interface with its twin on the peer chassis and derives the segment's virtual MAC. IOS-XE's data model only accepts `redundancy group` on an interface that already has `redundancy rii` (\"Configure RII first and unconfigure it last\"), so a `redundancy group` line without an RII is a configuration that the device rejects or that was left behind when the RII was removed: the segment is not paired, and its virtual IP and interface decrement do not work as intended.",
  check({ chassis, side }, report) {
    for (const iface of chassis.interfaces.values()) {
      if (iface.rii !== null || iface.groups.length === 0) continue;
      const first = iface.groups[0]!;
      const groups = [...new Set(iface.groups.map((g) => g.group))].join(" and ");
      report({
        message: `${chassis.displayName}'s ${iface.name} has \`redundancy group ${groups}\` but no \`redundancy rii\`: the interface is not paired with a twin on the peer, and IOS-XE requires the RII to be configured first.`,
        location: first.location,
        side,
        fix: `Add \`redundancy rii N\` to ${iface.name} before its \`redundancy group\` line(s), with the same N as its twin on the peer chassis and unique on ${chassis.displayName}.`,
        subject: `interface=${iface.name}`,
      });
    }
  },
};
