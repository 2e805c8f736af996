/**
 * The reader's tree (ReaderTree: its commands as numbers in a NodeTable, a TreeNode made only for
 * the commands asked for), and the word helpers the reader and the grammar share.
 *
 * A large configuration has a command per line, so nothing is kept per command but numbers: a
 * command's `text` is sliced from the input when read, `words` and `wordColumns` are computed from
 * it on each read, the location is built from its numbers, and `ordinal` (file order, which is
 * also depth-first order) lets the model keep per-command results in an array (model/lines.ts).
 */
import { CONTEXT_CODE, CONTEXT_KINDS, type CommandHead, type ContextKind } from "./contexts.js";
import type { ConfigNode, ConfigTree, Diagnostic, LineKind, SourceLine, SourceLocation } from "./types.js";

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/** How many whitespace-separated words `text` has. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isBlank(text.charCodeAt(i));
    if (!blank && !inWord) n++;
    inWord = !blank;
  }
  return n;
}

/** The words of `text` (split on spaces and tabs), in arrays of exactly their size. */
export function splitWords(text: string): string[] {
  const words: string[] = new Array(countWords(text));
  let k = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isBlank(text.charCodeAt(i))) i++;
    words[k++] = text.slice(start, i);
  }
  return words;
}

/** The 1-based start columns of the words of `text`, which starts at 0-based `offset` of its line. */
export function wordColumnsOf(text: string, offset: number): number[] {
  const columns: number[] = new Array(countWords(text));
  let k = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    columns[k++] = offset + i + 1;
    while (i < n && !isBlank(text.charCodeAt(i))) i++;
  }
  return columns;
}

/**
 * Lower-case words the mode tables and the grammar's pre-filter compare against, and the most
 * common first words of a configuration. `lowerWord` returns these shared strings instead of
 * allocating a copy of each; any other word is sliced as usual. The list is only a cache: a
 * missing word costs an allocation, never a different result.
 */
const COMMON_WORDS = [
  "access-group",
  "access-list",
  "address",
  "address-family",
  "application",
  "asymmetric-routing",
  "authentication",
  "bfd",
  "cdp",
  "chain",
  "channel-group",
  "control",
  "data",
  "decrement",
  "definition",
  "deny",
  "description",
  "encapsulation",
  "enable",
  "extended",
  "forwarding",
  "global",
  "group",
  "hostname",
  "inside",
  "inspect",
  "interface",
  "ip",
  "ipv6",
  "key",
  "key-string",
  "log",
  "mode",
  "mtu",
  "name",
  "nat",
  "negotiation",
  "neighbor",
  "network",
  "no",
  "outside",
  "parameter-map",
  "permit",
  "pool",
  "preempt",
  "prefix-list",
  "priority",
  "protocol",
  "redundancy",
  "remark",
  "rii",
  "route",
  "route-map",
  "security",
  "service",
  "service-policy",
  "shutdown",
  "sla",
  "source",
  "standard",
  "static",
  "timers",
  "track",
  "type",
  "version",
  "voice",
  "vrf",
  "zone",
  "zone-member",
  "zone-pair",
];

/**
 * Lower-case ASCII words by `length << 7 | first character` (an array: cheaper to index than a
 * Map), to find the one a word spells in any ASCII case where it stands, without a lower-cased copy.
 */
export type WordIndex = readonly (readonly string[] | undefined)[];

const MAX_INDEXED_LENGTH = 31;

