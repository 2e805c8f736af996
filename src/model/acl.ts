/**
 * Access lists, named (`ip access-list standard|extended NAME`) and numbered
 * (`access-list N …`), with entries normalized so that the same list written differently
 * compares equal: sequence numbers dropped, `A 0.0.0.0` → `host A`, `A 255.255.255.255` → `any`,
 * host bits outside the wildcard cleared (as IOS prints them), lower-case keywords, single spaces.
 */
import type { SourceLocation } from "../parse/types.js";
import { ipv4ToNumber, isIpv4, numberToIpv4 } from "./addresses.js";
import type { AccessList, AclEntry } from "./types.js";

type AclKind = "standard" | "extended";

/** Words whose next word is a name and keeps its case. */
const NAMED = new Set(["object-group", "addrgroup", "portgroup", "log-input-tag", "reflect", "evaluate"]);

function normalizePair(address: string, wildcard: string): string {
  const a = ipv4ToNumber(address)!;
  const w = ipv4ToNumber(wildcard)!;
  if (w === 0xffffffff) return "any";
  if (w === 0) return `host ${address}`;
  // Clear the address bits the wildcard ignores (10.0.0.5 0.0.0.255 = 10.0.0.0 0.0.0.255).
  return `${numberToIpv4(bitAndNot(a, w))} ${wildcard}`;
}

/** a & ~w on unsigned 32-bit values. */
function bitAndNot(a: number, w: number): number {
  return (a & ~w) >>> 0;
}

/** Normalizes one entry's words (without the sequence number). */
export function normalizeAclEntry(words: readonly string[], kind: AclKind): string {
  const first = words[0]?.toLowerCase() ?? "";
  if (first === "remark") return ["remark", ...words.slice(1)].join(" ");
  const out: string[] = [first];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const next = words[i + 1];
    if (lw === "host" && next !== undefined) {
      out.push("host", next.toLowerCase());
      i++;
    } else if (isIpv4(w) && isIpv4(next)) {
      out.push(normalizePair(w, next));
      i++;
    } else if (isIpv4(w) && kind === "standard" && i === 1) {
      // `permit 10.0.0.1` in a standard list is a single host.
      out.push(`host ${w}`);
    } else if (NAMED.has(lw) && next !== undefined) {
      out.push(lw, next);
      i++;
    } else {
      out.push(lw);
    }
  }
  return out.join(" ");
}

/** Standard or extended, from an access-list number. */
export function numberedAclKind(name: string): AclKind {
  const n = Number(name);
  return (n >= 1 && n <= 99) || (n >= 1300 && n <= 1999) ? "standard" : "extended";
}

interface EntryDraft {
  readonly words: readonly string[];
  readonly sequence: number | null;
  readonly location: SourceLocation;
}

class AclDraft {
  readonly entries: EntryDraft[] = [];
  constructor(
    readonly name: string,
    readonly kind: AclKind,
    readonly location: SourceLocation,
  ) {}
}

/** Accumulates ACL lines in file order; a later entry with the same sequence number replaces the earlier. */
export class AclBuilder {
  private readonly acls = new Map<string, AclDraft>();

  private draft(name: string, kind: AclKind, location: SourceLocation): AclDraft {
    let d = this.acls.get(name);
    if (d === undefined) {
      d = new AclDraft(name, kind, location);
      this.acls.set(name, d);
    }
    return d;
  }

  addNamed(name: string, kind: AclKind, location: SourceLocation, entries: readonly EntryDraft[]): void {
    this.draft(name, kind, location).entries.push(...entries);
  }

  addNumbered(name: string, words: readonly string[], location: SourceLocation): void {
    this.draft(name, numberedAclKind(name), location).entries.push({ words, sequence: null, location });
  }

  build(): Map<string, AccessList> {
    const out = new Map<string, AccessList>();
    for (const [name, d] of this.acls)
      out.set(name, { name, kind: d.kind, entries: orderEntries(d), location: d.location });
    return out;
  }
}

/**
 * Entries in IOS order: by sequence number, entries without one numbered after the previous
 * highest (step 10), a repeated sequence number replacing the earlier entry.
 */
function orderEntries(d: AclDraft): AclEntry[] {
  const bySeq = new Map<number, AclEntry>();
  let highest = 0;
  for (const e of d.entries) {
    const seq = e.sequence ?? highest + 10;
    highest = Math.max(highest, seq);
    bySeq.set(seq, {
      normalized: normalizeAclEntry(e.words, d.kind),
      sequence: e.sequence,
      location: e.location,
    });
  }
  return [...bySeq.entries()].sort((x, y) => x[0] - y[0]).map(([, e]) => e);
}
