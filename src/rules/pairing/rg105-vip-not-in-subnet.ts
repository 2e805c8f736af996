import type { Chassis, Interface, InterfaceGroupAssociation } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import {
  formatIpv6,
  globalPrefixOf,
  ipv6InPrefix,
  ipv6Network,
  isIpv6HostAddress,
  parseIpv6Prefix,
  readInterfaceIpv6,
} from "../ipv6.js";
import { inSubnet, ipv4ToNumber, numberInSubnet } from "../net.js";
import type { ChassisRule, Report, Side } from "../types.js";
import { describeInterface, hasUnmodelledIpv4, subnetText } from "./paired.js";

function vrfOf(iface: Interface): string {
  return iface.vrf?.value ?? "";
}

interface PhysicalHit {
  readonly iface: Interface;
  readonly location: SourceLocation;
  readonly secondary: boolean;
}

/**
 * Every physical IPv4 address of a chassis by VRF and address, built once per chassis: looking a
 * VIP up by scanning every interface made the rule quadratic (100 s at 1M lines per chassis).
 * The first interface in config order wins, its primary address before its secondaries, as a scan would.
 * Keyed by VRF, then by the address as a number: no key string is built per address or lookup.
 */
const ipv4Index = new WeakMap<Chassis, Map<string, Map<number, PhysicalHit>>>();

function physicalIpv4Index(chassis: Chassis): Map<string, Map<number, PhysicalHit>> {
  const index = ipv4Index.get(chassis);
  if (index !== undefined) return index;
  const byVrf = new Map<string, Map<number, PhysicalHit>>();
  const add = (vrf: string, address: string, hit: PhysicalHit) => {
    const n = ipv4ToNumber(address);
    if (n === null) return;
    let inVrf = byVrf.get(vrf);
    if (inVrf === undefined) {
      inVrf = new Map();
      byVrf.set(vrf, inVrf);
    }
    if (!inVrf.has(n)) inVrf.set(n, hit);
  };
  for (const iface of chassis.interfaces.values()) {
    const vrf = vrfOf(iface);
    if (iface.ipv4 !== null)
      add(vrf, iface.ipv4.address, { iface, location: iface.ipv4.location, secondary: false });
    for (const s of iface.ipv4Secondary)
      add(vrf, s.address, { iface, location: s.location, secondary: true });
  }
  ipv4Index.set(chassis, byVrf);
  return byVrf;
}

/** The interface address on this chassis (same VRF) equal to the VIP `target`, primary or secondary. */
function physicalIpv4(chassis: Chassis, vrf: string, target: number): PhysicalHit | null {
  return physicalIpv4Index(chassis).get(vrf)?.get(target) ?? null;
}

function physicalIpv6(chassis: Chassis, vrf: string, vip: bigint): PhysicalHit | null {
  for (const iface of chassis.interfaces.values()) {
    if (vrfOf(iface) !== vrf) continue;
    for (const a of iface.ipv6) {
      const read = readInterfaceIpv6(a.address, a.prefixLength);
      if (read !== null && isIpv6HostAddress(read) && read.value === vip) {
        return { iface, location: a.location, secondary: false };
      }
    }
  }
  return null;
}

interface Where {
  readonly chassis: Chassis;
  readonly side: Side;
  readonly iface: Interface;
}

function reportPhysical(
  w: Where,
  line: InterfaceGroupAssociation,
  vip: string,
  hit: PhysicalHit,
  report: Report,
): void {
  const owner = hit.iface === w.iface ? "its own" : `${hit.iface.name}'s`;
  report({
    message: `${describeInterface(w.chassis, w.iface)} has virtual IP ${vip} (group ${line.group}), which is also ${owner} ${hit.secondary ? "secondary " : ""}physical address on ${w.chassis.displayName}: the address would belong to the chassis and to whichever chassis is active for the group.`,
    location: line.location,
    side: w.side,
    related: [
      {
        location: hit.location,
        message: `physical address ${vip} of ${hit.iface.name} on ${w.chassis.displayName}`,
      },
    ],
    fix: `Use a free address of the segment as the virtual IP, different from the physical addresses of both chassis (and the same on both).`,
    subject: `interface=${w.iface.name}:vip=${vip}:physical`,
  });
}

