/** IPv4 helpers for the model (dotted quads only; anything else is left as written). */

export function ipv4ToNumber(address: string): number | null {
  // One pass over the characters, no split or regex: ACL normalization asks this of every word.
  const len = address.length;
  if (len < 7 || len > 15) return null;
  let n = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < len; i++) {
    const c = address.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 3) return null;
      octet = octet * 10 + (c - 48);
      digits++;
    } else if (c === 46 && digits > 0 && dots < 3) {
      if (octet > 255) return null;
      n = n * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else {
      return null;
    }
  }
  if (dots !== 3 || digits === 0 || octet > 255) return null;
  return n * 256 + octet;
}

export function numberToIpv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** `255.255.255.0` → 24; null when not a contiguous netmask. */
export function maskToPrefixLength(mask: string): number | null {
  const n = ipv4ToNumber(mask);
  if (n === null) return null;
  // The host bits, as an unsigned number: contiguous when they are 2^k - 1 (k = 32 - prefix).
  const host = ~n >>> 0;
  if ((host & (host + 1)) !== 0) return null;
  return Math.clz32(host);
}
