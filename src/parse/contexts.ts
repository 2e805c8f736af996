/**
 * IOS configuration modes that rglint knows, which commands open them, and which sub-commands
 * they accept. The reader uses this to re-attach lines whose indentation is damaged (IOS itself
 * ignores indentation when a config is pasted: a command stays in the current mode when that
 * mode accepts it); the grammar uses it to decide which lines it parses.
 */

/** Every mode rglint knows, in the order of their codes (CONTEXT_CODE: how the reader stores them). */
export const CONTEXT_KINDS = [
  "global",
  "redundancy",
  "red-app",
  "red-group",
  "red-protocol",
  "interface",
  "voice-service",
  "inspect-global",
  "acl-standard",
  "acl-extended",
  "ip-sla",
  "track",
  "zone",
  "zone-pair",
  "key-chain",
  "key",
  "vrf",
  "dial-peer",
  "sip-ua",
  "other",
] as const;

export type ContextKind = (typeof CONTEXT_KINDS)[number];

export const CONTEXT_CODE: Readonly<Record<ContextKind, number>> = Object.fromEntries(
  CONTEXT_KINDS.map((kind, code) => [kind, code]),
) as Record<ContextKind, number>;

/**
 * The first four words of a command, lower-cased ("" where the command is shorter), and its
 * number of words: all that the mode tables below look at. The reader builds it once per line
 * without splitting the whole line.
 */
export interface CommandHead {
  readonly w0: string;
  readonly w1: string;
  readonly w2: string;
  readonly w3: string;
  readonly count: number;
}

/** `/^\d+$/` without a regular expression (digits are unchanged by lower-casing). */
export function isDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The mode a command opens when it is given in `parent` mode, or "other" for any other block. */
export function contextOpenedByHead(parent: ContextKind, h: CommandHead): ContextKind {
  // Words are read only in the modes whose commands open a known mode: the head is lazy, and
  // most commands sit in blocks whose sub-commands open none.
  switch (parent) {
    case "global": {
      const { w0, w1 } = h;
      if (w0 === "redundancy" && h.count === 1) return "redundancy";
      if (w0 === "interface") return "interface";
      if (w0 === "voice" && w1 === "service" && h.w2 === "voip") return "voice-service";
      if (w0 === "parameter-map" && w1 === "type" && h.w2 === "inspect" && h.w3 === "global")
        return "inspect-global";
      if (w0 === "ip" && w1 === "access-list" && h.w2 === "standard") return "acl-standard";
      if (w0 === "ip" && w1 === "access-list" && h.w2 === "extended") return "acl-extended";
      if (w0 === "ip" && w1 === "sla" && isDigits(h.w2)) return "ip-sla";
      if (w0 === "track" && isDigits(w1)) return "track";
      if (w0 === "zone" && w1 === "security") return "zone";
      if (w0 === "zone-pair" && w1 === "security") return "zone-pair";
      if (w0 === "key" && w1 === "chain") return "key-chain";
      if (w0 === "vrf" && w1 === "definition") return "vrf";
      if (w0 === "ip" && w1 === "vrf" && h.count === 3) return "vrf";
      if (w0 === "dial-peer" && w1 === "voice") return "dial-peer";
      if (w0 === "sip-ua") return "sip-ua";
      return "other";
    }
    case "redundancy":
      if (h.w0 === "application" && h.w1 === "redundancy") return "red-app";
      return "other";
    case "red-app":
      if (h.w0 === "group") return "red-group";
      if (h.w0 === "protocol") return "red-protocol";
      return "other";
    case "key-chain":
      if (h.w0 === "key") return "key";
      return "other";
    default:
      return "other";
  }
}

/**
 * Whether `ctx` accepts the command as a sub-command. Deliberately precise: a global command
 * must never be mistaken for a sub-command, or a well-formed config would be mis-nested.
 */
