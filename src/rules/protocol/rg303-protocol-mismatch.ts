import type {
  Chassis,
  ControlLink,
  KeyChain,
  ProtocolAuthentication,
  SourceLocation,
} from "../../model/types.js";
import type { PairRule } from "../types.js";
import { type EffectiveProtocol, effectiveProtocol, timerText } from "./links.js";

/** One chassis' side of a compared protocol instance. */
interface Use {
  readonly chassis: Chassis;
  readonly control: ControlLink;
  readonly protocol: EffectiveProtocol;
}

function authText(auth: ProtocolAuthentication): string {
  switch (auth.kind) {
    case "none":
      return "no authentication";
    case "text":
      return "plain-text authentication";
    case "md5-key-string":
      return "MD5 authentication with a key string";
    case "md5-key-chain":
      return `MD5 authentication with key chain ${auth.keyChain}`;
  }
}

/** Whether two key chains hold the same keys (same key numbers, same key strings). */
function sameKeys(x: KeyChain, y: KeyChain): boolean {
  if (x.keys.size !== y.keys.size) return false;
  for (const [id, key] of x.keys) {
    const other = y.keys.get(id);
    if (other === undefined) return false;
    if ((key.secret?.digest ?? null) !== (other.secret?.digest ?? null)) return false;
  }
  return true;
}

/**
 * How the authentication of b differs from a's, as a clause without secrets; null when the two
 * authenticate alike. Key chains are compared by their keys when both chassis define them (their
 * names are local), by name otherwise.
 */
function authenticationDifference(a: Use, b: Use): string | null {
  const x = a.protocol.authentication;
  const y = b.protocol.authentication;
  const an = a.chassis.displayName;
  const bn = b.chassis.displayName;
  if (x.kind !== y.kind) return `${bn} uses ${authText(y)}, ${an} uses ${authText(x)}`;
  if (
    (x.kind === "text" || x.kind === "md5-key-string") &&
    (y.kind === "text" || y.kind === "md5-key-string")
  ) {
    return x.secret.digest === y.secret.digest
      ? null
      : `both use ${authText(y)}, but the authentication keys differ`;
  }
  if (x.kind === "md5-key-chain" && y.kind === "md5-key-chain") {
    const chainA = a.chassis.keyChains.get(x.keyChain);
    const chainB = b.chassis.keyChains.get(y.keyChain);
    if (chainA !== undefined && chainB !== undefined) {
      if (sameKeys(chainA, chainB)) return null;
      const chains =
        x.keyChain === y.keyChain ? `key chain ${y.keyChain}` : `key chains ${y.keyChain} and ${x.keyChain}`;
      return `both use MD5 authentication, but the keys in ${chains} differ (key numbers or key strings)`;
    }
    if (chainB === undefined && chainA !== undefined)
      return `key chain ${y.keyChain} is not defined on ${bn}`;
    if (chainA === undefined && chainB !== undefined)
      return `key chain ${x.keyChain} is not defined on ${an}`;
    return x.keyChain === y.keyChain
      ? null
      : `${bn} uses key chain ${y.keyChain}, ${an} uses key chain ${x.keyChain} (neither is defined)`;
  }
  return null;
}

function bfdText(use: Use): string {
  const block = use.protocol.block;
  const stated = block !== null && !block.bfd.isDefault;
  return `${use.protocol.bfd ? "BFD on" : "BFD off"}${stated ? "" : " (default)"}`;
}

function timersText(use: Use): string {
  const block = use.protocol.block;
  const stated = block !== null && block.timersLocation !== null;
  return `hellotime ${timerText(use.protocol.helloMs)}, holdtime ${timerText(use.protocol.holdMs)}${stated ? "" : " (defaults)"}`;
}

/** The line that carries an aspect of a protocol instance: the aspect's line, else the block, else the control line. */
function authLine(use: Use): SourceLocation {
  return use.protocol.authentication.location ?? use.protocol.block?.location ?? use.control.location;
}
function bfdLine(use: Use): SourceLocation {
  const block = use.protocol.block;
  return block?.bfd.location ?? block?.location ?? use.control.location;
}
function timersLine(use: Use): SourceLocation {
  const block = use.protocol.block;
  return block?.timersLocation ?? block?.location ?? use.control.location;
}

