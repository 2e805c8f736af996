/**
 * Token types of the command grammar. One line is lexed at a time. Every non-blank character
 * belongs to some token (the generic `Word` catches everything else), so the lexer never fails.
 *
 * Keywords are case-insensitive and fall back to `Word` when the word is longer (`tracking` is
 * a Word, not `track` + junk). All tokens are in the `AnyWord` category, so positions that take
 * a free name (`pool NAME`, `vrf NAME`) accept a name that happens to be a keyword or a number.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

/** Category matching any single word of the line. */
export const AnyWord = createToken({ name: "AnyWord", pattern: Lexer.NA });

const Blank = createToken({ name: "Blank", pattern: /[ \t\v\f\r]+/, group: Lexer.SKIPPED });

// Everything but blanks, written as ranges (not a complement set) so that chevrotain can use its
// first-character optimization: without it every token type is tried at every position.
export const Word = createToken({
  name: "Word",
  // biome-ignore lint/suspicious/noControlCharactersInRegex: any character but a blank belongs to a word
  pattern: /[\x00-\x08\x0e-\x1f\x21-\uffff]+/,
  categories: [AnyWord],
});

/** `2001:db8::1`, `2001:10:1:20::155/64`, `fe80::1`, `::/0`. */
export const Ipv6 = createToken({
  name: "Ipv6",
  pattern: /[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*(?:\/\d{1,3})?/,
  longer_alt: Word,
  categories: [AnyWord],
});

export const Ipv4 = createToken({
  name: "Ipv4",
  pattern: /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/,
  longer_alt: Word,
  categories: [AnyWord],
});

export const Num = createToken({ name: "Num", pattern: /\d+/, longer_alt: Word, categories: [AnyWord] });

const KEYWORD_WORDS = [
  "access-list",
  "add-route",
  "address",
  "application",
  "asymmetric-routing",
  "authentication",
  "bfd",
  "chain",
  "channel-group",
  "control",
  "data",
  "decrement",
  "delay",
  "deny",
  "description",
  "destination",
  "dhcp",
  "dns",
  "exclusive",
  "extendable",
  "extended",
  "failover",
  "failover-threshold",
  "forwarding",
  "global",
  "group",
  "hellotime",
  "holdtime",
  "hostname",
  "http",
  "icmp-echo",
  "icmp-jitter",
  "inside",
  "inspect",
  "interface",
  "interval",
  "ip",
  "ipv6",
  "key",
  "key-chain",
  "key-string",
  "line-protocol",
  "list",
  "mapping-id",
  "match-in-vrf",
  "md5",
  "min_rx",
  "mode",
  "msec",
  "multiplier",
  "name",
  "nat",
  "negotiated",
  "netmask",
  "network",
  "no",
  "no-alias",
  "no-payload",
  "outside",
  "overload",
  "parameter-map",
  "path-echo",
  "path-jitter",
  "permit",
  "pool",
  "port",
  "preempt",
  "prefix-length",
  "priority",
  "protocol",
  "reachability",
  "redundancy",
  "redundancy-group",
  "reload",
  "remark",
  "replication",
  "reversible",
  "rii",
  "route-map",
  "routing",
  "secondary",
  "security",
  "service",
  "service-policy",
  "shutdown",
  "sla",
  "source",
  "standard",
  "state",
  "static",
  "switchover",
  "tcp",
  "tcp-connect",
  "text",
  "threshold",
  "timers",
  "track",
  "type",
  "udp",
  "udp-echo",
  "udp-jitter",
  "unnumbered",
  "version",
  "voice",
  "voip",
  "vrf",
  "zone",
  "zone-member",
  "zone-pair",
] as const;

export type KeywordWord = (typeof KEYWORD_WORDS)[number];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
}

/** Keyword token types by their (lower-case) word. */
export const Kw: Readonly<Record<KeywordWord, TokenType>> = Object.fromEntries(
  KEYWORD_WORDS.map((word) => [
    word,
    createToken({
      name: `Kw_${word.replace(/[^a-z0-9]/g, "_")}`,
      pattern: new RegExp(escapeRegExp(word), "i"),
      longer_alt: Word,
      categories: [AnyWord],
    }),
  ]),
) as Record<KeywordWord, TokenType>;

/**
 * Lexer order: addresses and numbers first, then keywords longest first (so `ipv6` is tried
 * before `ip` and `key-string` before `key`), then the catch-all Word.
 */
export const ALL_TOKENS: readonly TokenType[] = [
  Blank,
  Ipv6,
  Ipv4,
  Num,
  ...[...KEYWORD_WORDS].sort((x, y) => y.length - x.length || x.localeCompare(y)).map((w) => Kw[w]),
  Word,
  AnyWord,
];

export function createLineLexer(): Lexer {
  // Lexer definitions must not include pure categories (Lexer.NA tokens are allowed but unused).
  return new Lexer([...ALL_TOKENS], { positionTracking: "onlyOffset", ensureOptimizations: true });
}
