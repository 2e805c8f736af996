import type { Chassis, Interface } from "../../model/types.js";
import type { ChassisRule, RelatedLocation } from "../types.js";
import { distinctLinks, groupsOf, linkConsequence, linkNoun, noIpAddressLine } from "./links.js";

/**
 * The line that leaves the interface without IPv4: the model's `ipv4RemovedBy` (the last `no ip
 * address`, or a `vrf forwarding` that cleared an address), else a `no ip address` line, else the
 * interface line.
 */
function missingAddressLine(chassis: Chassis, iface: Interface): RelatedLocation {
  const at = `${iface.name} (${chassis.displayName})`;
  const removedBy = iface.ipv4RemovedBy;
  if (removedBy !== null) {
    const vrfAt = iface.vrf?.location ?? null;
    // Compare columns too: a CLI transcript can hold several commands on one line.
    const byVrf = vrfAt !== null && vrfAt.line === removedBy.line && vrfAt.column === removedBy.column;
    return {
      location: removedBy,
      message: byVrf
        ? `\`vrf forwarding\` on ${at}, which removed its IPv4 address`
        : `\`no ip address\` on ${at}`,
    };
  }
  const noIp = noIpAddressLine(chassis, iface);
  if (noIp !== null) return { location: noIp, message: `\`no ip address\` on ${at}` };
  return { location: iface.location, message: `${at}, without \`ip address\`` };
}

export const rg305: ChassisRule = {
  id: "RG305",
  name: "link-interface-invalid",
  level: "error",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "inferred",
  shortDescription:
    "A group's control or data interface is not defined, is shut down, or has no IPv4 address.",
  fullDescription:
    "The control link carries the hellos that elect the active chassis; the data link carries the state (NAT and firewall sessions, call checkpoints) to the standby. Both run over IPv4 only. An interface that does not exist, is `shutdown` (or is a subinterface of a shut-down interface), or has no IPv4 address cannot carry them: with a broken control link both chassis become active; with a broken data link no switchover is stateful. Sharing the interface with traffic and a virtual IP is fine (Cisco's own examples do).",
  check({ chassis, side }, report) {
    for (const group of groupsOf(chassis)) {
      for (const link of distinctLinks(chassis, group)) {
        const noun = linkNoun(link);
        const sharedRelated: RelatedLocation[] =
          link.sharedData !== null
            ? [
                {
                  location: link.sharedData,
                  message: `the data line of group ${group.id} names the same interface`,
                },
              ]
            : [];
        const subject = `group=${group.id}:${link.role}=${link.interfaceName}`;
        const iface = link.iface;
        if (iface === null) {
          report({
            message: `${chassis.displayName}'s group ${group.id} ${noun} ${link.interfaceName} is not defined on ${chassis.displayName}: ${linkConsequence(link)}.`,
            location: link.location,
            side,
            related: sharedRelated,
            fix: `Configure \`interface ${link.interfaceName}\` with an IPv4 address in the same subnet as the peer's ${link.role} interface, or correct the interface name on the ${link.role} line.`,
            subject,
          });
          continue;
        }
        const problems: string[] = [];
        const fixes: string[] = [];
        const related: RelatedLocation[] = [];
        if (iface.shutdown.value) {
          problems.push("is shut down");
          fixes.push(`\`no shutdown\` on ${iface.name}`);
          related.push({
            location: iface.shutdown.location ?? iface.location,
            message: `\`shutdown\` on ${iface.name} (${chassis.displayName})`,
          });
        }
        const parentName = iface.name.includes(".") ? iface.name.slice(0, iface.name.lastIndexOf(".")) : null;
        const parent = parentName === null ? undefined : chassis.interfaces.get(parentName);
        if (parent?.shutdown.value === true) {
          problems.push(`is a subinterface of ${parent.name}, which is shut down`);
          fixes.push(`\`no shutdown\` on ${parent.name}`);
          related.push({
            location: parent.shutdown.location ?? parent.location,
            message: `\`shutdown\` on ${parent.name} (${chassis.displayName})`,
          });
        }
        // `ip address dhcp|negotiated|pool` and `ip unnumbered` give the interface an IPv4
        // address at run time: not reported.
        const noIpv4 = iface.ipv4 === null && iface.ipv4Dynamic === null && iface.ipv4Unnumbered === null;
        if (noIpv4) {
          problems.push(
            iface.ipv6.length > 0
              ? "has no IPv4 address (only IPv6, but control and data links run over IPv4 only)"
              : "has no IPv4 address",
          );
          fixes.push(`an \`ip address\` on ${iface.name} in the peer's ${link.role} subnet`);
          related.push(missingAddressLine(chassis, iface));
        }
        if (problems.length === 0) continue;
        const what =
          problems.length === 1 ? problems[0] : `${problems.slice(0, -1).join(", ")} and ${problems.at(-1)}`;
        const stanzas =
          iface.headerLocations.length > 1
            ? ` (${iface.name} is given in ${iface.headerLocations.length} \`interface\` stanzas, merged in order: the later commands win)`
            : "";
        report({
          message: `${chassis.displayName}'s group ${group.id} ${noun} ${iface.name} ${what}${stanzas}: ${linkConsequence(link)}.`,
          location: link.location,
          side,
          related: [...related, ...sharedRelated],
          fix: `Configure ${fixes.join(" and ")}${noIpv4 && iface.vrf !== null ? `; note that \`vrf forwarding\` removes the interface's IPv4 address when it is applied, so configure the address after it (and see RG309)` : ""}.`,
          subject,
        });
      }
    }
  },
};