function checkIpv4(w: Where, line: InterfaceGroupAssociation, report: Report): void {
  const vip = line.vip!;
  const target = ipv4ToNumber(vip);
  if (target === null) return; // not an address: the grammar reports it
  const hit = physicalIpv4(w.chassis, vrfOf(w.iface), target);
  if (hit !== null) {
    reportPhysical(w, line, vip, hit, report);
    return;
  }
  const primary = w.iface.ipv4;
  // DHCP, negotiated or unnumbered: the subnet is not known from the configuration.
  if (primary === null && hasUnmodelledIpv4(w.chassis, w.iface)) return;
  if (primary === null) {
    report({
      message: `${describeInterface(w.chassis, w.iface)} has virtual IP ${vip} (group ${line.group}) but no IPv4 address, so the virtual IP has no subnet on the interface.`,
      location: line.location,
      side: w.side,
      related: [
        {
          location: w.iface.location,
          message: `${w.iface.name} on ${w.chassis.displayName} (no \`ip address\`)`,
        },
      ],
      fix: `Give ${w.iface.name} a primary \`ip address\` in the virtual IP's subnet, with its own host address on each chassis.`,
      subject: `interface=${w.iface.name}:vip=${vip}:subnet`,
    });
    return;
  }
  if (numberInSubnet(target, primary)) return;
  const subnet = subnetText(primary);
  const secondary = w.iface.ipv4Secondary.find((s) => inSubnet(vip, s));
  const note =
    secondary === undefined
      ? ""
      : ` It lies in the secondary subnet ${subnetText(secondary)}; Cisco's examples place the virtual IP in the primary subnet.`;
  report({
    message: `${describeInterface(w.chassis, w.iface)} has virtual IP ${vip} (group ${line.group}), outside the interface's primary subnet ${subnet}.${note}`,
    location: line.location,
    side: w.side,
    related: [
      {
        location: primary.location,
        message: `primary address of ${w.iface.name} on ${w.chassis.displayName}`,
      },
    ],
    fix: `Use a virtual IP inside ${subnet} (the subnet hosts on the segment use), or correct the interface's \`ip address\`.`,
    subject: `interface=${w.iface.name}:vip=${vip}:subnet`,
  });
}

function checkIpv6(w: Where, line: InterfaceGroupAssociation, report: Report): void {
  const parsed = parseIpv6Prefix(line.vip!);
  if (parsed === null) return;
  const vip = formatIpv6(parsed.value);
  const hit = physicalIpv6(w.chassis, vrfOf(w.iface), parsed.value);
  if (hit !== null) {
    reportPhysical(w, line, vip, hit, report);
    return;
  }
  const prefixes: Array<{ location: SourceLocation; value: bigint; prefixLength: number }> = [];
  for (const a of w.iface.ipv6) {
    const read = readInterfaceIpv6(a.address, a.prefixLength);
    const prefix = read === null ? null : globalPrefixOf(read);
    if (prefix !== null) prefixes.push({ location: a.location, ...prefix });
  }
  // Without a global IPv6 prefix on the interface there is nothing to compare with.
  if (prefixes.length === 0) return;
  if (prefixes.some((x) => ipv6InPrefix(parsed.value, x.value, x.prefixLength))) return;
  const shown = [...new Set(prefixes.map((x) => ipv6Network(x.value, x.prefixLength)))];
  report({
    message: `${describeInterface(w.chassis, w.iface)} has virtual IPv6 address ${vip} (group ${line.group}), outside the interface's IPv6 prefix${shown.length > 1 ? "es" : ""} ${shown.join(", ")}.`,
    location: line.location,
    side: w.side,
    related: [
      {
        location: prefixes[0]!.location,
        message: `IPv6 address of ${w.iface.name} on ${w.chassis.displayName}`,
      },
    ],
    fix: `Use a virtual IPv6 address inside the interface's prefix, or correct the interface's \`ipv6 address\`.`,
    subject: `interface=${w.iface.name}:vip=${vip}:subnet`,
  });
}

export const rg105: ChassisRule = {
  id: "RG105",
  name: "vip-not-in-subnet",
  level: "warning",
  tags: ["pairing", "correctness"],
  scope: "chassis",
  confidence: "inferred",
  shortDescription:
    "A virtual IP is outside its interface's primary subnet, or equals a physical address on either chassis.",
  fullDescription:
    "Hosts and next hops reach the active chassis through the virtual IP of the segment, answered with the group's virtual MAC. A virtual IP outside the interface's primary subnet (or on an interface without an IPv4 address) is not reachable on the segment, and a virtual IP that is also a physical interface address is claimed twice: by the chassis that owns the physical address and by whichever chassis is active for the group. Checked on each chassis alone, so a single-file run catches it too; a virtual IP equal to the peer's physical address is reported on the peer, where the same virtual IP equals its own address.",
  check({ chassis, side }, report) {
    for (const iface of chassis.interfaces.values()) {
      for (const line of iface.groups) {
        if (line.vip === null) continue;
        const where = { chassis, side, iface };
        if (line.kind === "ipv4") checkIpv4(where, line, report);
        else if (line.kind === "ipv6") checkIpv6(where, line, report);
      }
    }
  },
};
