/**
 * The `redundancy` block of a chassis rendered as canonical text for RG601: groups and protocol
 * instances sorted by number, interface names normalized, lines in a fixed order, a value equal to
 * its default omitted whether it was written or not, secrets as `<secret>`. Left out: the fields
 * meant to differ per chassis (FIELD_POLICIES) and the fields a more specific rule compares, so
 * that a difference in the rendering is a difference no other rule reports.
 */

import { DEFAULT_BFD, DEFAULT_HELLO_MS, DEFAULT_HOLD_MS } from "../../model/defaults.js";
import { fieldPolicy } from "../../model/policy.js";
import type {
  Chassis,
  Pair,
  ProtocolAuthentication,
  RedundancyApplication,
  RedundancyGroup,
  RedundancyProtocol,
} from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";

/**
 * How RG601 treats a field: `compared` (rendered), `per-chassis` and `local` (FIELD_POLICIES: never
 * drift), or the ID of the more specific rule that reports a difference in it.
 */
export type Treatment = "compared" | "per-chassis" | "local" | `RG${number}`;

type TreatmentTable<T> = { readonly [K in keyof Required<T>]: Treatment };

export const REDUNDANCY_TREATMENT = {
  location: "local",
  mode: "RG603",
  applicationLocation: "local",
  // A group on one chassis only is RG201's; the groups on both are rendered field by field.
  groups: "compared",
  protocols: "compared",
} as const satisfies TreatmentTable<RedundancyApplication>;

export const GROUP_TREATMENT = {
  id: "compared",
  location: "local",
  name: "compared",
  preempt: "per-chassis",
  priority: "per-chassis",
  failoverThreshold: "per-chassis",
  legacyThresholdSyntax: "local",
  // Except in a group that tracks an object its chassis does not define (RG205/RG207 report it):
  // the group's track lines are then left out on both chassis, so that one typo is reported once.
  tracks: "compared",
  delayMs: "RG208",
  reloadMs: "RG208",
  // The interface and the protocol number; the settings of the instance it names are RG303's.
  control: "compared",
  data: "compared",
  asymmetricRouting: "RG503",
  shutdown: "compared",
} as const satisfies TreatmentTable<RedundancyGroup>;

/**
 * Timers, authentication and BFD of an instance that a group uses on both chassis are RG303's
 * (it compares the instances the two control lines name); those of any other instance are compared
 * here (see `protocolSettingsOwner`).
 */
export const PROTOCOL_TREATMENT = {
  id: "compared",
  location: "local",
  name: "compared",
  helloMs: "RG303",
  holdMs: "RG303",
  timersLocation: "local",
  authentication: "RG303",
  bfd: "RG303",
} as const satisfies TreatmentTable<RedundancyProtocol>;

/** The rules whose fields the rendering leaves out, for messages and docs. */
export const LEFT_OUT_RULES = ["RG201", "RG205", "RG208", "RG303", "RG304", "RG503", "RG603"] as const;

/** A line of the rendering, with the source line it stands for. */
export interface RenderedLine {
  readonly text: string;
  /** Nesting depth: 0 `redundancy`, 1 `application redundancy`, 2 `group`/`protocol`, 3 their lines. */
  readonly depth: number;
  readonly location: SourceLocation;
}

/** What the rendering of one chassis needs to know about the pair. */
export interface RenderContext {
  /** Groups defined on both chassis (the others are RG201's). */
  readonly sharedGroups: ReadonlySet<number>;
  /** Groups whose `track` lines are left out: a chassis tracks an object it does not define (RG205). */
  readonly groupsWithUndefinedTracks: ReadonlySet<number>;
  /** Protocol numbers whose timers, authentication and BFD RG303 compares. */
  readonly protocolsComparedByRg303: ReadonlySet<number>;
  /** Protocol numbers left out entirely: a group references them on a chassis without the block (RG304). */
  readonly protocolsLeftOut: ReadonlySet<number>;
  /** The peer's protocol blocks, to say whether two keys differ without showing either. */
  readonly peerProtocols: ReadonlyMap<number, RedundancyProtocol>;
  /** How a note about the peer names it. */
  readonly peerName: string;
}