/** `protocol 1`, with notes in one parenthesis: `protocol 1 (used by group 1; no block, defaults apply)`. */
function instanceName(use: Use, notes: readonly string[] = []): string {
  const all = use.protocol.block === null ? [...notes, "no block, defaults apply"] : notes;
  return `protocol ${use.protocol.id}${all.length > 0 ? ` (${all.join("; ")})` : ""}`;
}

export const rg303: PairRule = {
  id: "RG303",
  name: "protocol-mismatch",
  level: "error",
  tags: ["pairing", "timers", "security"],
  scope: "pair",
  confidence: "inferred",
  shortDescription:
    "The protocol instance a group uses differs between the chassis in authentication or BFD (error), or only in hello/hold timers (warning).",
  fullDescription:
    "A group's control line (`control IF protocol N`) names the protocol instance that runs its hellos. When the two chassis authenticate differently (kind, key or key chain), each rejects the other's hellos: they stop hearing each other and both become active. A difference in `bfd` makes one chassis detect a lost peer in milliseconds and the other only after the holdtime. A difference only in hello/hold timers is a warning: the chassis then detect a failure of the other after different times. The effective values are compared, so an instance without a block counts with its defaults (hellotime 3 s, holdtime 10 s, no authentication, BFD on). Keys are compared by digest and never shown.",
  check({ pair }, report) {
    // Several groups usually share one instance: compare each (instance on A, instance on B) once.
    const seen = new Map<string, { a: Use; b: Use; groups: number[] }>();
    for (const match of pair.groups) {
      const ca = match.a?.control ?? null;
      const cb = match.b?.control ?? null;
      if (match.a === null || match.b === null || ca === null || cb === null) continue;
      const key = `${ca.protocol}/${cb.protocol}`;
      const entry = seen.get(key);
      if (entry !== undefined) {
        entry.groups.push(match.b.id);
        continue;
      }
      seen.set(key, {
        a: { chassis: pair.a, control: ca, protocol: effectiveProtocol(pair.a, ca.protocol) },
        b: { chassis: pair.b, control: cb, protocol: effectiveProtocol(pair.b, cb.protocol) },
        groups: [match.b.id],
      });
    }
    for (const { a, b, groups } of seen.values()) {
      const an = pair.a.displayName;
      const bn = pair.b.displayName;
      const instance =
        a.protocol.id === b.protocol.id ? `${a.protocol.id}` : `${a.protocol.id}/${b.protocol.id}`;
      const usedBy = `${groups.length === 1 ? "group" : "groups"} ${groups.join(" and ")}`;
      const head = `${bn}'s ${instanceName(b, [`used by ${usedBy}`])} and ${an}'s ${instanceName(a)}`;

      const auth = authenticationDifference(a, b);
      if (auth !== null) {
        report({
          message: `${head} authenticate differently: ${auth}, so each chassis rejects the other's hellos and both become active.`,
          location: authLine(b),
          side: "b",
          related: [{ location: authLine(a), message: `authentication of ${instanceName(a)} on ${an}` }],
          fix: "Configure the same `authentication` under the protocol instance on both chassis: the same kind, the same key string or a key chain with the same keys (preferably MD5 from a key chain).",
          subject: `protocol=${instance}:authentication`,
        });
      }
      if (a.protocol.bfd !== b.protocol.bfd) {
        report({
          message: `${head} differ in BFD: ${bn} has ${bfdText(b)}, ${an} has ${bfdText(a)}, so one chassis detects a lost peer within milliseconds and the other only after its holdtime.`,
          location: bfdLine(b),
          side: "b",
          related: [{ location: bfdLine(a), message: `BFD setting of ${instanceName(a)} on ${an}` }],
          fix: "Configure `bfd` the same way under the protocol instance on both chassis (BFD is on by default).",
          subject: `protocol=${instance}:bfd`,
        });
      }
      if (a.protocol.helloMs !== b.protocol.helloMs || a.protocol.holdMs !== b.protocol.holdMs) {
        report({
          message: `${head} differ in timers: ${bn} has ${timersText(b)}, ${an} has ${timersText(a)}, so the chassis detect a failure of the other after different times.`,
          location: timersLine(b),
          side: "b",
          related: [{ location: timersLine(a), message: `timers of ${instanceName(a)} on ${an}` }],
          fix: "Configure the same `timers hellotime … holdtime …` under the protocol instance on both chassis.",
          subject: `protocol=${instance}:timers`,
          level: "warning",
        });
      }
    }
  },
};
