/**
 * IPv6 arithmetic for rules: parsing, the canonical text form (RFC 5952), prefixes. The model keeps
 * IPv6 addresses as written (lower-case), so `2001:DB8:0::1` and `2001:db8::1` must be compared
 * through here, never as strings.
 */

const BITS = 128n;
const ALL_ONES = (1n << BITS) - 1n;

/** The address as a 128-bit number, or null when it is not a valid IPv6 address. */
export function parseIpv6(text: string): bigint | null {
  let s = text.trim().toLowerCase();
  if (s === "" || s.includes("%")) return null;
  // An embedded IPv4 tail (`::ffff:192.0.2.1`) becomes two hextets.
  const v4 = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) {
    const octets = v4.slice(2, 6).map(Number);
    if (octets.some((o) => o > 255)) return null;
    const [o1, o2, o3, o4] = octets as [number, number, number, number];
    s = `${v4[1]}${((o1 << 8) | o2).toString(16)}:${((o3 << 8) | o4).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string): string[] | null => {
    if (part === "") return [];
    const groups = part.split(":");
    return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups : null;
  };
  const head = parse(halves[0] ?? "");
  const tail = halves.length === 2 ? parse(halves[1] ?? "") : [];
  if (head === null || tail === null) return null;
  let groups: string[];
  if (halves.length === 2) {
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  } else {
    if (head.length !== 8) return null;
    groups = head;
  }
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(Number.parseInt(g, 16));
  return n;
}

/** RFC 5952 text: lower case, no leading zeros, the longest run (≥ 2) of zero groups as `::`. */
export function formatIpv6(value: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

export interface Ipv6Prefix {
  readonly value: bigint;
  /** null when written without `/len`. */
  readonly prefixLength: number | null;
}

/** `2001:db8::1/64` (or a bare address); null when the address part is not valid IPv6. */
export function parseIpv6Prefix(text: string): Ipv6Prefix | null {
  const slash = text.indexOf("/");
  const address = slash < 0 ? text : text.slice(0, slash);
  const value = parseIpv6(address);
  if (value === null) return null;
  if (slash < 0) return { value, prefixLength: null };
  const lengthText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lengthText)) return null;
  const prefixLength = Number(lengthText);
  return prefixLength > 128 ? null : { value, prefixLength };
}

/** The canonical text of `address[/len]`, or the input lower-cased when it does not parse. */
export function canonicalIpv6(text: string): string {
  const p = parseIpv6Prefix(text);
  if (p === null) return text.trim().toLowerCase();
  return p.prefixLength === null ? formatIpv6(p.value) : `${formatIpv6(p.value)}/${p.prefixLength}`;
}

export function ipv6PrefixMask(prefixLength: number): bigint {
  if (prefixLength <= 0) return 0n;
  if (prefixLength >= 128) return ALL_ONES;
  return (ALL_ONES << (BITS - BigInt(prefixLength))) & ALL_ONES;
}

/** Whether `address` lies inside `network/prefixLength`. */
export function ipv6InPrefix(address: bigint, network: bigint, prefixLength: number): boolean {
  const mask = ipv6PrefixMask(prefixLength);
  return (address & mask) === (network & mask);
}

/** fe80::/10. */
export function isIpv6LinkLocal(value: bigint): boolean {
  return value >> 118n === 0x3fan;
}

/** The network part of `value/prefixLength` in canonical text (`2001:db8:1::/64`). */
export function ipv6Network(value: bigint, prefixLength: number): string {
  return `${formatIpv6(value & ipv6PrefixMask(prefixLength))}/${prefixLength}`;
}

/** An interface's `ipv6 address` as the model keeps it: `address` (no `/len`) plus a qualifier word. */
export interface InterfaceIpv6 {
  readonly value: bigint;
  readonly prefixLength: number | null;
  /** `eui-64`, `link-local`, `anycast`, or null. */
  readonly qualifier: string | null;
}

/**
 * Reads a model `Ipv6Address` (`address` as written, lower-case, followed by its qualifier word
 * when there is one, e.g. `2001:db8:1:: eui-64`). Null when the address does not parse.
 */
export function readInterfaceIpv6(address: string, prefixLength: number | null): InterfaceIpv6 | null {
  const [text, ...rest] = address.trim().split(/\s+/);
  const parsed = parseIpv6Prefix(text ?? "");
  if (parsed === null) return null;
  return {
    value: parsed.value,
    prefixLength: prefixLength ?? parsed.prefixLength,
    qualifier: rest.length > 0 ? rest.join(" ").toLowerCase() : null,
  };
}

/** The global prefix of an interface address (`eui-64` included), or null for link-local or no length. */
export function globalPrefixOf(
  a: InterfaceIpv6,
): { readonly value: bigint; readonly prefixLength: number } | null {
  if (a.prefixLength === null || a.qualifier === "link-local" || isIpv6LinkLocal(a.value)) return null;
  return { value: a.value, prefixLength: a.prefixLength };
}

/** Whether the address names one host of this interface (not `eui-64`, which keeps only the prefix). */
export function isIpv6HostAddress(a: InterfaceIpv6): boolean {
  return a.qualifier !== "eui-64";
}