export function renderContexts(pair: Pair): { a: RenderContext; b: RenderContext } {
  const sharedGroups = new Set<number>();
  const compared = new Set<number>();
  for (const m of pair.groups) {
    if (m.a === null || m.b === null) continue;
    sharedGroups.add(m.a.id);
    if (m.a.control !== null && m.b.control !== null) {
      compared.add(m.a.control.protocol);
      compared.add(m.b.control.protocol);
    }
  }
  const leftOut = new Set<number>();
  const undefinedTracks = new Set<number>();
  for (const c of [pair.a, pair.b]) {
    for (const g of c.redundancy?.groups.values() ?? []) {
      if (g.control !== null && !c.redundancy?.protocols.has(g.control.protocol))
        leftOut.add(g.control.protocol);
      if (g.tracks.some((t) => !c.tracks.has(t.track))) undefinedTracks.add(g.id);
    }
  }
  const protocolsOf = (c: Chassis) => c.redundancy?.protocols ?? new Map<number, RedundancyProtocol>();
  const base = {
    sharedGroups,
    groupsWithUndefinedTracks: undefinedTracks,
    protocolsComparedByRg303: compared,
    protocolsLeftOut: leftOut,
  };
  return {
    a: { ...base, peerProtocols: protocolsOf(pair.b), peerName: pair.b.displayName },
    b: { ...base, peerProtocols: protocolsOf(pair.a), peerName: pair.a.displayName },
  };
}

/** `3` for whole seconds, `msec 250` otherwise (as IOS accepts either per timer). */
function timerWords(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}` : `msec ${ms}`;
}

const SECRET = "<secret>";

function authenticationText(auth: ProtocolAuthentication): string | null {
  switch (auth.kind) {
    case "none":
      return null;
    case "text":
      return `authentication text ${SECRET}`;
    case "md5-key-string":
      return `authentication md5 key-string ${SECRET}`;
    case "md5-key-chain":
      return `authentication md5 key-chain ${auth.keyChain}`;
  }
}

/** Whether both instances use a key of the same kind and the keys differ (compared by digest). */
function keysDiffer(x: ProtocolAuthentication, y: ProtocolAuthentication | undefined): boolean {
  if (y === undefined || x.kind !== y.kind) return false;
  if (
    (x.kind === "text" || x.kind === "md5-key-string") &&
    (y.kind === "text" || y.kind === "md5-key-string")
  ) {
    return x.secret.digest !== y.secret.digest;
  }
  return false;
}

/** The compared fields of a table: exactly the ones a renderer must exist for. */
type ComparedFields<Table> = {
  [K in keyof Table as Table[K] extends "compared" ? K : never]: Table[K];
};

/** One rendered group line: its text and the line it came from (null: the `group N` line). */
type LineSpec = readonly [text: string, location: SourceLocation | null];

/**
 * The lines of each compared group field, in rendering order. The type requires a renderer for
 * every field GROUP_TREATMENT marks `compared` and allows no other, so the table and the rendering
 * cannot drift apart. `id` is the `group N` header, rendered by the caller.
 */
const GROUP_LINES: {
  readonly [K in Exclude<keyof ComparedFields<typeof GROUP_TREATMENT>, "id">]: (
    g: RedundancyGroup,
    context: RenderContext,
  ) => LineSpec[];
} = {
  name: (g) => (g.name === null ? [] : [[`name ${g.name.value}`, g.name.location]]),
  control: (g) =>
    g.control === null
      ? []
      : [[`control ${g.control.interface} protocol ${g.control.protocol}`, g.control.location]],
  data: (g) => (g.data === null ? [] : [[`data ${g.data.interface}`, g.data.location]]),
  tracks: (g, context) =>
    context.groupsWithUndefinedTracks.has(g.id)
      ? []
      : [...g.tracks]
          .sort((x, y) => x.track - y.track)
          .map((t) => [
            t.action === "shutdown"
              ? `track ${t.track} shutdown`
              : `track ${t.track} decrement ${t.decrement}`,
            t.location,
          ]),
  // `no shutdown` is the default: rendered only when shut.
  shutdown: (g) => (g.shutdown.value ? [["shutdown", g.shutdown.location]] : []),
};

function renderGroup(group: RedundancyGroup, context: RenderContext, out: RenderedLine[]): void {
  out.push({ text: `  group ${group.id}`, depth: 2, location: group.location });
  for (const render of Object.values(GROUP_LINES)) {
    for (const [text, location] of render(group, context)) {
      out.push({ text: `   ${text}`, depth: 3, location: location ?? group.location });
    }
  }
}

function renderProtocol(protocol: RedundancyProtocol, context: RenderContext, out: RenderedLine[]): void {
  const at = protocol.location;
  if (at === null) return; // only referenced, not configured
  out.push({ text: `  protocol ${protocol.id}`, depth: 2, location: at });
  const line = (text: string, location: SourceLocation | null) =>
    out.push({ text: `   ${text}`, depth: 3, location: location ?? at });
  if (protocol.name !== null) line(`name ${protocol.name.value}`, protocol.name.location);
  if (context.protocolsComparedByRg303.has(protocol.id)) return;
  // Settings of an instance no group uses on both chassis: compared here, defaults omitted.
  if (protocol.helloMs.value !== DEFAULT_HELLO_MS || protocol.holdMs.value !== DEFAULT_HOLD_MS) {
    line(
      `timers hellotime ${timerWords(protocol.helloMs.value)} holdtime ${timerWords(protocol.holdMs.value)}`,
      protocol.timersLocation,
    );
  }
  const auth = authenticationText(protocol.authentication);
  if (auth !== null) {
    const differs = keysDiffer(
      protocol.authentication,
      context.peerProtocols.get(protocol.id)?.authentication,
    );
    // Only B's line carries the note, so the diff shows a change without showing either key.
    line(
      differs && context.peerName !== "" ? `${auth} ! not the same key as ${context.peerName}'s` : auth,
      protocol.authentication.location,
    );
  }
  if (protocol.bfd.value !== DEFAULT_BFD) line(protocol.bfd.value ? "bfd" : "no bfd", protocol.bfd.location);
}

