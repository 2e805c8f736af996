import type { Chassis, Interface, InterfaceGroupAssociation } from "../../model/types.js";
import { canonicalIpv6 } from "../ipv6.js";
import type { PairRule, Report, Side } from "../types.js";
import { describeInterface, relatedOn, riiTwins } from "./paired.js";

type Family = "ipv4" | "ipv6";

/** The VIP as compared: IPv4 as written, IPv6 in canonical form (`2001:DB8:0::1/64` = `2001:db8::1/64`). */
function vipKey(line: InterfaceGroupAssociation): string {
  const vip = line.vip ?? "";
  return line.kind === "ipv6" ? canonicalIpv6(vip) : vip;
}

function vipLines(iface: Interface, group: number, family: Family): InterfaceGroupAssociation[] {
  return iface.groups.filter((g) => g.group === group && g.kind === family && g.vip !== null);
}

/**
 * Twins with one `redundancy group` line each, written alike (group, family, VIP as written,
 * `exclusive`): the comparison below finds nothing for them. Nearly every pair of twins is such a
 * pair, so they skip it (and the sets and lists it builds).
 */
function sameSingleLine(a: Interface, b: Interface): boolean {
  if (a.groups.length !== 1 || b.groups.length !== 1) return false;
  const x = a.groups[0]!;
  const y = b.groups[0]!;
  return x.group === y.group && x.kind === y.kind && x.vip === y.vip && x.exclusive === y.exclusive;
}

function noun(family: Family): string {
  return family === "ipv4" ? "virtual IP" : "virtual IPv6 address";
}

function listVips(lines: readonly InterfaceGroupAssociation[]): string {
  return [...new Set(lines.map(vipKey))].join(" and ");
}

interface Side3 {
  readonly side: Side;
  readonly chassis: Chassis;
  readonly iface: Interface;
}

function compareFamily(rii: number, group: number, family: Family, a: Side3, b: Side3, report: Report): void {
  const linesA = vipLines(a.iface, group, family);
  const linesB = vipLines(b.iface, group, family);
  if (linesA.length === 0 && linesB.length === 0) return;
  const subject = `rii=${rii}:group=${group}:${family}`;
  if (linesA.length === 0 || linesB.length === 0) {
    // One twin has no VIP of this family in the group: the finding goes where it is missing.
    const [missing, having, havingLines] = linesA.length === 0 ? [a, b, linesB] : [b, a, linesA];
    const groupLine = missing.iface.groups.find((g) => g.group === group)!;
    report({
      message: `${describeInterface(missing.chassis, missing.iface)} has no ${noun(family)} in group ${group}, but its twin on ${having.chassis.displayName} (${having.iface.name}) has ${listVips(havingLines)}.`,
      location: groupLine.location,
      side: missing.side,
      related: [
        relatedOn(having.chassis, havingLines[0]!.location, `${noun(family)} of ${having.iface.name}`),
      ],
      fix: `Configure \`redundancy group ${group} ${family === "ipv4" ? "ip" : "ipv6"} ${vipKey(havingLines[0]!)} exclusive\` on ${missing.iface.name} of ${missing.chassis.displayName} as on ${having.chassis.displayName}, or remove the VIP from ${having.chassis.displayName} if the segment should have none.`,
      subject,
    });
    return;
  }
  const keysA = new Set(linesA.map(vipKey));
  const keysB = new Set(linesB.map(vipKey));
  const same = keysA.size === keysB.size && [...keysA].every((k) => keysB.has(k));
  if (!same) {
    const lineB = linesB.find((l) => !keysA.has(vipKey(l))) ?? linesB[0]!;
    const lineA = linesA.find((l) => !keysB.has(vipKey(l))) ?? linesA[0]!;
    report({
      message: `${describeInterface(b.chassis, b.iface)} has ${noun(family)} ${listVips(linesB)} in group ${group}, but its twin on ${a.chassis.displayName} (${a.iface.name}) has ${listVips(linesA)}.`,
      location: lineB.location,
      side: "b",
      related: [relatedOn(a.chassis, lineA.location, `${noun(family)} of ${a.iface.name}`)],
      fix: `Use the same ${noun(family)} on both twins with RII ${rii}: it is one shared address that moves with group ${group}.`,
      subject,
    });
    return;
  }
  for (const lineA of linesA) {
    const lineB = linesB.find((l) => vipKey(l) === vipKey(lineA))!;
    if (lineA.exclusive === lineB.exclusive) continue;
    const [without, withIt, withLine, withoutLine] = lineA.exclusive
      ? [b, a, lineA, lineB]
      : [a, b, lineB, lineA];
    report({
      message: `${describeInterface(without.chassis, without.iface)} configures ${noun(family)} ${vipKey(lineA)} (group ${group}) without \`exclusive\`, but its twin on ${withIt.chassis.displayName} (${withIt.iface.name}) configures it with \`exclusive\`.`,
      location: withoutLine.location,
      side: without.side,
      related: [
        relatedOn(
          withIt.chassis,
          withLine.location,
          `${noun(family)} with \`exclusive\` on ${withIt.iface.name}`,
        ),
      ],
      fix: `Write the VIP line identically on both chassis; Cisco's examples always use \`exclusive\`.`,
      subject: `${subject}=${vipKey(lineA)}:exclusive`,
    });
  }
}

export const rg104: PairRule = {
  id: "RG104",
  name: "vip-mismatch",
  level: "error",
  tags: ["pairing"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "Interfaces paired by RII carry different virtual addresses (`redundancy group N ip`/`ipv6`), or the `exclusive` keyword differs.",
  fullDescription:
    "The virtual IP of a redundant segment is one address shared by the two chassis: the chassis that is active for the group owns it, with the group's virtual MAC, and hosts and next hops on the segment point at it. When the twins (same RII) configure different virtual addresses, a switchover moves the segment to an address nobody uses: traffic to the old virtual IP is black-holed. IPv4 and IPv6 virtual addresses are compared per group, IPv6 in canonical form.",
  check({ pair }, report) {
    for (const { rii, a, b } of riiTwins(pair)) {
      if (sameSingleLine(a, b)) continue;
      const groupsB = new Set(b.groups.map((g) => g.group));
      const common = [...new Set(a.groups.map((g) => g.group))]
        .filter((g) => groupsB.has(g))
        .sort((x, y) => x - y);
      // Twins in different groups are RG103's finding; their VIPs are not compared.
      for (const group of common) {
        for (const family of ["ipv4", "ipv6"] as const) {
          compareFamily(
            rii,
            group,
            family,
            { side: "a", chassis: pair.a, iface: a },
            { side: "b", chassis: pair.b, iface: b },
            report,
          );
        }
      }
    }
  },
};
