import type { ChassisRule } from "../types.js";

export const rg209: ChassisRule = {
  id: "RG209",
  name: "legacy-syntax",
  level: "note",
  tags: ["drift"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "A deprecated form (`failover-threshold`) is used; rglint accepts and normalizes it.",
  fullDescription:
    "Early IOS-XE releases wrote the group threshold as `priority P failover-threshold T`; Cisco's data model keeps that hyphenated keyword only as a deprecated leaf, and current releases print `priority P failover threshold T`. rglint reads both the same way. A file with the old form was probably written by hand or by an old template rather than taken from `show running-config`, so a diff against the device (or the peer) shows a change that is not one.",
  check({ chassis, side }, report) {
    for (const group of chassis.redundancy?.groups.values() ?? []) {
      if (!group.legacyThresholdSyntax) continue;
      const threshold = group.failoverThreshold;
      const location = threshold?.location ?? group.priority.location ?? group.location;
      const normalized =
        threshold === null
          ? "`failover threshold`"
          : `\`priority ${group.priority.value} failover threshold ${threshold.value}\``;
      report({
        message: `${chassis.displayName}'s group ${group.id} uses the deprecated \`failover-threshold\` keyword; rglint reads it as ${normalized}.`,
        location,
        side,
        fix: `Write ${normalized} (two words), as IOS-XE 16.x and 17.x print it.`,
        subject: `group=${group.id}`,
      });
    }
  },
};
