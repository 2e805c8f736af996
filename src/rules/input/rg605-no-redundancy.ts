import { fileStart } from "../describe.js";
import type { ChassisRule } from "../types.js";

export const rg605: ChassisRule = {
  id: "RG605",
  name: "no-redundancy",
  level: "warning",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription:
    "A chassis has no `application redundancy` and no interface redundancy commands: there is nothing to check.",
  fullDescription:
    "rglint checks box-to-box redundancy (RG infrastructure). A configuration with neither `redundancy` / `application redundancy` nor any `redundancy rii` or `redundancy group` interface command does not use it (it may use HSRP or VRRP instead, or be the wrong file), so a clean result would mean nothing.",
  check({ chassis, side }, report) {
    if (!chassis.looksLikeConfig) return; // RG604 reports it.
    if (chassis.redundancy?.applicationLocation) return;
    for (const iface of chassis.interfaces.values()) {
      if (iface.rii !== null || iface.groups.length > 0) return;
    }
    const location = chassis.redundancy?.location ?? chassis.hostname?.location ?? fileStart(chassis);
    report({
      message: `${chassis.displayName} has no box-to-box redundancy: no \`application redundancy\` and no \`redundancy rii\` or \`redundancy group\` on any interface, so there is nothing for rglint to check.`,
      location,
      side,
      fix: "Check that this is the intended file; rglint checks RG-infrastructure (box-to-box) redundancy, not HSRP or VRRP.",
      subject: "no-redundancy",
    });
  },
};
