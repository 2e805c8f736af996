/**
 * Secrets are kept only as digests: the cleartext never reaches the model, so no rule or output
 * can print it by accident. Type-7 values are de-obfuscated first, so the same key written as
 * type 0 and as type 7 compares equal.
 */
import { createHash } from "node:crypto";
import type { RawSecret } from "../parse/grammar/index.js";
import type { Secret } from "./types.js";

export { hasSecret, maskSecrets, SECRET_MASK } from "../parse/grammar/index.js";

/** The well-known Cisco type-7 key (a XOR obfuscation, not encryption). */
const TYPE7_KEY = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

/**
 * De-obfuscates a Cisco type-7 string: two decimal digits give the offset into the key, then
 * each pair of hex digits is one character XORed with the next key character. Null when the
 * value is not a well-formed type-7 string.
 */
export function decodeType7(encoded: string): string | null {
  if (!/^\d{2}(?:[0-9A-Fa-f]{2})*$/.test(encoded)) return null;
  const offset = Number(encoded.slice(0, 2));
  let out = "";
  for (let i = 2, k = offset; i < encoded.length; i += 2, k++) {
    const byte = Number.parseInt(encoded.slice(i, i + 2), 16);
    out += String.fromCharCode(byte ^ TYPE7_KEY.charCodeAt(k % TYPE7_KEY.length));
  }
  return out;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The digest-only form of a configured secret. */
export function toSecret(raw: RawSecret): Secret {
  const clear = raw.encryption === 7 ? (decodeType7(raw.value) ?? raw.value) : raw.value;
  return { secret: true, digest: sha256(clear), encryption: raw.encryption };
}

export function isSecret(value: unknown): value is Secret {
  return typeof value === "object" && value !== null && (value as { secret?: unknown }).secret === true;
}