/**
 * The normalized rendering of a chassis' `redundancy` block. `noteKeyDifferences` is set for
 * chassis B only, so that a key difference shows up once, as a changed line.
 */
export function renderRedundancy(
  app: RedundancyApplication,
  context: RenderContext,
  noteKeyDifferences: boolean,
): RenderedLine[] {
  const out: RenderedLine[] = [
    { text: "redundancy", depth: 0, location: app.location },
    { text: " application redundancy", depth: 1, location: app.applicationLocation ?? app.location },
  ];
  for (const group of [...app.groups.values()].sort((x, y) => x.id - y.id)) {
    if (context.sharedGroups.has(group.id)) renderGroup(group, context, out);
  }
  const protocolContext = noteKeyDifferences ? context : { ...context, peerName: "" };
  for (const protocol of [...app.protocols.values()].sort((x, y) => x.id - y.id)) {
    if (!context.protocolsLeftOut.has(protocol.id)) renderProtocol(protocol, protocolContext, out);
  }
  return out;
}

/** Whether a treatment table agrees with FIELD_POLICIES on the per-chassis and local fields (tested). */
export function treatmentMatchesPolicy(
  element: "redundancy" | "group" | "protocol",
  table: Readonly<Record<string, Treatment>>,
): string[] {
  const problems: string[] = [];
  for (const [field, treatment] of Object.entries(table)) {
    const policy = fieldPolicy(element, field as never);
    const ok =
      policy === "must-match" ? treatment !== "per-chassis" && treatment !== "local" : treatment === policy;
    if (!ok) problems.push(`${element}.${field}: policy ${policy}, RG601 treats it as ${treatment}`);
  }
  return problems;
}
