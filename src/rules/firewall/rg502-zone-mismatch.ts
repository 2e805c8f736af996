import type { Chassis, Interface, Pair, ZonePair } from "../../model/types.js";
import { describeInterface, relatedOn, riiTwins } from "../pairing/paired.js";
import type { PairRule, RelatedLocation, Report, Side } from "../types.js";
import { servicePolicyLine, zonePairKey } from "./zbf.js";

interface Twin {
  readonly side: Side;
  readonly chassis: Chassis;
  readonly iface: Interface;
}

/** RII twins that are members of different zones, or of a zone on one twin only. */
function compareZoneMembership(rii: number, a: Twin, b: Twin, report: Report): void {
  const za = a.iface.zone;
  const zb = b.iface.zone;
  if (za === null && zb === null) return;
  if (za !== null && zb !== null && za.value === zb.value) return;
  const fix = `Make both interfaces with RII ${rii} members of the same security zone (\`zone-member security …\`; zone names are case-sensitive): the standby applies the zone-pair policy of its own zone to the sessions it takes over.`;
  const subject = `rii=${rii}:zone`;
  if (za === null || zb === null) {
    // In a zone on one twin only: the finding is on the twin that is in no zone.
    const [missing, having] = za === null ? [a, b] : [b, a];
    const zone = having.iface.zone!;
    report({
      message: `${describeInterface(missing.chassis, missing.iface)} is in no security zone, but its twin on ${having.chassis.displayName} (${having.iface.name}) is a member of zone ${zone.value}: the two chassis apply different firewall policy to the segment, and an interface in no zone cannot pass traffic to one that is in a zone.`,
      location: missing.iface.location,
      side: missing.side,
      related: [
        relatedOn(
          having.chassis,
          zone.location ?? having.iface.location,
          `\`zone-member security ${zone.value}\` of ${having.iface.name}`,
        ),
      ],
      fix,
      subject,
    });
    return;
  }
  report({
    message: `${describeInterface(b.chassis, b.iface)} is a member of zone ${zb.value}, but its twin on ${a.chassis.displayName} (${a.iface.name}) is a member of zone ${za.value}: after a switchover the segment's synchronized sessions meet another zone-pair policy.`,
    location: zb.location ?? b.iface.location,
    side: "b",
    related: [
      relatedOn(
        a.chassis,
        za.location ?? a.iface.location,
        `\`zone-member security ${za.value}\` of ${a.iface.name}`,
      ),
    ],
    fix,
    subject,
  });
}

interface PairSide {
  readonly side: Side;
  readonly chassis: Chassis;
}

/** The first zone pair of each key (IOS allows one zone pair per source and destination). */
function zonePairsByKey(chassis: Chassis): Map<string, ZonePair> {
  const out = new Map<string, ZonePair>();
  for (const zp of chassis.firewall.zonePairs) if (!out.has(zonePairKey(zp))) out.set(zonePairKey(zp), zp);
  return out;
}

/** Where the peer's zone pairs are, for a zone pair it lacks: its pair of the same name, else its first one. */
function peerZonePairLine(peer: Chassis, zp: ZonePair): RelatedLocation | null {
  const sameName = peer.firewall.zonePairs.find((p) => p.name === zp.name);
  if (sameName !== undefined) {
    return relatedOn(peer, sameName.location, `zone pair ${sameName.name} (${zonePairKey(sameName)})`);
  }
  const first = peer.firewall.zonePairs[0];
  if (first !== undefined) return relatedOn(peer, first.location, `zone pairs`);
  return null;
}

/** `zone INSIDE`, or `the self zone`. */
function zoneWord(name: string): string {
  return name.toLowerCase() === "self" ? "the self zone" : `zone ${name}`;
}

/** What IOS does with traffic between two zones without a zone pair: drops it, except to or from the self zone. */
function withoutZonePair(zp: ZonePair): string {
  const self = zp.source.toLowerCase() === "self" || zp.destination.toLowerCase() === "self";
  return self ? "passes (uninspected)" : "drops";
}

function policyText(zp: ZonePair): string {
  return zp.servicePolicy === null ? "no service policy" : `service policy ${zp.servicePolicy}`;
}

