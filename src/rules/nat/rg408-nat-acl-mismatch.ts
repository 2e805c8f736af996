import type { AccessList, AclEntry, Chassis, NatRule } from "../../model/types.js";
import type { PairRule, Side } from "../types.js";
import { hasRedundancy, inLineOrder, natRuleText, relatedOn } from "./nat-common.js";

/** The entries that decide what the list matches: remarks change nothing. */
export function effectiveEntries(acl: AccessList): AclEntry[] {
  return acl.entries.filter((e) => !/^remark(\s|$)/.test(e.normalized));
}

function firstRuleUsing(chassis: Chassis, acl: string): NatRule | null {
  return inLineOrder(chassis.nat.rules).find((r) => r.kind === "list" && r.match === acl) ?? null;
}

export const rg408: PairRule = {
  id: "RG408",
  name: "nat-acl-mismatch",
  level: "warning",
  tags: ["nat", "drift"],
  scope: "pair",
  confidence: "inferred",
  shortDescription: "An access list referenced by a redundancy-associated NAT rule differs between chassis.",
  fullDescription:
    "A redundancy-associated NAT rule is identical on both chassis only when what it matches is identical too: the rule names its access list, but the list is defined separately on each chassis. When the list's entries differ (compared in order, normalized: sequence numbers and remarks ignored), the two chassis translate different traffic: after a switchover, flows the old active translated are no longer matched, or flows it passed untranslated are now translated. Route-maps are not compared.",
  check({ pair }, report) {
    const chassisOf = { a: pair.a, b: pair.b } as const;
    const names = new Set<string>();
    for (const chassis of [pair.a, pair.b]) {
      for (const rule of chassis.nat.rules) {
        if (rule.kind === "list" && rule.match !== null && hasRedundancy(rule)) names.add(rule.match);
      }
    }
    for (const name of [...names].sort()) {
      const aclA = pair.a.acls.get(name) ?? null;
      const aclB = pair.b.acls.get(name) ?? null;
      if (aclA === null && aclB === null) continue;
      if (aclA === null || aclB === null) {
        const [side, present]: [Side, AccessList] = aclA === null ? ["a", aclB!] : ["b", aclA];
        const lacking = chassisOf[side];
        const peer = chassisOf[side === "a" ? "b" : "a"];
        // No rule on the lacking chassis uses the list: the rule itself is missing there (RG401).
        const user = firstRuleUsing(lacking, name);
        if (user === null) continue;
        report({
          message: `${lacking.displayName} has no access list ${name}, which its NAT rule \`${natRuleText(user)}\` uses; ${peer.displayName} defines it: the two chassis do not translate the same traffic.`,
          location: user.location,
          side,
          related: [relatedOn(peer, present.location, `access list ${name}`)],
          fix: `Define access list ${name} on ${lacking.displayName} with the same entries, in the same order, as on ${peer.displayName}.`,
          subject: `acl=${name}`,
        });
        continue;
      }
      const entriesA = effectiveEntries(aclA);
      const entriesB = effectiveEntries(aclB);
      const length = Math.max(entriesA.length, entriesB.length);
      let index = -1;
      for (let i = 0; i < length; i++) {
        if (entriesA[i]?.normalized !== entriesB[i]?.normalized) {
          index = i;
          break;
        }
      }
      if (index === -1 && aclA.kind === aclB.kind) continue;
      const entryA = index === -1 ? undefined : entriesA[index];
      const entryB = index === -1 ? undefined : entriesB[index];
      let detail: string;
      if (index === -1) detail = `it is ${aclB.kind}, ${pair.a.displayName}'s is ${aclA.kind}`;
      else if (entryA === undefined)
        detail = `entry ${index + 1} \`${entryB!.normalized}\` is not on ${pair.a.displayName}, whose list ends after ${entriesA.length} entr${entriesA.length === 1 ? "y" : "ies"}`;
      else if (entryB === undefined)
        detail = `${pair.a.displayName}'s entry ${index + 1} \`${entryA.normalized}\` is missing here, the list ends after ${entriesB.length} entr${entriesB.length === 1 ? "y" : "ies"}`;
      else
        detail = `entry ${index + 1} is \`${entryB.normalized}\`, ${pair.a.displayName}'s is \`${entryA.normalized}\``;
      report({
        message: `${pair.b.displayName}'s access list ${name}, used by redundancy-associated NAT, differs from ${pair.a.displayName}'s: ${detail}.`,
        location: entryB?.location ?? aclB.location,
        side: "b",
        related: [
          relatedOn(
            pair.a,
            entryA?.location ?? aclA.location,
            entryA === undefined ? `access list ${name}` : `entry ${index + 1} of access list ${name}`,
          ),
        ],
        fix: `Make access list ${name} the same on both chassis: the same entries in the same order.`,
        subject: `acl=${name}`,
      });
    }
  },
};
