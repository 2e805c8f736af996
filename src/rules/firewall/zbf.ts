/** Shared views of the zone-based firewall for the 5xx rules. */
import type { Chassis, ZonePair } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import { rootsStartingWith } from "../stanzas.js";

function earliest(locations: readonly SourceLocation[]): SourceLocation | null {
  let first: SourceLocation | null = null;
  for (const l of locations) if (first === null || l.line < first.line) first = l;
  return first;
}

/**
 * Whether the chassis runs a zone-based firewall, and the line that shows it: the first `zone
 * security` or `zone-pair security` line, else (zones used but never defined) the first
 * `zone-member security` line. Null when the chassis has none of them.
 */
export function firewallEvidence(chassis: Chassis): SourceLocation | null {
  const { zones, zonePairs } = chassis.firewall;
  const defined = earliest([
    ...[...zones.values()].map((z) => z.location),
    ...zonePairs.map((p) => p.location),
  ]);
  if (defined !== null) return defined;
  const members: SourceLocation[] = [];
  for (const iface of chassis.interfaces.values()) {
    if (iface.zone?.location) members.push(iface.zone.location);
  }
  return earliest(members);
}

/** The global inspect parameter map and its `redundancy` line, in either spelling. */
export interface InspectGlobalView {
  /** The `parameter-map type inspect global` (or `inspect-global`) line. */
  readonly location: SourceLocation;
  readonly redundancy: SourceLocation | null;
}

/**
 * `parameter-map type inspect global` from the model. Newer IOS-XE releases write the block as
 * `parameter-map type inspect-global`, which the model does not read; it is looked up in the tree
 * so that its `redundancy` line counts too.
 */
export function inspectGlobal(chassis: Chassis): InspectGlobalView | null {
  const modelled = chassis.firewall.inspectGlobal;
  if (modelled?.redundancy) return { location: modelled.location, redundancy: modelled.redundancy };
  let view: InspectGlobalView | null =
    modelled === null ? null : { location: modelled.location, redundancy: null };
  for (const root of rootsStartingWith(chassis, "parameter-map")) {
    const words = root.words.map((w) => w.toLowerCase());
    if (
      words.length !== 3 ||
      words[0] !== "parameter-map" ||
      words[1] !== "type" ||
      words[2] !== "inspect-global"
    ) {
      continue;
    }
    const redundancy = root.children.find((c) => c.words[0]?.toLowerCase() === "redundancy");
    if (redundancy !== undefined) return { location: root.location, redundancy: redundancy.location };
    view ??= { location: root.location, redundancy: null };
  }
  return view;
}

/** `INSIDE → OUTSIDE`: how a zone pair is keyed and shown (its name is a local label). */
export function zonePairKey(zp: ZonePair): string {
  return `${zoneName(zp.source)} → ${zoneName(zp.destination)}`;
}

/** Zone names are case-sensitive; `self` is a keyword. */
function zoneName(name: string): string {
  return name.toLowerCase() === "self" ? "self" : name;
}

/** The `service-policy type inspect …` line under a zone pair, found in the tree; null when none. */
export function servicePolicyLine(chassis: Chassis, zp: ZonePair): SourceLocation | null {
  let found: SourceLocation | null = null;
  // Every `zone-pair security NAME …` stanza of this pair: a block given twice is merged in order.
  for (const root of rootsStartingWith(chassis, "zone-pair")) {
    const [w0, w1, name] = root.words;
    if (w0?.toLowerCase() !== "zone-pair" || w1?.toLowerCase() !== "security" || name !== zp.name) continue;
    for (const child of root.children) {
      if (child.words[0]?.toLowerCase() === "service-policy") found = child.location;
    }
  }
  return found;
}
