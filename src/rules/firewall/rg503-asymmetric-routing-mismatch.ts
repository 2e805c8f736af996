import type { Chassis, Field, Interface, Pair, RedundancyGroup } from "../../model/types.js";
import { describeInterface, relatedOn, riiTwins } from "../pairing/paired.js";
import type { PairRule, Report, Side } from "../types.js";

interface Twin {
  readonly side: Side;
  readonly chassis: Chassis;
  readonly iface: Interface;
}

/**
 * The interfaces to compare: RII twins (RG101/RG102 leave out the unpaired and the ambiguous),
 * and interfaces without an RII that carry `redundancy asymmetric-routing` on either chassis,
 * matched by name (asymmetric routing is not meant for RG interfaces, so these often have none).
 */
function asymmetricTwins(pair: Pair): Array<{ key: string; label: string; a: Interface; b: Interface }> {
  const out = riiTwins(pair).map((t) => ({ key: `rii=${t.rii}`, label: `RII ${t.rii}`, a: t.a, b: t.b }));
  const names = new Set<string>();
  for (const c of [pair.a, pair.b]) {
    for (const iface of c.interfaces.values()) {
      if (iface.rii === null && iface.asymmetricRouting !== null) names.add(iface.name);
    }
  }
  for (const name of [...names].sort()) {
    const a = pair.a.interfaces.get(name);
    const b = pair.b.interfaces.get(name);
    if (a === undefined || b === undefined || a.rii !== null || b.rii !== null) continue;
    out.push({ key: `interface=${name}`, label: `name ${name}`, a, b });
  }
  return out;
}

function compareInterfaces(key: string, label: string, a: Twin, b: Twin, report: Report): void {
  const xa = a.iface.asymmetricRouting;
  const xb = b.iface.asymmetricRouting;
  if (xa === null && xb === null) return;
  if (xa !== null && xb !== null && xa.value === xb.value) return;
  const subject = `${key}:asymmetric-routing`;
  const fix = `Configure the same \`redundancy asymmetric-routing …\` on both interfaces paired by ${label}, or on neither.`;
  if (xa === null || xb === null) {
    const [missing, having, x] = xa === null ? [a, b, xb!] : [b, a, xa];
    report({
      message: `${describeInterface(missing.chassis, missing.iface)} has no \`redundancy asymmetric-routing\`, but its twin on ${having.chassis.displayName} (${having.iface.name}) has \`redundancy asymmetric-routing ${x.value}\`: packets of this segment that arrive at the standby chassis are diverted to the active one only while ${having.chassis.displayName} is the standby.`,
      location: missing.iface.location,
      side: missing.side,
      related: [
        relatedOn(
          having.chassis,
          x.location ?? having.iface.location,
          `\`redundancy asymmetric-routing ${x.value}\` of ${having.iface.name}`,
        ),
      ],
      fix,
      subject,
    });
    return;
  }
  report({
    message: `${describeInterface(b.chassis, b.iface)} has \`redundancy asymmetric-routing ${xb.value}\`, but its twin on ${a.chassis.displayName} (${a.iface.name}) has \`redundancy asymmetric-routing ${xa.value}\`: the chassis handle asymmetric traffic on this segment differently.`,
    location: xb.location ?? b.iface.location,
    side: "b",
    related: [
      relatedOn(
        a.chassis,
        xa.location ?? a.iface.location,
        `\`redundancy asymmetric-routing ${xa.value}\` of ${a.iface.name}`,
      ),
    ],
    fix,
    subject,
  });
}

/** Group-level `asymmetric-routing …` lines by their first keyword (`interface`, `always-divert`). */
function byKeyword(lines: readonly Field<string>[]): Map<string, Field<string>[]> {
  const out = new Map<string, Field<string>[]>();
  for (const line of lines) {
    const keyword = line.value.split(" ")[0] ?? "";
    const list = out.get(keyword);
    if (list === undefined) out.set(keyword, [line]);
    else list.push(line);
  }
  return out;
}

