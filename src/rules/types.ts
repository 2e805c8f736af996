/**
 * What a rule is: metadata (the public contract: ID, name, level, tags) and a check over the
 * model that reports findings. Rules never print, read files, or know the output format.
 */
import type { Chassis, Pair } from "../model/types.js";
import type { SourceLocation } from "../parse/types.js";

export type Level = "error" | "warning" | "note";
export type Tag =
  | "pairing"
  | "nat"
  | "timers"
  | "security"
  | "firewall"
  | "simulation"
  | "correctness"
  | "drift";
export type Scope = "chassis" | "pair";
/** How sure the fact behind the rule is (domain-reference.md: confirmed / inferred / not found). */
export type Confidence = "confirmed" | "inferred" | "not-found";
/** A chassis' position on the command line. */
export type Side = "a" | "b";

export interface RuleMeta {
  /** `RG104`: stable forever once shipped. */
  readonly id: string;
  /** kebab-case, e.g. `vip-mismatch`. */
  readonly name: string;
  readonly level: Level;
  readonly tags: readonly Tag[];
  readonly scope: Scope;
  /** One sentence: what the rule finds. */
  readonly shortDescription: string;
  /** A paragraph: what it checks and why it matters at failover. */
  readonly fullDescription: string;
  readonly confidence: Confidence;
}

export interface RelatedLocation {
  readonly location: SourceLocation;
  /** What the related line is, e.g. `peer interface with RII 102 on edge-a`. */
  readonly message: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly level: Level;
  /** First sentence states the problem and names the chassis by hostname. Never a secret. */
  readonly message: string;
  readonly location: SourceLocation;
  /** The chassis the primary location is on. */
  readonly side: Side;
  readonly related: readonly RelatedLocation[];
  readonly fix: string | null;
  /** Stable key from the rule and the normalized subject (not line numbers), e.g. `RG104:rii=102`. */
  readonly fingerprint: string;
}

/** What a rule hands to `report`. */
export interface FindingInput {
  readonly message: string;
  readonly location: SourceLocation;
  readonly side: Side;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: string;
  /** The normalized subject for the fingerprint, e.g. `rii=102` or `group=1`. */
  readonly subject: string;
  /** Only for the rules whose catalogue entry has two levels (RG202, RG303, RG405, RG404). */
  readonly level?: Level;
}

export type Report = (finding: FindingInput) => void;

/** A chassis rule runs on each chassis alone. */
export interface ChassisRuleContext {
  readonly chassis: Chassis;
  readonly side: Side;
}

export interface PairRuleContext {
  readonly pair: Pair;
}

export interface ChassisRule extends RuleMeta {
  readonly scope: "chassis";
  check(context: ChassisRuleContext, report: Report): void;
}

export interface PairRule extends RuleMeta {
  readonly scope: "pair";
  check(context: PairRuleContext, report: Report): void;
}

export type Rule = ChassisRule | PairRule;
