/**
 * Masks secrets in configuration text so that a line can be quoted in a message, a snippet or a
 * diff without leaking a key, a password or an `authentication text` value. Deliberately broad:
 * masking a harmless word is better than printing a key.
 */

export const SECRET_MASK = "<secret>";

interface WordSpan {
  readonly word: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const re = /[^ \t\v\f\r]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    spans.push({ word: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const isDigits = (w: string | undefined): boolean => w !== undefined && /^\d+$/.test(w);

/**
 * The index of the first word that is secret (the secret runs to the end of the line), or -1.
 * `words` are lower-case.
 */
function secretStart(words: readonly string[]): number {
  const n = words.length;
  // `key 7 0822…` / `key cisco123` (tacacs/radius server blocks); `key 1` (key chain) is an id.
  if (words[0] === "key" && n >= 2) {
    if (n >= 3 && (words[1] === "0" || words[1] === "6" || words[1] === "7")) return 2;
    if (!isDigits(words[1])) return 1;
  }
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const typed =
      next === "0" || next === "5" || next === "6" || next === "7" || next === "8" || next === "9";
    switch (w) {
      case "authentication":
        // `text X` hides X; `md5 key-string …` is handled below; `md5 key-chain NAME` is no secret.
        // Any other form is a line the grammar does not know: hide all of it, a typo may hold a key.
        if (i !== 0 || next === undefined) break;
        if (next === "text") {
          if (words[i + 2] !== undefined) return i + 2;
          break;
        }
        if (next === "md5" && (words[i + 2] === "key-chain" || words[i + 2] === "key-string")) break;
        return i + 1;
      case "key-string":
      case "password":
      case "secret":
      case "pre-shared-key":
        if (next === undefined) break;
        if (w === "pre-shared-key" && (next === "local" || next === "remote")) {
          const after = words[i + 2];
          if (after === "0" || after === "6") return words[i + 3] !== undefined ? i + 3 : i + 2;
          return i + 2 < n ? i + 2 : -1;
        }
        return typed && words[i + 2] !== undefined ? i + 2 : i + 1;
      case "key":
        // `crypto isakmp key KEY address …`
        if (i >= 2 && words[i - 1] === "isakmp" && next !== undefined) {
          return typed && words[i + 2] !== undefined ? i + 2 : i + 1;
        }
        break;
      case "community":
        if (i > 0 && words[i - 1] === "snmp-server" && next !== undefined) return i + 1;
        break;
      default:
        break;
    }
  }
  return -1;
}

/** `text` with any secret it carries replaced by `<secret>` (to the end of the line). */
export function maskSecrets(text: string): string {
  const spans = wordSpans(text);
  if (spans.length === 0) return text;
  const start = secretStart(spans.map((s) => s.lower));
  if (start < 0 || start >= spans.length) return text;
  return `${text.slice(0, spans[start]!.start)}${SECRET_MASK}`;
}

/** Whether the line carries a secret that `maskSecrets` would hide. */
export function hasSecret(text: string): boolean {
  return maskSecrets(text) !== text;
}
