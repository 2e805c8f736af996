import type { Chassis, Interface } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import { formatIpv6, isIpv6LinkLocal, readInterfaceIpv6 } from "../ipv6.js";
import { ipv4ToNumber } from "../net.js";
import type { PairRule } from "../types.js";

interface PhysicalAddress {
  /** `<vrf>|<family>:<address>`: addresses conflict only within one VRF (the global table is one). */
  readonly key: string;
  readonly family: "IPv4" | "IPv6";
  readonly address: string;
  readonly vrf: string | null;
  readonly secondary: boolean;
  readonly iface: Interface;
  readonly location: SourceLocation;
}

/**
 * The interface addresses of a chassis that belong to that chassis alone: primary and secondary
 * IPv4, and IPv6 addresses that name one host. Left out: link-local addresses (each link has its
 * own scope), `eui-64` (only the prefix is written; each chassis derives its own host part) and
 * `anycast` (shared on purpose).
 */
function physicalAddresses(chassis: Chassis): PhysicalAddress[] {
  const out: PhysicalAddress[] = [];
  for (const iface of chassis.interfaces.values()) {
    const vrf = iface.vrf?.value ?? null;
    const add = (family: "IPv4" | "IPv6", address: string, location: SourceLocation, secondary: boolean) =>
      out.push({
        key: `${vrf ?? ""}|${family}:${address}`,
        family,
        address,
        vrf,
        secondary,
        iface,
        location,
      });
    if (iface.ipv4 !== null && ipv4ToNumber(iface.ipv4.address) !== null) {
      add("IPv4", iface.ipv4.address, iface.ipv4.location, false);
    }
    for (const a of iface.ipv4Secondary) {
      if (ipv4ToNumber(a.address) !== null) add("IPv4", a.address, a.location, true);
    }
    for (const a of iface.ipv6) {
      const p = readInterfaceIpv6(a.address, a.prefixLength);
      if (p === null || p.qualifier !== null || isIpv6LinkLocal(p.value)) continue;
      add("IPv6", formatIpv6(p.value), a.location, false);
    }
  }
  return out;
}

function describe(chassis: Chassis, p: PhysicalAddress): string {
  const notes = [p.secondary ? "secondary" : null, p.iface.shutdown.value ? "shut down" : null].filter(
    (n) => n !== null,
  );
  return `${p.iface.name}${notes.length > 0 ? ` (${notes.join(", ")})` : ""} on ${chassis.displayName}`;
}

export const rg108: PairRule = {
  id: "RG108",
  name: "duplicate-address",
  level: "error",
  tags: ["pairing", "correctness"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription: "The same physical interface address is configured on both chassis.",
  fullDescription:
    "Each chassis needs its own physical address on every segment: the redundancy control and data links talk between the two physical addresses, routing protocols peer with them, and only the virtual IP is shared (owned by the active chassis). The same physical address on both chassis is an address conflict: ARP flaps between the two, the control link cannot come up (or comes up with itself), and management or routing sessions reach the wrong chassis. Addresses are compared within a VRF (the global table counts as one); IPv4 primary and secondary addresses and IPv6 host addresses are checked.",
  check({ pair }, report) {
    const onA = new Map<string, PhysicalAddress>();
    for (const p of physicalAddresses(pair.a)) if (!onA.has(p.key)) onA.set(p.key, p);
    const seen = new Set<string>();
    for (const p of physicalAddresses(pair.b)) {
      const twin = onA.get(p.key);
      if (twin === undefined || seen.has(p.key)) continue;
      seen.add(p.key);
      const where = p.vrf === null ? "" : ` in VRF ${p.vrf}`;
      report({
        message: `${pair.b.displayName}'s ${p.iface.name} has ${p.family} address ${p.address}${where}, which ${pair.a.displayName} also configures on ${twin.iface.name}: each chassis needs its own physical address; only the virtual IP is shared.`,
        location: p.location,
        side: "b",
        related: [{ location: twin.location, message: `the same address on ${describe(pair.a, twin)}` }],
        fix: `Give ${p.iface.name} on ${pair.b.displayName} a different host address in the same subnet (in box-to-box HA each chassis has its own address and the pair shares only the virtual IP).`,
        subject: `address=${p.address}${p.vrf === null ? "" : `:vrf=${p.vrf}`}`,
      });
    }
  },
};
