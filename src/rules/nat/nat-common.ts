/** Helpers the NAT rules share: which rules are stateful, and how a rule is named in a message. */
import type { Chassis, NatRule } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import type { RelatedLocation } from "../types.js";

/** A rule with any `redundancy` association: `redundancy N` (an RG) or `redundancy NAME` (legacy HSRP). */
export function hasRedundancy(rule: NatRule): boolean {
  return rule.redundancy !== null;
}

/** A rule associated with a box-to-box redundancy group (`redundancy N`, a number). */
export function isRgAssociated(rule: NatRule): boolean {
  return rule.redundancy !== null && typeof rule.redundancy.value === "number";
}

/**
 * The rule as an engineer would read it, without `ip nat` and without its redundancy association:
 * `inside source list NAT-G1 pool POOL-G1 overload`. Built from the model, so two rules written in
 * another keyword order read the same.
 */
export function natRuleText(rule: NatRule): string {
  const words: string[] = [rule.direction, rule.target];
  if (rule.kind === "static") {
    words.push("static");
    if (rule.protocol !== null) words.push(rule.protocol);
    words.push(rule.local ?? "?");
    if (rule.localPort !== null) words.push(String(rule.localPort));
    if (rule.globalInterface !== null) words.push("interface", rule.globalInterface);
    else words.push(rule.global ?? "?");
    if (rule.globalPort !== null) words.push(String(rule.globalPort));
  } else {
    words.push(rule.kind, rule.match ?? "?");
    if (rule.pool !== null) words.push("pool", rule.pool);
    if (rule.overloadInterface !== null) words.push("interface", rule.overloadInterface);
  }
  if (rule.vrf !== null) words.push("vrf", rule.vrf);
  words.push(...rule.options);
  return words.join(" ");
}

/** `redundancy 1 mapping-id 11`, or `no redundancy association`. */
export function associationText(rule: NatRule): string {
  const parts: string[] = [];
  if (rule.redundancy !== null) parts.push(`redundancy ${rule.redundancy.value}`);
  if (rule.mappingId !== null) parts.push(`mapping-id ${rule.mappingId.value}`);
  return parts.length === 0 ? "no redundancy association" : parts.join(" ");
}

function byLocation(x: NatRule, y: NatRule): number {
  return x.location.line - y.location.line || x.location.column - y.location.column;
}

const ordered = new WeakMap<readonly NatRule[], readonly NatRule[]>();

/**
 * Rules in file order. Several rules ask for the same chassis' list, so the answer is kept per
 * list. The model lists them in file order already: then it is the list itself, after one pass
 * that checks it; otherwise a sorted copy (stable, as before).
 */
export function inLineOrder(rules: readonly NatRule[]): readonly NatRule[] {
  let out = ordered.get(rules);
  if (out === undefined) {
    out = rules;
    for (let i = 1; i < rules.length; i++) {
      if (byLocation(rules[i - 1]!, rules[i]!) > 0) {
        out = [...rules].sort(byLocation);
        break;
      }
    }
    ordered.set(rules, out);
  }
  return out;
}

/** The chassis' first rule (in file order) associated with a redundancy group, or null. */
export function firstRgAssociatedRule(chassis: Chassis): NatRule | null {
  // The earliest by location; on a tie the first listed, as the stable sort this replaces gave.
  let first: NatRule | null = null;
  // An indexed loop: in cold code `for … of` allocates a result object per rule (10,000s).
  const rules = chassis.nat.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (isRgAssociated(rule) && (first === null || byLocation(rule, first) < 0)) first = rule;
  }
  return first;
}

/** The fields of two rules that differ (for rules of the same direction, target and kind). */
export function ruleDifferences(x: NatRule, y: NatRule): string[] {
  const out: string[] = [];
  const differs = (a: unknown, b: unknown) => a !== b;
  if (differs(x.direction, y.direction) || differs(x.target, y.target)) out.push("direction");
  if (differs(x.kind, y.kind)) out.push("kind");
  if (differs(x.protocol, y.protocol)) out.push("protocol");
  if (differs(x.local, y.local)) out.push("local address");
  if (differs(x.localPort, y.localPort)) out.push("local port");
  if (differs(x.global, y.global)) out.push("global address");
  if (differs(x.globalPort, y.globalPort)) out.push("global port");
  if (differs(x.match, y.match)) out.push(x.kind === "route-map" ? "route-map" : "access list");
  if (differs(x.pool, y.pool)) out.push("pool");
  if (differs(x.overloadInterface, y.overloadInterface) || differs(x.globalInterface, y.globalInterface))
    out.push("interface");
  if (differs(x.vrf, y.vrf)) out.push("VRF");
  if (x.options.join(" ") !== y.options.join(" ")) out.push("options");
  return out;
}

/** A related location on a chassis: `<what> on edge-a`. */
export function relatedOn(chassis: Chassis, location: SourceLocation, what: string): RelatedLocation {
  return { location, message: `${what} on ${chassis.displayName}` };
}
