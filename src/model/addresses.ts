/** IPv4 helpers for the model (dotted quads only; anything else is left as written). */

export function ipv4ToNumber(address: string): number | null {
  // Cheap rejection first: ACL normalization asks this of every word.
  const c = address.charCodeAt(0);
  if (address.length < 7 || address.length > 15 || c < 48 || c > 57) return null;
  const parts = address.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

export function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

/** `255.255.255.0` → 24; null when not a contiguous netmask. */
export function maskToPrefixLength(mask: string): number | null {
  const n = ipv4ToNumber(mask);
  if (n === null) return null;
  let bits = 0;
  while (bits < 32 && Math.floor(n / 2 ** (31 - bits)) % 2 === 1) bits++;
  const expected = bits === 0 ? 0 : (2 ** 32 - 2 ** (32 - bits)) >>> 0;
  return n === expected ? bits : null;
}

export function isIpv4(text: string | undefined): text is string {
  return text !== undefined && ipv4ToNumber(text) !== null;
}
