import { fieldPolicy } from "../../model/policy.js";
import type { Chassis, Field, Interface } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import { globalPrefixOf, ipv6Network, readInterfaceIpv6 } from "../ipv6.js";
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
  /** Comparison value and display; null when the interface has none. */
  readonly read: (iface: Interface) => { readonly value: string; readonly shown: Shown } | null;
  /** Message when both have the attribute and it differs. */
  readonly differs: (b: string, a: string, twin: string) => string;
  readonly fix: (rii: number) => string;
}

interface Twin {
  readonly side: Side;
  readonly chassis: Chassis;
  readonly iface: Interface;
}

function fieldValue(
  field: Field<string> | null,
  iface: Interface,
  show: (v: string) => string,
): { value: string; shown: Shown } | null {
  if (field === null) return null;
  return {
    value: field.value,
    shown: { text: show(field.value), location: field.location ?? iface.location },
  };
}

const ATTRIBUTES: readonly Attribute[] = [
  {
    key: "nat-role",
    field: "natRole",
    label: "NAT role (`ip nat inside`/`outside`)",
    read: (i) => fieldValue(i.natRole, i, (v) => `\`ip nat ${v}\``),
    differs: (b, a, twin) => `is ${b}, but ${twin} is ${a}`,
    fix: (rii) =>
      `Give both twins with RII ${rii} the same \`ip nat inside\`/\`ip nat outside\` role: NAT translates in the direction the interface's role says, so after a switchover traffic on this segment is translated differently or not at all.`,
  },
  {
    key: "subnet",
    field: null,
    label: "IPv4 address",
    read: (i) => {
      if (i.ipv4 === null) return null;
      if (i.ipv4.prefixLength < 0) {
        // Not a contiguous mask: compare the text; the grammar reports the value itself.
        return {
          value: `mask ${i.ipv4.mask}`,
          shown: { text: `mask ${i.ipv4.mask}`, location: i.ipv4.location },
        };
      }
      const network = subnetText(i.ipv4);
      return {
        value: network,
        shown: { text: `${network} (mask ${i.ipv4.mask})`, location: i.ipv4.location },
      };
    },
    differs: (b, a, twin) => `is in subnet ${b}, but ${twin} is in ${a}`,
    fix: (rii) =>
      `Put both twins with RII ${rii} in the same IPv4 subnet with the same mask (each with its own host address): they are two ends of one segment.`,
  },
  {
    key: "ipv6-subnet",
    field: null,
    label: "global IPv6 prefix",
    read: (i) => {
      const prefixes: Array<{ network: string; location: SourceLocation }> = [];
      for (const a of i.ipv6) {
        const read = readInterfaceIpv6(a.address, a.prefixLength);
        const p = read === null ? null : globalPrefixOf(read);
        if (p !== null)
          prefixes.push({ network: ipv6Network(p.value, p.prefixLength), location: a.location });
      }
      if (prefixes.length === 0) return null;
      const networks = [...new Set(prefixes.map((p) => p.network))].sort();
      return {
        value: networks.join(", "),
        shown: { text: networks.join(", "), location: prefixes[0]!.location },
      };
    },
    differs: (b, a, twin) => `has IPv6 prefix ${b}, but ${twin} has ${a}`,
    fix: (rii) =>
      `Give both twins with RII ${rii} the same IPv6 prefix(es) (each with its own host address).`,
  },
  {
    key: "vrf",
    field: "vrf",
    label: "VRF",
    read: (i) => fieldValue(i.vrf, i, (v) => `VRF ${v}`),
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
  const va = attribute.read(a.iface);
  const vb = attribute.read(b.iface);
  if (va === null && vb === null) return;
  if (va !== null && vb !== null && va.value === vb.value) return;
  const subject = `rii=${twins.rii}:${attribute.key}`;
  if (va === null || vb === null) {
    // Missing on one twin: the finding goes on the interface that lacks it.
    const [missing, having, shown] = va === null ? [a, b, vb!.shown] : [b, a, va.shown];
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
  report({
    message: `${describeInterface(b.chassis, b.iface)} ${attribute.differs(vb.shown.text, va.shown.text, `its twin on ${a.chassis.displayName} (${a.iface.name})`)}.`,
    location: vb.shown.location,
    side: "b",
    related: [relatedOn(a.chassis, va.shown.location, `${va.shown.text} of ${a.iface.name}`)],
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
