/**
 * Global `ip nat …` lines → NatConfig. A rule's `identity` is what makes two rules "the same
 * rule" across chassis: everything except the redundancy association, independent of keyword
 * order and of how the interface names are abbreviated.
 */
import type { CommandOf, ParsedNatRule } from "../parse/grammar/index.js";
import { normalizeInterfaceName } from "../parse/ifname.js";
import type { SourceLocation } from "../parse/types.js";
import { maskToPrefixLength } from "./addresses.js";
import { configured } from "./fields.js";
import type { Field, NatConfig, NatPool, NatRule } from "./types.js";

export function buildNatPool(cmd: CommandOf<"nat-pool">, location: SourceLocation): NatPool {
  const prefixLength = cmd.prefixLength ?? (cmd.netmask === null ? null : maskToPrefixLength(cmd.netmask));
  return {
    name: cmd.name,
    start: cmd.start,
    end: cmd.end,
    prefixLength,
    options: [...new Set(cmd.options)].sort(),
    location,
  };
}

/**
 * The identity of a rule without its redundancy association, e.g.
 * `inside|source|list|acl=NAT-G1|pool=POOL-G1|vrf=-|opts=overload` or
 * `inside|source|static|local=10.0.0.5|global=203.0.113.5|vrf=-|opts=-`.
 */
export function natRuleIdentity(
  rule: Omit<NatRule, "identity" | "location" | "redundancy" | "mappingId">,
): string {
  // Joined from an array, not concatenated: `+=` would keep every identity as a rope of pieces.
  const parts: string[] = [rule.direction, rule.target, rule.kind];
  if (rule.kind === "static") {
    if (rule.protocol !== null) parts.push(`proto=${rule.protocol}`);
    parts.push(`local=${rule.local ?? "-"}${portSuffix(rule.localPort)}`);
    const global = rule.global ?? (rule.globalInterface === null ? "-" : `interface:${rule.globalInterface}`);
    parts.push(`global=${global}${portSuffix(rule.globalPort)}`);
  } else {
    parts.push(`${rule.kind === "list" ? "acl" : "route-map"}=${rule.match ?? "-"}`);
    if (rule.pool !== null) parts.push(`pool=${rule.pool}`);
    if (rule.overloadInterface !== null) parts.push(`interface=${rule.overloadInterface}`);
  }
  parts.push(`vrf=${rule.vrf ?? "-"}`);
  parts.push(`opts=${rule.options.length === 0 ? "-" : rule.options.join(",")}`);
  return parts.join("|");
}

function portSuffix(p: number | null): string {
  return p === null ? "" : `:${p}`;
}

/** Distinct flags in sorted order (most rules have none or one). */
function sortedFlags(flags: readonly string[]): string[] {
  if (flags.length === 0) return [];
  if (flags.length === 1) return [flags[0]!];
  return [...new Set(flags)].sort();
}

export function buildNatRule(parsed: ParsedNatRule, location: SourceLocation): NatRule {
  // `outside source static` is written global-first: `ip nat outside source static GLOBAL LOCAL`.
  const insideOrder = parsed.direction === "inside" || parsed.kind !== "static";
  const iface = parsed.interface === null ? null : normalizeInterfaceName(parsed.interface);
  // Written out (no spread), keys in the order they have always had (JSON output follows it).
  const rule = {
    direction: parsed.direction,
    target: parsed.target,
    kind: parsed.kind,
    local: insideOrder ? parsed.first : parsed.second,
    global: insideOrder ? parsed.second : parsed.first,
    protocol: parsed.protocol,
    localPort: insideOrder ? parsed.firstPort : parsed.secondPort,
    globalPort: insideOrder ? parsed.secondPort : parsed.firstPort,
    match: parsed.match,
    pool: parsed.pool,
    overloadInterface: parsed.kind === "static" ? null : iface,
    globalInterface: parsed.kind === "static" ? iface : null,
    vrf: parsed.vrf,
    options: sortedFlags(parsed.flags),
    redundancy: parsed.redundancy === null ? null : configured<number | string>(parsed.redundancy, location),
    mappingId: parsed.mappingId === null ? null : configured(parsed.mappingId, location),
    identity: "",
    location,
  };
  rule.identity = natRuleIdentity(rule);
  return rule;
}

/** Accumulates NAT lines in file order. */
export class NatBuilder {
  private readonly pools = new Map<string, NatPool>();
  private readonly rules: NatRule[] = [];
  private httpReplication: Field<{ readonly port: number | null }> | null = null;
  private readonly disabledServices: Field<string>[] = [];

  addPool(cmd: CommandOf<"nat-pool">, location: SourceLocation): void {
    this.pools.set(cmd.name, buildNatPool(cmd, location));
  }

  addRule(cmd: CommandOf<"nat-rule">, location: SourceLocation): void {
    this.rules.push(buildNatRule(cmd.rule, location));
  }

  setHttpReplication(cmd: CommandOf<"nat-http-replication">, location: SourceLocation): void {
    this.httpReplication = configured({ port: cmd.port }, location);
  }

  addDisabledService(cmd: CommandOf<"nat-service-disabled">, location: SourceLocation): void {
    this.disabledServices.push(configured(cmd.text, location));
  }

  build(): NatConfig {
    return {
      pools: this.pools,
      rules: this.rules,
      httpReplication: this.httpReplication,
      disabledServices: this.disabledServices,
    };
  }
}
