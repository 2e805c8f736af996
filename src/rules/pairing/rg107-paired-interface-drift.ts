import { fieldPolicy } from "../../model/policy.js";
import type { Chassis, Field, Interface } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import { globalPrefixOf, ipv6Network, readInterfaceIpv6 } from "../ipv6.js";
import { sameSubnet } from "../net.js";
import type { PairRule, Report, Side } from "../types.js";
import {
  describeInterface,
  hasUnmodelledIpv4,
  type RiiTwins,
  relatedOn,
  riiTwins,
  subnetText,
} from "./paired.js";

/** One side of a comparison: where the attribute is and how a message shows it; null when absent. */
interface Shown {
  readonly text: string;
  readonly location: SourceLocation;
}

interface Attribute {
  /** Subject suffix: `rii=101:<key>`. */
  readonly key: string;
  /**
   * The model field compared as is, when there is one; compared only while FIELD_POLICIES says it
   * must match. Subnets are derived from the per-chassis addresses (only the host part may differ).
   */
  readonly field: "natRole" | "vrf" | null;
  /** What the attribute is, for "has no …" messages. */
  readonly label: string;
  /** Comparison value; null when the interface has none. */
  readonly value: (iface: Interface) => string | null;
  /** A cheaper test tried first: true only when `value` gives the two interfaces equal values. */
  readonly equal?: (a: Interface, b: Interface) => boolean;
  /**
   * How a message shows the attribute of an interface whose value is not null. Separate from
   * `value` so that only the interfaces reported pay for it.
   */
  readonly shown: (iface: Interface) => Shown;
  /** Message when both have the attribute and it differs. */
  readonly differs: (b: string, a: string, twin: string) => string;
  readonly fix: (rii: number) => string;
}

interface Twin {
  readonly side: Side;
  readonly chassis: Chassis;
  readonly iface: Interface;
}

function fieldShown(field: Field<string>, iface: Interface, show: (v: string) => string): Shown {
  return { text: show(field.value), location: field.location ?? iface.location };
}

/** The interface's global IPv6 networks, sorted and distinct, and where the first is; null when none. */
function ipv6Networks(
  i: Interface,
): { readonly networks: string[]; readonly location: SourceLocation } | null {
  if (i.ipv6.length === 0) return null;
  const prefixes: Array<{ network: string; location: SourceLocation }> = [];
  for (const a of i.ipv6) {
    const read = readInterfaceIpv6(a.address, a.prefixLength);
    const p = read === null ? null : globalPrefixOf(read);
    if (p !== null) prefixes.push({ network: ipv6Network(p.value, p.prefixLength), location: a.location });
  }
  if (prefixes.length === 0) return null;
  return { networks: [...new Set(prefixes.map((p) => p.network))].sort(), location: prefixes[0]!.location };
}

const ATTRIBUTES: readonly Attribute[] = [
  {
    key: "nat-role",
    field: "natRole",
    label: "NAT role (`ip nat inside`/`outside`)",
    value: (i) => (i.natRole === null ? null : i.natRole.value),
    shown: (i) => fieldShown(i.natRole!, i, (v) => `\`ip nat ${v}\``),
    differs: (b, a, twin) => `is ${b}, but ${twin} is ${a}`,
    fix: (rii) =>
      `Give both twins with RII ${rii} the same \`ip nat inside\`/\`ip nat outside\` role: NAT translates in the direction the interface's role says, so after a switchover traffic on this segment is translated differently or not at all.`,
  },
  {
    key: "subnet",
    field: null,
    label: "IPv4 address",
    value: (i) => {
      if (i.ipv4 === null) return null;
      // Not a contiguous mask: compare the text; the grammar reports the value itself.
      return i.ipv4.prefixLength < 0 ? `mask ${i.ipv4.mask}` : subnetText(i.ipv4);
    },
    // Same network and prefix length: the same subnet text, compared without writing it.
    equal: (x, y) =>
      x.ipv4 !== null && y.ipv4 !== null && x.ipv4.prefixLength >= 0 && sameSubnet(x.ipv4, y.ipv4),
    shown: (i) => {
      const ipv4 = i.ipv4!;
      if (ipv4.prefixLength < 0) return { text: `mask ${ipv4.mask}`, location: ipv4.location };
      return { text: `${subnetText(ipv4)} (mask ${ipv4.mask})`, location: ipv4.location };
    },
    differs: (b, a, twin) => `is in subnet ${b}, but ${twin} is in ${a}`,
    fix: (rii) =>
      `Put both twins with RII ${rii} in the same IPv4 subnet with the same mask (each with its own host address): they are two ends of one segment.`,
  },
  {
    key: "ipv6-subnet",
    field: null,
    label: "global IPv6 prefix",
    value: (i) => ipv6Networks(i)?.networks.join(", ") ?? null,
    shown: (i) => {
      const { networks, location } = ipv6Networks(i)!;
      return { text: networks.join(", "), location };
    },
    differs: (b, a, twin) => `has IPv6 prefix ${b}, but ${twin} has ${a}`,
    fix: (rii) =>
      `Give both twins with RII ${rii} the same IPv6 prefix(es) (each with its own host address).`,
  },
  {
    key: "vrf",
    field: "vrf",
    label: "VRF",
    value: (i) => (i.vrf === null ? null : i.vrf.value),
    shown: (i) => fieldShown(i.vrf!, i, (v) => `VRF ${v}`),
    differs: (b, a, twin) => `is in ${b}, but ${twin} is in ${a}`,
    fix: (rii) =>
      `Put both twins with RII ${rii} in the same VRF (VRF names are case-sensitive): the segment's routes, NAT rules and sessions are looked up in that VRF.`,
  },
];

