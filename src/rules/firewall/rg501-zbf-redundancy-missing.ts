import type { Chassis } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import type { ChassisRule, RelatedLocation } from "../types.js";
import { firewallEvidence, inspectGlobal } from "./zbf.js";

/** The line that shows the chassis uses redundancy groups, and how to name it; null when it uses none. */
function redundancyEvidence(chassis: Chassis): { location: SourceLocation; what: string } | null {
  const app = chassis.redundancy;
  if (app !== null && app.groups.size > 0) {
    return {
      location: app.applicationLocation ?? app.location,
      what: `\`application redundancy\` (${describeGroups([...app.groups.keys()])})`,
    };
  }
  // Groups used on interfaces without an `application redundancy` (RG206 reports those).
  let first: SourceLocation | null = null;
  for (const iface of chassis.interfaces.values()) {
    for (const g of iface.groups) if (first === null || g.location.line < first.line) first = g.location;
  }
  return first === null ? null : { location: first, what: "`redundancy group` on an interface" };
}

function describeGroups(ids: number[]): string {
  const sorted = [...ids].sort((x, y) => x - y);
  return sorted.length === 1 ? `group ${sorted[0]}` : `groups ${sorted.join(", ")}`;
}

function describeFirewall(chassis: Chassis): string {
  const zones = chassis.firewall.zones.size;
  const pairs = chassis.firewall.zonePairs.length;
  const parts: string[] = [];
  if (zones > 0) parts.push(`${zones} ${zones === 1 ? "zone" : "zones"}`);
  if (pairs > 0) parts.push(`${pairs} ${pairs === 1 ? "zone pair" : "zone pairs"}`);
  return parts.length === 0 ? "interfaces with `zone-member security`" : parts.join(" and ");
}

export const rg501: ChassisRule = {
  id: "RG501",
  name: "zbf-redundancy-missing",
  level: "error",
  tags: ["firewall", "correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription:
    "Zone-based firewall and redundancy groups are configured, but `parameter-map type inspect global` has no `redundancy`.",
  fullDescription:
    "The zone-based firewall takes part in box-to-box redundancy only when `redundancy` is enabled in the global inspect parameter map (`parameter-map type inspect global` / `redundancy`); Cisco's ZBF HA procedure starts with that step. Without it, the firewall sessions of a chassis are not synchronized to its peer: at a switchover the new active chassis has no session for the established connections, and the firewall drops their packets until each connection is opened again. The finding is on the `parameter-map type inspect global` line (or, when there is none, on the first `zone security` / `zone-pair security` line), with the `application redundancy` line as the related location.",
  check({ chassis, side }, report) {
    const firewall = firewallEvidence(chassis);
    if (firewall === null) return;
    const groups = redundancyEvidence(chassis);
    if (groups === null) return;
    const global = inspectGlobal(chassis);
    if (global?.redundancy) return;
    const related: RelatedLocation[] = [
      { location: groups.location, message: `${groups.what} on ${chassis.displayName}` },
    ];
    const problem =
      global === null
        ? "has no `parameter-map type inspect global` with `redundancy`"
        : "has `parameter-map type inspect global` without `redundancy`";
    report({
      message: `${chassis.displayName} runs a zone-based firewall (${describeFirewall(chassis)}) and uses redundancy groups, but ${problem}: its firewall sessions are not synchronized to the peer, so a switchover drops the established connections through the firewall.`,
      location: global?.location ?? firewall,
      side,
      related,
      fix: "Enable firewall redundancy on both chassis: `parameter-map type inspect global` with ` redundancy` under it.",
      subject: "inspect-global",
    });
  },
};
