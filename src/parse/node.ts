/**
 * The reader's implementation of ConfigNode, and the word helpers the reader and the grammar share.
 *
 * A large configuration has a node per line, so the node is kept small: `words` and `wordColumns`
 * are computed from the text on each read (a fresh array each time; few lines are ever asked),
 * a command's `text` is sliced from the input when read (no string is kept per line), the
 * location is kept as numbers, leaves share one frozen empty
 * `children` array, and `ordinal` (file order, which is also depth-first order) lets the model
 * keep per-node results in an array instead of a map keyed by node (model/lines.ts).
 */
import type { CommandHead, ContextKind } from "./contexts.js";
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

/** The rare stanzas given twice, by node: kept off the node, which every line has. */
const DUPLICATE_OF = new WeakMap<TreeNode, ConfigNode>();

/**
 * A node per command line, so kept small: the location is stored as its numbers and built when
 * read (the model keeps the few it needs), `indent` and `reattached` share one number, and the
 * rare `duplicateOf` lives in a side table.
 */
export class TreeNode implements ConfigNode {
  /** Set on the first child; leaves share one frozen empty array. */
  declare private kids: ConfigNode[];
  /**
   * A string the command's text is sliced from when asked for: the whole input (no string is
   * kept per line), or the command itself when it had to be rewritten (tabs, transcripts).
   */
  declare private readonly source: string;
  /** Where column 1 of the node's line is in `source` (negative when `source` starts later). */
  declare private readonly base: number;
  declare private readonly file: string;
  declare readonly line: number;
  declare readonly column: number;
  declare readonly endColumn: number;
  /** (indent + 1) * 4, plus 2 when it has a duplicateOf, plus 1 when re-attached (arithmetic, not bit operations: any indent fits). */
  declare private flags: number;
  declare readonly parent: TreeNode | null;
  declare readonly context: ContextKind;
  /** 0-based position in file order, which is also depth-first (pre-order) tree order. */
  declare readonly ordinal: number;

  /** Nodes come from `create`. */
  private constructor() {}

  /**
   * A new node, built as an object literal with TreeNode's prototype rather than with `new`: V8
   * learns that the objects of one literal site live long and then allocates them directly in
   * the old generation (pretenuring), which it does not do for `new`. A large configuration has
   * a node per line, and copying each through the young generation was a large part of reading.
   */
  static create(
    source: string,
    base: number,
    file: string,
    line: number,
    column: number,
    endColumn: number,
    indent: number,
    parent: TreeNode | null,
    context: ContextKind,
    reattached: boolean,
    ordinal: number,
  ): TreeNode {
    const node = {
      __proto__: TreeNode.prototype,
      kids: NO_CHILDREN,
      source,
      base,
      file,
      line,
      column,
      endColumn,
      flags: (indent + 1) * 4 + (reattached ? 1 : 0),
      parent,
      context,
      ordinal,
    };
    return node as unknown as TreeNode;
  }

  /** A new object on each read. */
  get location(): SourceLocation {
    return { file: this.file, line: this.line, column: this.column, endColumn: this.endColumn };
  }

  get indent(): number {
    return Math.floor(this.flags / 4) - 1;
  }

  get reattached(): boolean {
    return this.flags % 2 === 1;
  }

  get duplicateOf(): ConfigNode | null {
    // The flag first: asked of every top-level node, and a table lookup costs more.
    return this.flags % 4 < 2 ? null : (DUPLICATE_OF.get(this) ?? null);
  }

  /** Marks this top-level stanza as a repeat of `first`, which it is merged into (the reader). */
  markDuplicateOf(first: ConfigNode): void {
    DUPLICATE_OF.set(this, first);
    if (this.flags % 4 < 2) this.flags += 2;
  }

  get text(): string {
    return this.source.slice(this.base + this.column - 1, this.base + this.endColumn - 1);
  }

  get children(): ConfigNode[] {
    return this.kids;
  }

  addChild(child: ConfigNode): void {
    if (this.kids === NO_CHILDREN) this.kids = [child];
    else this.kids.push(child);
  }

  /** A new array on every call: words are derived from `text`, never stored. */
  get words(): string[] {
    return splitWords(this.text);
  }

  get wordColumns(): number[] {
    return wordColumnsOf(this.text, this.column - 1);
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

/** The trees readConfig builds: every node a TreeNode, numbered in depth-first order. */
export class ReaderTree implements ConfigTree {
  private materialized: SourceLine[] | null = null;

  constructor(
    readonly file: string,
    readonly roots: ConfigNode[],
    /** The decoded input: line texts are sliced from it. */
    private readonly text: string,
    /** Where each line starts in `text`, and where it ends without its trailing blanks. */
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    /** LINE_KIND_CODE of each line. */
    private readonly kinds: Uint8Array,
    readonly diagnostics: Diagnostic[],
    readonly transcript: boolean,
  ) {}

  get lineCount(): number {
    return this.kinds.length;
  }

  lineText(line: number): string {
    if (line < 1 || line > this.kinds.length) return "";
    return this.text.slice(this.starts[line - 1]!, this.ends[line - 1]!);
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

export function isReaderTree(tree: ConfigTree): boolean {
  return tree instanceof ReaderTree;
}