const COMPARED = ATTRIBUTES.filter(
  (x) => x.field === null || fieldPolicy("interface", x.field) === "must-match",
);

function compare(twins: RiiTwins, a: Twin, b: Twin, attribute: Attribute, report: Report): void {
  // An address from DHCP, negotiation or `ip unnumbered` is not known: its subnet is not compared.
  if (
    attribute.key === "subnet" &&
    (hasUnmodelledIpv4(a.chassis, a.iface) || hasUnmodelledIpv4(b.chassis, b.iface))
  ) {
    return;
  }
  if (attribute.equal?.(a.iface, b.iface) === true) return;
  const va = attribute.value(a.iface);
  const vb = attribute.value(b.iface);
  if (va === vb) return; // equal, or absent on both
  const subject = `rii=${twins.rii}:${attribute.key}`;
  if (va === null || vb === null) {
    // Missing on one twin: the finding goes on the interface that lacks it.
    const [missing, having] = va === null ? [a, b] : [b, a];
    const shown = attribute.shown(having.iface);
    report({
      message: `${describeInterface(missing.chassis, missing.iface)} has no ${attribute.label}, but its twin on ${having.chassis.displayName} (${having.iface.name}) has ${shown.text}.`,
      location: missing.iface.location,
      side: missing.side,
      related: [relatedOn(having.chassis, shown.location, `${shown.text} of ${having.iface.name}`)],
      fix: attribute.fix(twins.rii),
      subject,
    });
    return;
  }
  const shownA = attribute.shown(a.iface);
  const shownB = attribute.shown(b.iface);
  report({
    message: `${describeInterface(b.chassis, b.iface)} ${attribute.differs(shownB.text, shownA.text, `its twin on ${a.chassis.displayName} (${a.iface.name})`)}.`,
    location: shownB.location,
    side: "b",
    related: [relatedOn(a.chassis, shownA.location, `${shownA.text} of ${a.iface.name}`)],
    fix: attribute.fix(twins.rii),
    subject,
  });
}

export const rg107: PairRule = {
  id: "RG107",
  name: "paired-interface-drift",
  level: "warning",
  tags: ["pairing", "drift"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "Interfaces paired by RII differ in NAT role (inside/outside), subnet or mask, or VRF (a security-zone difference is RG502's).",
  fullDescription:
    "Interfaces with the same RII are the two ends of one redundant segment, so the standby must treat the segment exactly as the active does once it takes over. A different NAT role translates traffic in the other direction (or not at all), a different subnet or mask makes the segment unreachable through the peer, and a different VRF looks routes, NAT rules and synchronized sessions up in another table. Each differing attribute is one finding; an attribute configured on one twin only is reported on the twin that lacks it. A security-zone difference is reported by RG502 (zone-mismatch, an error), not here.",
  check({ pair }, report) {
    for (const twins of riiTwins(pair)) {
      const a: Twin = { side: "a", chassis: pair.a, iface: twins.a };
      const b: Twin = { side: "b", chassis: pair.b, iface: twins.b };
      for (const attribute of COMPARED) compare(twins, a, b, attribute, report);
    }
  },
};