export function indexWords(words: readonly string[]): WordIndex {
  const index: (string[] | undefined)[] = new Array((MAX_INDEXED_LENGTH + 1) << 7).fill(undefined);
  for (const w of words) {
    if (w.length > MAX_INDEXED_LENGTH || w.length === 0 || w !== w.toLowerCase() || w.charCodeAt(0) > 127)
      throw new Error(
        `indexWords: "${w}" is not a lower-case ASCII word of 1 to ${MAX_INDEXED_LENGTH} characters`,
      );
    const key = (w.length << 7) | w.charCodeAt(0);
    const bucket = index[key];
    if (bucket === undefined) index[key] = [w];
    else bucket.push(w);
  }
  return index;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The word of `index` that text[start, end) spells in any ASCII case, or undefined. A character
 * above U+007F never equals an indexed (ASCII) one.
 */
export function findWord(index: WordIndex, text: string, start: number, end: number): string | undefined {
  const length = end - start;
  const first = text.charCodeAt(start);
  if (length > MAX_INDEXED_LENGTH || first > 127) return undefined;
  const bucket = index[(length << 7) | lowerAscii(first)];
  if (bucket === undefined) return undefined;
  candidates: for (let b = 0; b < bucket.length; b++) {
    const w = bucket[b]!;
    for (let i = 1; i < length; i++) {
      if (lowerAscii(text.charCodeAt(start + i)) !== w.charCodeAt(i)) continue candidates;
    }
    return w;
  }
  return undefined;
}

const COMMON = indexWords(COMMON_WORDS);

/** `text.slice(start, end).toLowerCase()`, without allocating when it is a common word. */
export function lowerWord(text: string, start: number, end: number): string {
  return findWord(COMMON, text, start, end) ?? text.slice(start, end).toLowerCase();
}

/**
 * The first four words of a line lower-cased, and its number of words, found as they are asked
 * for: a mode table or the grammar's pre-filter usually decides a line from its first one or two
 * words. One instance is reset for each line (nothing keeps it past that line).
 */
export class LineHead implements CommandHead {
  private text = "";
  /** Where the search for the next word starts. */
  private scanned = 0;
  /** How many words have been found (at most four are kept). */
  private found = 0;
  private readonly words: string[] = ["", "", "", ""];
  private total = -1;

  /** Reads the words of `text` from index `start` (the command's first column). */
  reset(text: string, start = 0): this {
    this.text = text;
    this.scanned = start;
    this.found = 0;
    this.total = -1;
    return this;
  }

  private word(k: number): string {
    const text = this.text;
    const n = text.length;
    while (this.found <= k) {
      let i = this.scanned;
      while (i < n && isBlank(text.charCodeAt(i))) i++;
      if (i >= n) {
        this.scanned = n;
        return "";
      }
      const start = i;
      while (i < n && !isBlank(text.charCodeAt(i))) i++;
      this.words[this.found++] = lowerWord(text, start, i);
      this.scanned = i;
    }
    return this.words[k]!;
  }

  get w0(): string {
    return this.word(0);
  }

  get w1(): string {
    return this.word(1);
  }

  get w2(): string {
    return this.word(2);
  }

  get w3(): string {
    return this.word(3);
  }

  get count(): number {
    if (this.total < 0) this.total = this.found + countWords(this.text.slice(this.scanned));
    return this.total;
  }
}

/**
 * Whether the first word of `text` from `start` (a non-blank character), lower-cased, is `word`
 * (lower-case ASCII, starting with a letter).
 */
export function firstWordIs(text: string, word: string, start = 0): boolean {
  const first = text.charCodeAt(start);
  // Cheap rejections first. Only ASCII letters lower-case to an ASCII letter from ASCII, and a
  // word that starts with ASCII cannot lower-case to a different length and still be `word`.
  if (first < 128 && (first | 0x20) !== word.charCodeAt(0)) return false;
  let end = start;
  while (end < text.length && !isBlank(text.charCodeAt(end))) end++;
  if (first < 128 && end - start !== word.length) return false;
  return text.slice(start, end).toLowerCase() === word;
}

const NO_CHILDREN: ConfigNode[] = [];
Object.freeze(NO_CHILDREN);

/**
 * The reader's commands as numbers, one slot per command in each array, indexed by ordinal: the
 * command's 0-based position in file order, which is also depth-first (pre-order) tree order, so
 * a subtree is the ordinals from its root's to `last[root]`. A large configuration has a command
 * per line; numbers in typed arrays cost the garbage collector nothing, where an object per line
 * was a large part of reading (the objects, `TreeNode`, are made only for the commands asked for).
 */
export class NodeTable {
  count = 0;
  line: Int32Array;
  column: Int32Array;
  endColumn: Int32Array;
  /**
   * Where column 1 of the command's line is in the string its text is sliced from: the input, or
   * its `rewritten` text (negative: that text starts later in the line).
   */
  base: Int32Array;
  /** (indent + 1) * 4, plus 2 when a duplicate stanza, plus 1 when re-attached. */
  flags: Int32Array;
  /** The parent's ordinal, -1 for a top-level command. */
  parent: Int32Array;
  /** CONTEXT_CODE of the mode the command opens. */
  context: Uint8Array;
  /** The last ordinal of the command's subtree (its own when it has no children). */
  last: Int32Array;
  /**
   * The commands whose text is sliced from a string of their own (tabs read as spaces, a
   * transcript command), by ordinal; null: none.
   */
  rewritten: Map<number, string> | null = null;
  /** A duplicate stanza's first occurrence, by ordinal. */
  readonly duplicateOf = new Map<number, number>();

  constructor(
    /** The file name every location carries. */
    readonly file: string,
    /** The decoded input: command texts are sliced from it. */
    readonly text: string,
    capacity: number,
  ) {
    const n = Math.max(capacity, 16);
    this.line = new Int32Array(n);
    this.column = new Int32Array(n);
    this.endColumn = new Int32Array(n);
    this.base = new Int32Array(n);
    this.flags = new Int32Array(n);
    this.parent = new Int32Array(n);
    this.context = new Uint8Array(n);
    this.last = new Int32Array(n);
  }

  /**
   * Adds a command and returns its ordinal. Its text is sliced from `rewritten` if given (tabs
   * read as spaces, a transcript command), else from the input; column 1 of its line is at `base`.
   */
  add(
    rewritten: string | null,
    base: number,
    line: number,
    column: number,
    endColumn: number,
    indent: number,
    parent: number,
    context: ContextKind,
    reattached: boolean,
  ): number {
    if (this.count === this.line.length) this.grow();
    const o = this.count++;
    this.line[o] = line;
    this.column[o] = column;
    this.endColumn[o] = endColumn;
    this.base[o] = base;
    this.flags[o] = (indent + 1) * 4 + (reattached ? 1 : 0);
    this.parent[o] = parent;
    this.context[o] = CONTEXT_CODE[context];
    this.last[o] = o;
    if (rewritten !== null) {
      this.rewritten ??= new Map();
      this.rewritten.set(o, rewritten);
    }
    return o;
  }

  /** Extends `last` up the tree: called once, after the last command is added. */
  finish(): void {
    const { parent, last } = this;
    for (let o = this.count - 1; o > 0; o--) {
      const p = parent[o]!;
      if (p >= 0 && last[o]! > last[p]!) last[p] = last[o]!;
    }
  }

  private grow(): void {
    const n = this.line.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.line = widen(this.line, (k) => new Int32Array(k));
    this.column = widen(this.column, (k) => new Int32Array(k));
    this.endColumn = widen(this.endColumn, (k) => new Int32Array(k));
    this.base = widen(this.base, (k) => new Int32Array(k));
    this.flags = widen(this.flags, (k) => new Int32Array(k));
    this.parent = widen(this.parent, (k) => new Int32Array(k));
    this.context = widen(this.context, (k) => new Uint8Array(k));
    this.last = widen(this.last, (k) => new Int32Array(k));
  }

  textAt(o: number): string {
    const source = (this.rewritten === null ? undefined : this.rewritten.get(o)) ?? this.text;
    const base = this.base[o]!;
    return source.slice(base + this.column[o]! - 1, base + this.endColumn[o]! - 1);
  }

  indentAt(o: number): number {
    return Math.floor(this.flags[o]! / 4) - 1;
  }

  /** Whether top-level `o` repeats an earlier stanza (`duplicateOf` holds which). */
  isDuplicateAt(o: number): boolean {
    return this.flags[o]! % 4 >= 2;
  }

  isReattachedAt(o: number): boolean {
    return this.flags[o]! % 2 === 1;
  }

  contextAt(o: number): ContextKind {
    return CONTEXT_KINDS[this.context[o]!]!;
  }

  /** The context `o` lives in: its parent's, or global. */
  parentContextAt(o: number): ContextKind {
    const p = this.parent[o]!;
    return p < 0 ? "global" : this.contextAt(p);
  }

  locationAt(o: number): SourceLocation {
    return { file: this.file, line: this.line[o]!, column: this.column[o]!, endColumn: this.endColumn[o]! };
  }

  hasChildren(o: number): boolean {
    return this.last[o]! > o;
  }

  /** Marks top-level `o` as a repeat of the earlier stanza `first`, which it is merged into. */
  markDuplicateOf(o: number, first: number): void {
    this.duplicateOf.set(o, first);
    if (!this.isDuplicateAt(o)) this.flags[o]! += 2;
  }
}

/**
 * A command of a tree from readConfig, made when first asked for (`ReaderTree.node`), one per
 * command, so that nodes can be compared and used as keys. Everything is read from the tree's
 * NodeTable; `children` is kept once built (leaves share one frozen empty array).
 */
export class TreeNode implements ConfigNode {
  private kids: ConfigNode[] | null = null;

  constructor(
    private readonly tree: ReaderTree,
    /** 0-based position in file order, which is also depth-first (pre-order) tree order. */
    readonly ordinal: number,
  ) {}

  get text(): string {
    return this.tree.table.textAt(this.ordinal);
  }

  get line(): number {
    return this.tree.table.line[this.ordinal]!;
  }

  /** A new object on each read. */
  get location(): SourceLocation {
    return this.tree.table.locationAt(this.ordinal);
  }

  get indent(): number {
    return this.tree.table.indentAt(this.ordinal);
  }

  get reattached(): boolean {
    return this.tree.table.isReattachedAt(this.ordinal);
  }

  get duplicateOf(): ConfigNode | null {
    const table = this.tree.table;
    // The flag first: asked of every top-level node, and a table lookup costs more.
    if (!table.isDuplicateAt(this.ordinal)) return null;
    const first = table.duplicateOf.get(this.ordinal);
    return first === undefined ? null : this.tree.node(first);
  }

  get parent(): TreeNode | null {
    const p = this.tree.table.parent[this.ordinal]!;
    return p < 0 ? null : this.tree.node(p);
  }

  get context(): ContextKind {
    return this.tree.table.contextAt(this.ordinal);
  }

  get children(): ConfigNode[] {
    if (this.kids === null) this.kids = this.tree.childNodes(this.ordinal);
    return this.kids;
  }

  /** A new array on every call: words are derived from `text`, never stored. */
  get words(): string[] {
    return splitWords(this.text);
  }

  get wordColumns(): number[] {
    return wordColumnsOf(this.text, this.tree.table.column[this.ordinal]! - 1);
  }
}

const LINE_KINDS: readonly LineKind[] = [
  "command",
  "comment",
  "blank",
  "header",
  "prompt",
  "banner",
  "certificate",
  "end",
  "output",
];

/** The code `ReaderTree` stores for a line kind. */
export const LINE_KIND_CODE: Readonly<Record<LineKind, number>> = Object.fromEntries(
  LINE_KINDS.map((kind, code) => [kind, code]),
) as Record<LineKind, number>;

/**
 * The trees readConfig builds: commands in a NodeTable, numbered in depth-first order, and a
 * TreeNode for each command only once it is asked for. The model reads the table directly
 * (model/lines.ts, model/chassis.ts), so a large configuration makes nodes only for the commands
 * its builders keep.
 */
export class ReaderTree implements ConfigTree {
  private materialized: SourceLine[] | null = null;
  /** By ordinal, made on first use. */
  private readonly nodes: (TreeNode | undefined)[];
  private rootNodes: ConfigNode[] | null = null;

  constructor(
    readonly table: NodeTable,
    /** The top-level commands' ordinals, in file order. */
    readonly rootOrdinals: readonly number[],
    /** Where each line starts in the input, and where it ends without its trailing blanks. */
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    /** LINE_KIND_CODE of each line. */
    private readonly kinds: Uint8Array,
    readonly diagnostics: Diagnostic[],
    readonly transcript: boolean,
  ) {
    this.nodes = new Array(table.count);
  }

  /** The file name every location carries. */
  get file(): string {
    return this.table.file;
  }

  /** How many nodes have been made (for tests and benchmarks). */
  nodesMade = 0;

  /** The node of command `ordinal`: always the same object. */
  node(ordinal: number): TreeNode {
    let node = this.nodes[ordinal];
    if (node === undefined) {
      node = new TreeNode(this, ordinal);
      this.nodes[ordinal] = node;
      this.nodesMade++;
    }
    return node;
  }

  /** The text of command `ordinal` (what its node's `text` gives). */
  textOf(ordinal: number): string {
    return this.table.textAt(ordinal);
  }

  /** Every top-level command as a node (made on first read: prefer `rootOrdinals`). */
  get roots(): ConfigNode[] {
    if (this.rootNodes === null) this.rootNodes = this.rootOrdinals.map((o) => this.node(o));
    return this.rootNodes;
  }

  /** The children of command `ordinal`, as nodes. */
  childNodes(ordinal: number): ConfigNode[] {
    const last = this.table.last;
    const end = last[ordinal]!;
    if (end === ordinal) return NO_CHILDREN;
    const out: ConfigNode[] = [];
    for (let c = ordinal + 1; c <= end; c = last[c]! + 1) out.push(this.node(c));
    return out;
  }

  /** The ordinals of the commands on line `line` (several only in a transcript), in file order. */
  ordinalsAtLine(line: number): number[] {
    const lines = this.table.line;
    // Lines never decrease with the ordinal: find the first command at or after `line`.
    let lo = 0;
    let hi = this.table.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lines[mid]! < line) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let o = lo; o < this.table.count && lines[o] === line; o++) out.push(o);
    return out;
  }

  get lineCount(): number {
    return this.kinds.length;
  }

  lineText(line: number): string {
    if (line < 1 || line > this.kinds.length) return "";
    return this.table.text.slice(this.starts[line - 1]!, this.ends[line - 1]!);
  }

  lineKind(line: number): LineKind {
    return LINE_KINDS[this.kinds[line - 1]!]!;
  }

  get lines(): readonly SourceLine[] {
    if (this.materialized === null) {
      const out: SourceLine[] = new Array(this.lineCount);
      for (let i = 0; i < out.length; i++)
        out[i] = { line: i + 1, kind: this.lineKind(i + 1), text: this.lineText(i + 1) };
      this.materialized = out;
    }
    return this.materialized;
  }
}

export function isReaderTree(tree: ConfigTree): tree is ReaderTree {
  return tree instanceof ReaderTree;
}