const text = (lines: readonly Field<string>[]): string =>
  lines.map((l) => `asymmetric-routing ${l.value}`).join("; ");

function compareGroups(pair: Pair, a: RedundancyGroup, b: RedundancyGroup, report: Report): void {
  const ka = byKeyword(a.asymmetricRouting);
  const kb = byKeyword(b.asymmetricRouting);
  const keywords = [...ka.keys(), ...[...kb.keys()].filter((k) => !ka.has(k))];
  const an = pair.a.displayName;
  const bn = pair.b.displayName;
  for (const keyword of keywords) {
    const la = ka.get(keyword) ?? [];
    const lb = kb.get(keyword) ?? [];
    if (text(la) === text(lb)) continue;
    const subject = `group=${b.id}:asymmetric-routing:${keyword}`;
    const fix = `Configure the same \`asymmetric-routing ${keyword} …\` in group ${b.id} on both chassis, or on neither.`;
    if (la.length === 0 || lb.length === 0) {
      // The setting exists on one chassis only: the finding is on its line.
      const [side, own, ownName, peer, peerGroup]: [Side, Field<string>[], string, Chassis, RedundancyGroup] =
        la.length > 0 ? ["a", la, an, pair.b, b] : ["b", lb, bn, pair.a, a];
      report({
        message: `${ownName}'s group ${b.id} has \`${text(own)}\`, ${peer.displayName}'s group ${b.id} has no \`asymmetric-routing ${keyword}\`: the chassis handle asymmetric traffic of the group differently, so what happens to it depends on which one is active.`,
        location: own[0]!.location ?? (side === "a" ? a.location : b.location),
        side,
        related: [
          relatedOn(peer, peerGroup.location, `group ${peerGroup.id} (no \`asymmetric-routing ${keyword}\`)`),
        ],
        fix,
        subject,
      });
      continue;
    }
    report({
      message: `${bn}'s group ${b.id} has \`${text(lb)}\`, ${an}'s has \`${text(la)}\`: the chassis handle asymmetric traffic of the group differently.`,
      location: lb[0]!.location ?? b.location,
      side: "b",
      related: [relatedOn(pair.a, la[0]!.location ?? a.location, `\`${text(la)}\` in group ${a.id}`)],
      fix,
      subject,
    });
  }
}

export const rg503: PairRule = {
  id: "RG503",
  name: "asymmetric-routing-mismatch",
  level: "warning",
  tags: ["firewall", "drift"],
  scope: "pair",
  confidence: "not-found",
  shortDescription: "Asymmetric-routing settings differ between the chassis.",
  fullDescription:
    "With interchassis asymmetric routing, packets of a session that arrive at the chassis that is standby for its group are forwarded over the asymmetric-routing link to the active one, which holds the firewall and NAT session; without it, return packets that arrive at the wrong chassis are dropped. The setting has two halves: group-level `asymmetric-routing …` lines (the interlink interface, `always-divert`) and `redundancy asymmetric-routing …` on the traffic interfaces. When they differ between the chassis, asymmetric traffic is forwarded while one chassis is active and dropped while the other is. Group-level lines are compared per keyword in groups defined on both chassis; interface lines on interfaces paired by RII (or, without an RII, by name). The command syntax is not confirmed by a reachable source: rglint compares the lines as written (keywords lower-cased, interface names normalized).",
  check({ pair }, report) {
    for (const match of pair.groups) {
      if (match.a !== null && match.b !== null) compareGroups(pair, match.a, match.b, report);
    }
    for (const t of asymmetricTwins(pair)) {
      compareInterfaces(
        t.key,
        t.label,
        { side: "a", chassis: pair.a, iface: t.a },
        { side: "b", chassis: pair.b, iface: t.b },
        report,
      );
    }
  },
};
