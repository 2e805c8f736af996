/**
 * Access lists, named (`ip access-list standard|extended NAME`) and numbered
 * (`access-list N …`), with entries normalized so that the same list written differently
 * compares equal: sequence numbers dropped, `A 0.0.0.0` → `host A`, `A 255.255.255.255` → `any`,
 * host bits outside the wildcard cleared (as IOS prints them), lower-case keywords, single spaces.
 */
import type { SourceLocation } from "../parse/types.js";
import { ipv4ToNumber, numberToIpv4 } from "./addresses.js";
import type { AccessList, AclEntry } from "./types.js";

type AclKind = "standard" | "extended";

/** Words whose next word is a name and keeps its case. */
const NAMED = new Set(["object-group", "addrgroup", "portgroup", "log-input-tag", "reflect", "evaluate"]);

/**
 * Writes the normalized form of `address wildcard` into `out` from index `k` as words (the
 * caller joins them with spaces, so no "x y" string is built per entry); returns the next index.
 */
function pushPair(out: string[], k: number, address: string, a: number, wildcard: string, w: number): number {
  if (w === 0xffffffff) {
    out[k++] = "any";
  } else if (w === 0) {
    out[k++] = "host";
    out[k++] = address;
  } else {
    // Clear the address bits the wildcard ignores (10.0.0.5 0.0.0.255 = 10.0.0.0 0.0.0.255).
    const network = bitAndNot(a, w);
    out[k++] = network === a && isCanonicalIpv4(address) ? address : numberToIpv4(network);
    out[k++] = wildcard;
  }
  return k;
}

/** Whether `address` is written as numberToIpv4 would print it (no leading zeros). */
function isCanonicalIpv4(address: string): boolean {
  for (let i = 0; i < address.length - 1; i++) {
    const c = address.charCodeAt(i);
    const atOctetStart = i === 0 || address.charCodeAt(i - 1) === 46;
    if (atOctetStart && c === 48 && address.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

/** a & ~w on unsigned 32-bit values. */
function bitAndNot(a: number, w: number): number {
  return (a & ~w) >>> 0;
}

/** Normalizes one entry's words (without the sequence number). */
export function normalizeAclEntry(words: readonly string[], kind: AclKind): string {
  const first = words[0]?.toLowerCase() ?? "";
  if (first === "remark") return ["remark", ...words.slice(1)].join(" ");
  // Sized once (each word yields at most two, one extra for a standard host): no regrowth.
  const out: string[] = new Array(words.length + 1);
  out[0] = first;
  let k = 1;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const next = words[i + 1];
    if (lw === "host" && next !== undefined) {
      out[k++] = "host";
      out[k++] = next.toLowerCase();
      i++;
      continue;
    }
    // Each word is read as an address once (the pair test used to read it up to three times).
    const a = ipv4ToNumber(w);
    const b = a === null || next === undefined ? null : ipv4ToNumber(next);
    if (a !== null && b !== null) {
      k = pushPair(out, k, w, a, next!, b);
      i++;
    } else if (a !== null && kind === "standard" && i === 1) {
      // `permit 10.0.0.1` in a standard list is a single host.
      out[k++] = "host";
      out[k++] = w;
    } else if (NAMED.has(lw) && next !== undefined) {
      out[k++] = lw;
      out[k++] = next;
      i++;
    } else {
      out[k++] = lw;
    }
  }
  out.length = k;
  // Joined, not concatenated: `+=` would keep every entry as a rope of pieces.
  return out.join(" ");
}

/** Standard or extended, from an access-list number. */
export function numberedAclKind(name: string): AclKind {
  const n = Number(name);
  return (n >= 1 && n <= 99) || (n >= 1300 && n <= 1999) ? "standard" : "extended";
}

/** One ACL being read: entries are normalized as they are added (their words are not kept). */
export class AclDraft {
  readonly entries: AclEntry[] = [];
  constructor(
    readonly name: string,
    readonly kind: AclKind,
    readonly location: SourceLocation,
  ) {}

  add(words: readonly string[], sequence: number | null, location: SourceLocation): void {
    this.entries.push({ normalized: normalizeAclEntry(words, this.kind), sequence, location });
  }
}

/** Accumulates ACL lines in file order; a later entry with the same sequence number replaces the earlier. */
export class AclBuilder {
  private readonly acls = new Map<string, AclDraft>();

  /** The list named `name` (created on first use: a later block adds to it, keeping its kind). */
  named(name: string, kind: AclKind, location: SourceLocation): AclDraft {
    let d = this.acls.get(name);
    if (d === undefined) {
      d = new AclDraft(name, kind, location);
      this.acls.set(name, d);
    }
    return d;
  }

  addNumbered(name: string, words: readonly string[], location: SourceLocation): void {
    this.named(name, numberedAclKind(name), location).add(words, null, location);
  }

  build(): Map<string, AccessList> {
    const out = new Map<string, AccessList>();
    for (const [name, d] of this.acls)
      out.set(name, { name, kind: d.kind, entries: orderEntries(d.entries), location: d.location });
    return out;
  }
}

/**
 * Entries in IOS order: by sequence number, entries without one numbered after the previous
 * highest (step 10), a repeated sequence number replacing the earlier entry.
 */
function orderEntries(entries: readonly AclEntry[]): AclEntry[] {
  const n = entries.length;
  const seqs: number[] = new Array(n);
  let highest = 0;
  let ascending = true;
  for (let i = 0; i < n; i++) {
    const seq = entries[i]!.sequence ?? highest + 10;
    if (i > 0 && seq <= seqs[i - 1]!) ascending = false;
    highest = Math.max(highest, seq);
    seqs[i] = seq;
  }
  // Written in order with distinct numbers (the usual case): nothing to sort or replace.
  if (ascending) return entries.slice();
  // By sequence number, file order among equals (an explicit tie-break); of equal numbers the
  // last written wins.
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => seqs[x]! - seqs[y]! || x - y);
  const out: AclEntry[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const next = order[k + 1];
    if (next === undefined || seqs[next] !== seqs[i]) out.push(entries[i]!);
  }
  return out;
}