export function acceptsSubcommandHead(ctx: ContextKind, h: CommandHead): boolean {
  // Words past the second (and the count) are read only where a table needs them: the head is lazy.
  const { w0, w1 } = h;
  switch (ctx) {
    case "redundancy":
      return (
        (w0 === "mode" && h.count === 2) || (w0 === "application" && w1 === "redundancy" && h.count === 2)
      );
    case "red-app":
      return (w0 === "group" || w0 === "protocol") && h.count === 2 && isDigits(w1);
    case "red-group":
      return (
        w0 === "name" ||
        w0 === "preempt" ||
        w0 === "priority" ||
        (w0 === "track" && isDigits(w1) && (h.w2 === "decrement" || h.w2 === "shutdown")) ||
        (w0 === "timers" && (w1 === "delay" || w1 === "reload")) ||
        (w0 === "control" && h.w2 === "protocol") ||
        (w0 === "data" && h.count === 2) ||
        w0 === "asymmetric-routing" ||
        (w0 === "shutdown" && h.count === 1)
      );
    case "red-protocol":
      return (
        w0 === "name" ||
        (w0 === "timers" && (w1 === "hellotime" || w1 === "holdtime")) ||
        w0 === "authentication" ||
        (w0 === "bfd" && h.count === 1)
      );
    case "interface":
      return (
        w0 === "description" ||
        (w0 === "ip" && w1 === "address") ||
        (w0 === "no" && w1 === "ip" && h.w2 === "address" && h.count === 3) ||
        (w0 === "ipv6" && w1 === "address") ||
        (w0 === "ip" && w1 === "nat" && h.count === 3 && (h.w2 === "inside" || h.w2 === "outside")) ||
        (w0 === "vrf" && w1 === "forwarding") ||
        (w0 === "ip" && w1 === "vrf" && h.w2 === "forwarding") ||
        (w0 === "shutdown" && h.count === 1) ||
        (w0 === "no" && w1 === "shutdown" && h.count === 2) ||
        (w0 === "redundancy" &&
          (w1 === "rii" || w1 === "group" || w1 === "asymmetric-routing" || w1 === "decrement")) ||
        (w0 === "zone-member" && w1 === "security") ||
        (w0 === "bfd" && w1 === "interval") ||
        w0 === "channel-group" ||
        (w0 === "negotiation" && h.count === 2) ||
        w0 === "media-type" ||
        (w0 === "cdp" && w1 === "enable") ||
        (w0 === "encapsulation" && w1 === "dot1q") ||
        (w0 === "mtu" && h.count === 2)
      );
    case "voice-service":
      return (
        w0 === "redundancy-group" ||
        (w0 === "sip" && h.count === 1) ||
        (w0 === "h323" && h.count === 1) ||
        w0 === "allow-connections" ||
        (w0 === "media" && w1 === "bulk-stats") ||
        (w0 === "no" && w1 === "ip" && h.w2 === "address" && h.w3 === "trusted") ||
        (w0 === "ip" && w1 === "address" && h.w2 === "trusted")
      );
    case "acl-standard":
    case "acl-extended":
      return (
        w0 === "permit" ||
        w0 === "deny" ||
        w0 === "remark" ||
        (isDigits(w0) && (w1 === "permit" || w1 === "deny" || w1 === "remark"))
      );
    case "ip-sla":
      return w0 === "icmp-echo" || w0 === "udp-jitter" || w0 === "tcp-connect" || w0 === "frequency";
    case "key-chain":
      return w0 === "key" && isDigits(w1) && h.count === 2;
    case "key":
      return w0 === "key-string" || w0 === "cryptographic-algorithm";
    case "vrf":
      return w0 === "rd" || w0 === "route-target" || (w0 === "address-family" && h.count >= 2);
    case "dial-peer":
      return (
        w0 === "destination-pattern" ||
        (w0 === "session" && (w1 === "protocol" || w1 === "target")) ||
        (w0 === "voice-class" && w1 === "sip") ||
        w0 === "codec" ||
        (w0 === "incoming" && w1 === "called-number") ||
        (w0 === "no" && w1 === "vad" && h.count === 2)
      );
    case "sip-ua":
      return w0 === "transport" || (w0 === "protocol" && w1 === "mode");
    default:
      return false;
  }
}

/**
 * Global commands that a sub-command table could otherwise claim (bare `redundancy` is both the
 * global block and a sub-command of `parameter-map type inspect global`).
 */
export function isUnambiguousGlobalHead(h: CommandHead): boolean {
  return (h.w0 === "redundancy" && h.count === 1) || h.w0 === "interface" || h.w0 === "hostname";
}
