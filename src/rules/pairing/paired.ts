import type { Chassis, Interface, Ipv4Address, Pair } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import { networkOf } from "../net.js";
import { interfaceStanzas } from "../stanzas.js";
import type { RelatedLocation } from "../types.js";

/** Two interfaces that carry the same RII, one on each chassis. */
export interface RiiTwins {
  readonly rii: number;
  readonly a: Interface;
  readonly b: Interface;
}

/**
 * The interfaces paired by RII on both chassis. Left out: RIIs without a twin (RG101) and RIIs
 * configured on more than one interface of a chassis (RG102): their twin is ambiguous, and
 * comparing a guessed pair would report differences between interfaces that are not twins.
 */
export function riiTwins(pair: Pair): readonly RiiTwins[] {
  // Five rules ask for the twins of the same pair: computed once per pair.
  let twins = twinsByPair.get(pair);
  if (twins === undefined) {
    twins = findRiiTwins(pair);
    twinsByPair.set(pair, twins);
  }
  return twins;
}

const twinsByPair = new WeakMap<Pair, readonly RiiTwins[]>();

function findRiiTwins(pair: Pair): RiiTwins[] {
  const perKey = new Map<string, number>();
  for (const match of pair.interfacesByRii) perKey.set(match.key, (perKey.get(match.key) ?? 0) + 1);
  const out: RiiTwins[] = [];
  for (const match of pair.interfacesByRii) {
    if (match.a === null || match.b === null || match.a.rii === null) continue;
    if (perKey.get(match.key) !== 1) continue;
    out.push({ rii: match.a.rii.id, a: match.a, b: match.b });
  }
  return out;
}

/** `edge-b's GigabitEthernet0/0/2 (RII 102)`. */
export function describeInterface(chassis: Chassis, iface: Interface): string {
  return `${chassis.displayName}'s ${iface.name}${iface.rii !== null ? ` (RII ${iface.rii.id})` : ""}`;
}

/** The line that pairs the interface (its `redundancy rii`), else its `interface` line. */
export function pairingLine(iface: Interface): SourceLocation {
  return iface.rii?.location ?? iface.location;
}

/** A related location on the peer: `<what> on <peer>`. */
export function relatedOn(chassis: Chassis, location: SourceLocation, what: string): RelatedLocation {
  return { location, message: `${what} on ${chassis.displayName}` };
}

/** `10.10.1.0/24`: the subnet of an interface address. */
export function subnetText(address: Ipv4Address): string {
  const n = networkOf(address) ?? 0;
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${address.prefixLength}`;
}

/**
 * Whether the interface gets an IPv4 address that the model does not hold: `ip address dhcp`,
 * `negotiated`, `pool`, `ip unnumbered`, or an address that did not parse. The model then has
 * `ipv4: null`, as for an interface without an address, and a rule must not treat the two alike.
 * Mirrors the model's merge: the last of `ip address …` / `no ip address` / a VRF change counts.
 */
export function hasUnmodelledIpv4(chassis: Chassis, iface: Interface): boolean {
  if (iface.ipv4 !== null) return false;
  let addressed = false;
  for (const root of interfaceStanzas(chassis, iface)) {
    for (const child of root.children) {
      const [w0, w1, w2] = child.words.map((w) => w.toLowerCase());
      if (w0 === "no" && w1 === "ip" && w2 === "address") addressed = false;
      else if (w0 === "ip" && w1 === "address" && !child.words.some((w) => w.toLowerCase() === "secondary")) {
        addressed = true;
      } else if (w0 === "ip" && w1 === "unnumbered") addressed = true;
      else if (
        (w0 === "vrf" && w1 === "forwarding") ||
        (w0 === "ip" && w1 === "vrf" && w2 === "forwarding")
      ) {
        addressed = false; // IOS removes the addresses when the VRF changes
      }
    }
  }
  return addressed;
}