function compareZonePairs(pair: Pair, report: Report): void {
  const a: PairSide = { side: "a", chassis: pair.a };
  const b: PairSide = { side: "b", chassis: pair.b };
  const byA = zonePairsByKey(pair.a);
  const byB = zonePairsByKey(pair.b);
  const keys = [...byA.keys(), ...[...byB.keys()].filter((k) => !byA.has(k))];
  for (const key of keys) {
    const za = byA.get(key) ?? null;
    const zb = byB.get(key) ?? null;
    const subject = `zone-pair=${key.replace(" → ", ">")}`;
    if (za === null || zb === null) {
      // A zone pair on one chassis only: the finding is on its line.
      const [own, peer, zp] = za !== null ? [a, b, za] : [b, a, zb!];
      const related = peerZonePairLine(peer.chassis, zp);
      report({
        message: `${own.chassis.displayName} has zone pair ${zp.name} (${key}) with ${policyText(zp)}, ${peer.chassis.displayName} has no zone pair from ${zoneWord(zp.source)} to ${zoneWord(zp.destination)} and so ${withoutZonePair(zp)} that traffic: connections in that direction are handled differently once the other chassis is active.`,
        location: zp.location,
        side: own.side,
        related: related === null ? [] : [related],
        fix: `Configure the same zone pairs (the same source and destination zones and service policy) on both chassis; add \`zone-pair security … source ${zp.source} destination ${zp.destination}\` on ${peer.chassis.displayName} or remove it from ${own.chassis.displayName}.`,
        subject,
      });
      continue;
    }
    if (za.servicePolicy === zb.servicePolicy) continue;
    const lineA = servicePolicyLine(pair.a, za);
    const lineB = servicePolicyLine(pair.b, zb);
    const fix = `Apply the same \`service-policy type inspect\` to the ${key} zone pair on both chassis.`;
    if (za.servicePolicy === null || zb.servicePolicy === null) {
      // A policy on one chassis only: the finding is on the zone pair that lacks it.
      const [missing, missingPair, having, havingPair, havingLine] =
        za.servicePolicy === null ? [a, za, b, zb, lineB] : [b, zb, a, za, lineA];
      report({
        message: `${missing.chassis.displayName}'s zone pair ${missingPair.name} (${key}) has no service policy, ${having.chassis.displayName}'s (${havingPair.name}) applies ${havingPair.servicePolicy}: without a policy the zone pair drops the traffic that ${having.chassis.displayName} inspects and passes.`,
        location: missingPair.location,
        side: missing.side,
        related: [
          relatedOn(
            having.chassis,
            havingLine ?? havingPair.location,
            `${policyText(havingPair)} of zone pair ${havingPair.name}`,
          ),
        ],
        fix,
        subject,
      });
      continue;
    }
    report({
      message: `${pair.b.displayName}'s zone pair ${zb.name} (${key}) applies service policy ${zb.servicePolicy}, ${pair.a.displayName}'s (${za.name}) applies ${za.servicePolicy}: the chassis inspect the same traffic with different policies (rglint compares the policy names, not their contents).`,
      location: lineB ?? zb.location,
      side: "b",
      related: [relatedOn(pair.a, lineA ?? za.location, `${policyText(za)} of zone pair ${za.name}`)],
      fix,
      subject,
    });
  }
}

export const rg502: PairRule = {
  id: "RG502",
  name: "zone-mismatch",
  level: "error",
  tags: ["firewall", "pairing"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription:
    "Interfaces paired by RII are members of different security zones, or the zone-pair sets differ between the chassis.",
  fullDescription:
    "Cisco requires the active and the standby device to have the same zone-based firewall configuration. Firewall sessions are synchronized per redundant segment (interfaces with the same RII); when the twins are members of different zones, or one twin is in no zone, or a zone pair (source and destination zone, with its service policy) exists on one chassis only, the new active chassis applies another policy to the synchronized sessions after a switchover: it drops connections the old active allowed, or passes traffic it dropped. Zone pairs are compared by their source and destination zones and the name of their inspect service policy; zone-pair names are local labels and are not compared.",
  check({ pair }, report) {
    for (const twins of riiTwins(pair)) {
      compareZoneMembership(
        twins.rii,
        { side: "a", chassis: pair.a, iface: twins.a },
        { side: "b", chassis: pair.b, iface: twins.b },
        report,
      );
    }
    compareZonePairs(pair, report);
  },
};
