/**
 * Token types of the command grammar. One line is lexed at a time. Every non-blank character
 * belongs to some token (the generic `Word` catches everything else), so the lexer never fails.
 *
 * Keywords are case-insensitive and fall back to `Word` when the word is longer (`tracking` is
 * a Word, not `track` + junk). All tokens are in the `AnyWord` category, so positions that take
 * a free name (`pool NAME`, `vrf NAME`) accept a name that happens to be a keyword or a number.
 */
import { createToken, type IToken, Lexer, type TokenType } from "chevrotain";
import { byCodeUnit } from "../../compare.js";
import { findWord, indexWords, isBlank } from "../node.js";

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
 * before `ip` and `key-string` before `key`), then the catch-all Word. Keywords of one length
 * cannot match the same text, so their order is only for a stable list: by code unit, not
 * `localeCompare`, whose collator cost about 9 ms of every start-up.
 */
export const ALL_TOKENS: readonly TokenType[] = [
  Blank,
  Ipv6,
  Ipv4,
  Num,
  ...[...KEYWORD_WORDS].sort((x, y) => y.length - x.length || byCodeUnit(x, y)).map((w) => Kw[w]),
  Word,
  AnyWord,
];

export function createLineLexer(): Lexer {
  // Lexer definitions must not include pure categories (Lexer.NA tokens are allowed but unused).
  return new Lexer([...ALL_TOKENS], { positionTracking: "onlyOffset", ensureOptimizations: true });
}

// ── Run-time tokenizer ────────────────────────────────────────────────────────────────────────
//
// With every token type above ending at a blank (each has `Word` as its longer alternative, and
// `Word` takes a whole run of non-blank characters), the chevrotain lexer built from ALL_TOKENS
// always yields one token per whitespace-separated word. Which type a word gets depends on the
// word alone, so the lines are split here and each word is given that type directly: the same
// tokens as `createLineLexer().tokenize`, without trying a dozen regular expressions per word.
// test/parse/tokens.test.ts checks the two agree on arbitrary input.

/** The keywords, to match a word in place (no lower-cased copy). */
const KEYWORD_INDEX = indexWords(KEYWORD_WORDS);

const IPV6_WORD = /^[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*(?:\/\d{1,3})?$/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** `\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}` matching all of text[start, end). */
function isIpv4Word(text: string, start: number, end: number): boolean {
  let groups = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (++digits > 3) return false;
    } else if (c === 46 && digits > 0 && groups < 3) {
      groups++;
      digits = 0;
    } else return false;
  }
  return groups === 3 && digits > 0;
}

function isDigitsWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return end > start;
}

/** The keyword text[start, end) spells in any case (ASCII letters only, as `/i` matches), or Word. */
function keywordOrWord(text: string, start: number, end: number): TokenType {
  const keyword = findWord(KEYWORD_INDEX, text, start, end);
  return keyword === undefined ? Word : Kw[keyword as KeywordWord];
}

/**
 * The token type the chevrotain lexer gives the word text[start, end) (no blanks, not empty).
 * The lexer tries Ipv6, Ipv4, Num, the keywords (longest first), then Word, takes the first that
 * matches at the start of the word, and falls back to Word when Word's match is longer:
 * - Ipv6 matches at the start when at most four hex digits precede a `:`; then the word is Ipv6
 *   if the pattern takes all of it, else Word.
 * - Otherwise a word starting with a digit is Ipv4 or Num when that pattern takes all of it.
 * - Otherwise the word is the keyword it spells in any case (`/i`: ASCII letters only; a longer
 *   keyword is tried before any keyword that is its prefix, so only a whole-word match counts),
 *   else Word.
 */
function tokenTypeAt(text: string, start: number, end: number): TokenType {
  let hexRun = start;
  while (hexRun < start + 4 && hexRun < end && isHex(text.charCodeAt(hexRun))) hexRun++;
  if (hexRun < end && text.charCodeAt(hexRun) === 58 /* : */)
    return IPV6_WORD.test(text.slice(start, end)) ? Ipv6 : Word;
  if (isDigit(text.charCodeAt(start)))
    return isIpv4Word(text, start, end) ? Ipv4 : isDigitsWord(text, start, end) ? Num : Word;
  return keywordOrWord(text, start, end);
}

/** The token type the chevrotain lexer gives `word` (one whole word: no blanks, not empty). */
export function tokenTypeOfWord(word: string): TokenType {
  return tokenTypeAt(word, 0, word.length);
}

/**
 * The tokens of one line, as the chevrotain lexer would give them (offsets only), or null when
 * the lexer would report an error: a line feed, the one character no token takes.
 */
export function tokenizeLine(text: string): IToken[] | null {
  return lexInto(text, []);
}

/**
 * A token of `tokenizeLineShared`: reused from line to line, and its image is sliced from the
 * line only when asked for (the grammar reads the images of names and values, not of keywords).
 */
class LineToken implements IToken {
  line = "";
  startOffset = 0;
  endOffset = 0;
  tokenTypeIdx = 0;
  tokenType: TokenType = Word;

  get image(): string {
    return this.line.slice(this.startOffset, this.endOffset);
  }
}

const tokenPool: LineToken[] = [];
const sharedTokens: IToken[] = [];

/**
 * `tokenizeLine` without allocating tokens: the array and its tokens are reused by the next call,
 * so they must not be kept once the line is parsed (the parser keeps only images and offsets).
 */
export function tokenizeLineShared(text: string): IToken[] | null {
  return lexInto(text, sharedTokens);
}

function lexInto(text: string, tokens: IToken[]): IToken[] | null {
  const reuse = tokens === sharedTokens;
  let k = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Everything above a space is part of a word: test that first.
    let c = text.charCodeAt(i);
    if (c <= 32 && isBlank(c)) {
      i++;
      continue;
    }
    const start = i;
    while (c > 32 || !isBlank(c)) {
      if (c === 10) return null;
      if (++i >= n) break;
      c = text.charCodeAt(i);
    }
    const tokenType = tokenTypeAt(text, start, i);
    if (reuse) {
      let token = tokenPool[k];
      if (token === undefined) {
        token = new LineToken();
        tokenPool.push(token);
      }
      token.line = text;
      token.startOffset = start;
      token.endOffset = i;
      token.tokenTypeIdx = tokenType.tokenTypeIdx!;
      token.tokenType = tokenType;
      tokens[k] = token;
    } else {
      // The shape chevrotain's lexer gives tokens with positionTracking "onlyOffset".
      tokens[k] = {
        image: text.slice(start, i),
        startOffset: start,
        tokenTypeIdx: tokenType.tokenTypeIdx!,
        tokenType,
      };
    }
    k++;
  }
  // The parser appends end-of-input sentinels to the array it is given: drop them (popping is
  // cheaper than setting the length).
  while (tokens.length > k) tokens.pop();
  return tokens;
}
