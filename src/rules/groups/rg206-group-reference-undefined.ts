import type { Chassis, NatRule } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import type { ChassisRule, RelatedLocation } from "../types.js";
import { describeDefinedGroups, groupNumberInRange } from "./where.js";

interface GroupReference {
  readonly group: number;
  /** What refers to the group, for the message: `GigabitEthernet0/0/1 (\`redundancy group 2 ip …\`)`. */
  readonly what: string;
  readonly location: SourceLocation;
  readonly subject: string;
}

/** `ip nat inside source list 10 pool test`: enough of a NAT rule to recognize it. */
function natRuleHead(rule: NatRule): string {
  const head = `ip nat ${rule.direction} ${rule.target}`;
  if (rule.kind === "static") return `${head} static ${rule.local ?? "?"} ${rule.global ?? "?"}`;
  const via =
    rule.pool !== null
      ? `pool ${rule.pool}`
      : rule.overloadInterface !== null
        ? `interface ${rule.overloadInterface}`
        : "";
  return `${head} ${rule.kind} ${rule.match ?? "?"}${via === "" ? "" : ` ${via}`}`;
}

/**
 * Every reference to a redundancy group number on a chassis (interfaces, NAT rules, CUBE) for which
 * `wanted(group)` holds. The test comes first so that the message text is written only for the few
 * references reported, not for every interface and NAT rule.
 */
function groupReferences(chassis: Chassis, wanted: (group: number) => boolean): GroupReference[] {
  const refs: GroupReference[] = [];
  for (const iface of chassis.interfaces.values()) {
    for (const assoc of iface.groups) {
      if (!wanted(assoc.group)) continue;
      const form = assoc.kind === "decrement-only" ? "decrement" : assoc.kind === "ipv4" ? "ip" : "ipv6";
      refs.push({
        group: assoc.group,
        what: `${iface.name} (\`redundancy group ${assoc.group} ${form} …\`)`,
        location: assoc.location,
        subject: `interface=${iface.name}:${assoc.kind}`,
      });
    }
  }
  // An indexed loop: in cold code `for … of` allocates a result object per rule (10,000s).
  const rules = chassis.nat.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const red = rule.redundancy;
    // A string is legacy HSRP-named stateful NAT, not a redundancy group.
    if (red === null || typeof red.value !== "number") continue;
    if (!wanted(red.value)) continue;
    refs.push({
      group: red.value,
      what: `NAT rule \`${natRuleHead(rule)} … redundancy ${red.value}${rule.mappingId ? ` mapping-id ${rule.mappingId.value}` : ""}\``,
      location: red.location ?? rule.location,
      subject: `nat=${rule.identity}`,
    });
  }
  const cube = chassis.cubeRedundancyGroup;
  if (cube !== null && cube.location !== null && wanted(cube.value)) {
    refs.push({
      group: cube.value,
      what: `CUBE (\`voice service voip\` / \`redundancy-group ${cube.value}\`)`,
      location: cube.location,
      subject: "voice",
    });
  }
  return refs;
}

export const rg206: ChassisRule = {
  id: "RG206",
  name: "group-reference-undefined",
  level: "error",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "inferred",
  shortDescription:
    "An interface, NAT rule or CUBE setting refers to a redundancy group that `application redundancy` does not define.",
  fullDescription:
    "Virtual IPs and interface decrements (`redundancy group N …` on an interface), stateful NAT (`redundancy N mapping-id M`) and CUBE box-to-box HA (`voice service voip` / `redundancy-group N`) all hang off a redundancy group defined under `redundancy` / `application redundancy`. When that group does not exist there is no election, no peer and no state synchronization for them: the virtual IP has no owner, NAT sessions are not replicated, and a failure of this chassis takes the traffic down with it.",
  check({ chassis, side }, report) {
    const defined = chassis.redundancy?.groups ?? new Map();
    const appLocation = chassis.redundancy?.applicationLocation ?? null;
    // Undefined groups only; a number out of range is RG207's finding, not reported here.
    const undefinedGroup = (group: number) => !defined.has(group) && groupNumberInRange(group);
    for (const ref of groupReferences(chassis, undefinedGroup)) {
      const related: RelatedLocation[] = [];
      if (appLocation !== null) {
        related.push({
          location: appLocation,
          message: `\`application redundancy\` on ${chassis.displayName} (${describeDefinedGroups(chassis)})`,
        });
      }
      const where =
        appLocation === null
          ? `${chassis.displayName} has no \`application redundancy\` block at all`
          : `${chassis.displayName}'s \`application redundancy\` defines ${describeDefinedGroups(chassis)}`;
      report({
        message: `${chassis.displayName}'s ${ref.what} refers to redundancy group ${ref.group}, which is not defined: ${where}, so nothing elects an active chassis for it or synchronizes its state.`,
        location: ref.location,
        side,
        related,
        fix: `Define \`group ${ref.group}\` under \`redundancy\` / \`application redundancy\` on both chassis (with its control and data links), or correct the group number here.`,
        subject: `group=${ref.group}:${ref.subject}`,
      });
    }
  },
};
