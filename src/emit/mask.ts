/**
 * Masks secrets in one line of IOS configuration before any output shows it (code frames,
 * snippets, annotations). Secrets are compared by the model, never printed.
 *
 * It errs on the side of masking: a value that only might be a secret is masked. The
 * encryption type (`7` in `key-string 7 …`) stays visible, since engineers need it and it
 * reveals nothing. A value that IOS reads to the end of the line (passwords, key strings,
 * server keys may contain spaces) is masked to the end of the line.
 */

export const MASK = "*****";

interface Token {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** What follows a keyword before its value: encryption types, algorithms, `level 15`, … */
const MODIFIERS = new Set([
  "level",
  "md5",
  "sha",
  "sha1",
  "sha-1",
  "sha256",
  "sha-256",
  "sha512",
  "hmac-sha-1",
  "hmac-sha-256",
  "hmac-sha-512",
  "ascii",
  "hex",
  "local",
  "remote",
  "encrypted",
]);

/** Words that follow a secret keyword but are not its value (another form of the command). */
const NOT_VALUES = new Set([
  "address",
  "hostname",
  "key-chain",
  "keychain",
  "encryption",
  "chain",
  "config-key",
]);

/** Keywords whose value runs to the end of the line. */
const REST_OF_LINE_KEYWORDS = new Set([
  "password",
  "secret",
  "key-string",
  "authentication-key",
  "message-digest-key",
  "pre-shared-key",
  "password-encrypt",
  "wpa-psk",
]);

/** `key` introduces a secret after these words (`tacacs-server key`, `crypto isakmp key`, …). */
const KEY_AFTER = new Set(["tacacs-server", "radius-server", "isakmp", "pre-share", "pac"]);
/** …and anywhere on lines that start with these words (server sub-blocks, keyrings). */
const KEY_LINES = new Set(["key", "server-private", "pre-shared-key", "tacacs-server", "radius-server"]);
/** First-hop redundancy protocols, where `authentication WORD` is a clear-text key. */
const FHRP = new Set(["standby", "vrrp", "glbp"]);
const AUTH_FORMS = new Set([
  "text",
  "md5",
  "sha",
  "key-chain",
  "key-string",
  "mode",
  "message-digest",
  "null",
]);
/** Algorithms (and key sizes) of `snmp-server user … auth ALG PW priv ALG [BITS] PW`. */
const SNMP_ALGORITHMS = new Set(["md5", "sha", "sha-2", "des", "3des", "aes"]);

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    tokens.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const isNumber = (t: Token | undefined): boolean => t !== undefined && /^\d+$/.test(t.lower);

/**
 * The index of a keyword's value: skips encryption types and modifiers as long as another
 * token follows them (so `password 1234` masks `1234`). -1 when there is no value.
 */
function valueAfter(tokens: readonly Token[], keyword: number): number {
  let j = keyword + 1;
  while (j < tokens.length - 1 && (isNumber(tokens[j]) || MODIFIERS.has(tokens[j]!.lower))) j++;
  if (j >= tokens.length || NOT_VALUES.has(tokens[j]!.lower)) return -1;
  return j;
}

/** `snmp-server host H [vrf V] [traps|informs] [version 1|2c|3 [auth|noauth|priv]] COMMUNITY …` */
function snmpHostCommunity(tokens: readonly Token[]): number {
  let j = 3;
  for (;;) {
    const w = tokens[j]?.lower;
    if (w === "vrf") j += 2;
    else if (w === "traps" || w === "informs") j += 1;
    else if (w === "version")
      j += tokens[j + 2] && ["auth", "noauth", "priv"].includes(tokens[j + 2]!.lower) ? 3 : 2;
    else break;
  }
  return j < tokens.length ? j : -1;
}

/** `… auth sha PW priv aes 128 PW2` → the indexes of PW and PW2. */
function snmpUserPasswords(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== "auth" && tokens[i]!.lower !== "priv") continue;
    let j = i + 1;
    if (j < tokens.length && SNMP_ALGORITHMS.has(tokens[j]!.lower)) j++;
    if (isNumber(tokens[j]) && j < tokens.length - 1) j++;
    if (j < tokens.length && i + 1 < j) found.push(j);
  }
  return found;
}

interface Cut {
  readonly from: number;
  readonly to: number;
}

function findCuts(line: string, tokens: readonly Token[]): Cut[] {
  const cuts: Cut[] = [];
  const one = (j: number): void => {
    if (j >= 0) cuts.push({ from: tokens[j]!.start, to: tokens[j]!.end });
  };
  const rest = (j: number): void => {
    if (j >= 0) cuts.push({ from: tokens[j]!.start, to: line.length });
  };
  const first = tokens[0]?.lower ?? "";
  const second = tokens[1]?.lower ?? "";

  if (first === "snmp-server") {
    if (second === "community") one(tokens.length > 2 ? 2 : -1);
    else if (second === "host") one(snmpHostCommunity(tokens));
    else if (second === "user") for (const j of snmpUserPasswords(tokens)) one(j);
  }
  if (first === "ntp" && second === "authentication-key") {
    // `ntp authentication-key 1 md5 VALUE 7`: the value is one word, the type follows it.
    one(valueAfter(tokens, 1));
    return cuts;
  }
  if (first === "crypto" && second === "isakmp" && tokens[2]?.lower === "key") {
    // `crypto isakmp key VALUE address …`
    one(valueAfter(tokens, 2));
    return cuts;
  }

  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const before = i > 0 ? tokens[i - 1]!.lower : "";
    let value = -1;
    if (REST_OF_LINE_KEYWORDS.has(w)) {
      value = valueAfter(tokens, i);
    } else if (w === "text" && before === "authentication") {
      value = valueAfter(tokens, i);
    } else if (w === "authentication" && (FHRP.has(first) || (first === "ip" && second === "nhrp"))) {
      const next = tokens[i + 1]?.lower;
      if (next !== undefined && !AUTH_FORMS.has(next)) value = i + 1;
    } else if (
      w === "key" &&
      (KEY_AFTER.has(before) || (KEY_LINES.has(first) && !(i === 0 && isKeyId(tokens))))
    ) {
      value = valueAfter(tokens, i);
    }
    if (value >= 0) {
      rest(value);
      break;
    }
  }
  return cuts;
}

/** `key 1` inside a key chain: the key's ID, not a secret. */
function isKeyId(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && isNumber(tokens[1]);
}

/** A CLI prompt: at the start of a line (`edge-a#`, `edge-a(config-if)#`) or, in a transcript, mid-line with a mode. */
const PROMPT = /^\s*[\w.-]+(?:\([\w-]+\))?#|[\w.-]+\(config[\w-]*\)#/g;

/**
 * The line with every secret value replaced by `*****`. Transcript lines are masked command by
 * command, after each prompt.
 */
export function maskSecrets(line: string): string {
  let out = "";
  let at = 0;
  for (const m of line.matchAll(PROMPT)) {
    out += maskCommand(line.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + maskCommand(line.slice(at));
}

function maskCommand(line: string): string {
  const tokens = tokenize(line);
  if (tokens.length < 2) return line;
  const cuts = findCuts(line, tokens).sort((x, y) => x.from - y.from);
  if (cuts.length === 0) return line;
  let out = "";
  let at = 0;
  for (const cut of cuts) {
    if (cut.from < at) continue;
    out += line.slice(at, cut.from) + MASK;
    at = cut.to;
  }
  return out + line.slice(at);
}
