/**
 * The grammar's results for a tree the model is being built from, computed block by block as the
 * builder walks the top-level commands, so that the results of a block it has finished with can
 * be dropped at once. On a large configuration this keeps the parse results (an ACL entry's words,
 * a NAT rule's fields) from outliving the block they belong to: they die young instead of being
 * promoted and collected later, which is most of what the parse used to cost in memory.
 *
 * A reader tree is read from its NodeTable by ordinal (classifyTableLine), so that the lines no
 * builder keeps never become nodes; any other tree is parsed whole first (WholeTreeLines).
 *
 * Results are the same as parseConfigTree's for every node classified: each node is classified
 * once, after its parent, by the same classification (classifyTableLine is classifyLine read
 * from the table); only the order in which blocks are visited
 * differs (a block given twice is classified with its first occurrence), and nothing depends on
 * that order: counts are sums, diagnostics are sorted by position (one per node at most), and
 * whether a file looks like a configuration is an "any". The one difference: the builder may
 * leave a block's lines unread (skipDescendants: access lists no NAT rule uses), which then
 * count as ignored and give no diagnostics.
 */
import type { Command } from "../parse/grammar/commands.js";
import {
  classifyTableLine,
  type LineClassCounts,
  type ParsedConfig,
  type ParsedLine,
  type ParseMemo,
  sortByPosition,
} from "../parse/grammar/index.js";
import type { NodeTable, ReaderTree, TreeNode } from "../parse/node.js";
import type { ConfigNode, Diagnostic, SourceLocation } from "../parse/types.js";

/** What the model builders read: the grammar's result for a node. */
export interface LineResults {
  get(node: ConfigNode): ParsedLine | undefined;
}

/**
 * The top-level commands as buildChassis walks them: each by a key (a reader tree's ordinal, or
 * an index into `roots`), so that a reader tree's commands are classified and read without making
 * their nodes.
 */
export interface RootWalk {
  readonly rootKeys: readonly number[];
  /** Given again: merged into an earlier root (its `duplicateOf`). */
  isDuplicateRoot(key: number): boolean;
  /** The first occurrence of a block given again (what a repeat's `duplicateOf` points at). */
  isRepeatedRoot(key: number): boolean;
  rootNode(key: number): ConfigNode;
  rootCommand(key: number): Command | null;
  rootLocation(key: number): SourceLocation;
  classifyRoot(key: number): void;
  classifyRootDescendants(key: number): void;
  releaseRoot(key: number): void;
}

export class StreamingLines implements LineResults, RootWalk {
  /** By node ordinal; a slot is cleared when the builder is done with the node. */
  private readonly results: (ParsedLine | undefined)[];
  private readonly diagnostics: Diagnostic[] = [];
  private understood = 0;
  private ignored = 0;
  private unrecognized = 0;
  private readonly table: NodeTable;
  /** The first occurrences of the blocks given again. */
  private readonly repeatedOrdinals: ReadonlySet<number>;

  /**
   * `isEvidence` is asked of each node until it says yes (see looksLikeConfig). `memo` holds the
   * grammar's outcomes by text, shared with the other chassis of the run (null: none).
   */
  constructor(
    private readonly tree: ReaderTree,
    private readonly isEvidence: (node: ConfigNode, line: ParsedLine) => boolean,
    private readonly memo: ParseMemo | null = null,
  ) {
    this.table = tree.table;
    this.repeatedOrdinals = new Set(this.table.duplicateOf.values());
    // Sized up front: blocks given twice are classified out of order.
    this.results = new Array(this.table.count);
  }

  /** Set once some node is evidence that the file is an IOS configuration. */
  evidence = false;

  get rootKeys(): readonly number[] {
    return this.tree.rootOrdinals;
  }

  isDuplicateRoot(ordinal: number): boolean {
    return this.table.isDuplicateAt(ordinal);
  }

  isRepeatedRoot(ordinal: number): boolean {
    return this.repeatedOrdinals.has(ordinal);
  }

  rootNode(ordinal: number): ConfigNode {
    return this.tree.node(ordinal);
  }

  rootCommand(ordinal: number): Command | null {
    return this.results[ordinal]?.command ?? null;
  }

  rootLocation(ordinal: number): SourceLocation {
    return this.table.locationAt(ordinal);
  }

  classifyRoot(ordinal: number): void {
    this.classifyAt(ordinal);
  }

  classifyRootDescendants(ordinal: number): void {
    this.classifyDescendantsAt(ordinal);
  }

  releaseRoot(ordinal: number): void {
    this.results.fill(undefined, ordinal, this.table.last[ordinal]! + 1);
  }

  get(node: ConfigNode): ParsedLine | undefined {
    return this.results[(node as TreeNode).ordinal];
  }

  /** Classifies `root` and all its descendants, depth-first (parents before children). */
  classify(root: ConfigNode): void {
    const o = (root as TreeNode).ordinal;
    this.classifyAt(o);
    this.classifyDescendantsAt(o);
  }

  /** Classifies command `o` alone (its parent, if any, already classified). */
  private classifyAt(o: number): void {
    const parent = this.table.parent[o]!;
    const parentLine = parent < 0 ? undefined : this.results[parent];
    const line = classifyTableLine(this.tree, o, parentLine, this.diagnostics, this.memo);
    this.results[o] = line;
    if (line.classification === "understood") this.understood++;
    else if (line.classification === "ignored") this.ignored++;
    else this.unrecognized++;
    if (!this.evidence && this.isEvidence(this.tree.node(o), line)) this.evidence = true;
  }

  /** Classifies the descendants of `node` (itself classified), depth-first. */
  classifyDescendants(node: ConfigNode): void {
    this.classifyDescendantsAt((node as TreeNode).ordinal);
  }

  /** A subtree's ordinals are in depth-first order: parents come before their children. */
  private classifyDescendantsAt(o: number): void {
    const last = this.table.last[o]!;
    for (let c = o + 1; c <= last; c++) this.classifyAt(c);
  }

  /**
   * Leaves the descendants of `node` unread (a block no rule depends on): they count as ignored,
   * are not parsed and give no diagnostics. Drops `node`'s own result.
   */
  skipDescendants(node: ConfigNode): void {
    const first = (node as TreeNode).ordinal;
    this.ignored += this.table.last[first]! - first;
    this.results[first] = undefined;
  }

  /** Drops the results of `root` and its descendants: the builder will not ask for them again. */
  release(root: ConfigNode): void {
    this.releaseRoot((root as TreeNode).ordinal);
  }

  counts(): LineClassCounts {
    return { understood: this.understood, ignored: this.ignored, unrecognized: this.unrecognized };
  }

  /** The grammar's diagnostics, in position order (as ParsedConfig.diagnostics). */
  sortedDiagnostics(): Diagnostic[] {
    return sortByPosition(this.diagnostics);
  }
}

/**
 * The same interface over a tree parsed whole first (parseConfigTree): for trees that do not come
 * from readConfig. Classifying is a no-op; leaving a block unread takes its lines' results out
 * of the counts and diagnostics, so both give the same chassis.
 */
export class WholeTreeLines implements LineResults, RootWalk {
  private readonly skipped = new Set<ConfigNode>();
  private understood: number;
  private ignored: number;
  private unrecognized: number;
  private readonly roots: readonly ConfigNode[];
  readonly rootKeys: readonly number[];
  /** The first occurrences of the blocks given again. */
  private readonly repeated: ReadonlySet<ConfigNode>;

  constructor(
    private readonly parsed: ParsedConfig,
    private readonly isEvidence: (node: ConfigNode, line: ParsedLine) => boolean,
  ) {
    ({ understood: this.understood, ignored: this.ignored, unrecognized: this.unrecognized } = parsed.counts);
    this.roots = parsed.tree.roots;
    this.rootKeys = this.roots.map((_, i) => i);
    this.repeated = new Set(this.roots.flatMap((root) => root.duplicateOf ?? []));
  }

  isDuplicateRoot(index: number): boolean {
    return this.roots[index]!.duplicateOf !== null;
  }

  isRepeatedRoot(index: number): boolean {
    return this.repeated.has(this.roots[index]!);
  }

  rootNode(index: number): ConfigNode {
    return this.roots[index]!;
  }

  rootCommand(index: number): Command | null {
    return this.get(this.roots[index]!)?.command ?? null;
  }

  rootLocation(index: number): SourceLocation {
    return this.roots[index]!.location;
  }

  classifyRoot(_index: number): void {}
  classifyRootDescendants(_index: number): void {}
  releaseRoot(_index: number): void {}

  get(node: ConfigNode): ParsedLine | undefined {
    return this.parsed.lines.get(node);
  }

  classify(_root: ConfigNode): void {}
  classifyDescendants(_node: ConfigNode): void {}
  release(_root: ConfigNode): void {}

  skipDescendants(node: ConfigNode): void {
    const stack = [...node.children];
    while (stack.length > 0) {
      const next = stack.pop()!;
      this.skipped.add(next);
      const line = this.parsed.lines.get(next);
      if (line?.classification === "understood") this.understood--;
      else if (line?.classification === "unrecognized") this.unrecognized--;
      else this.ignored--;
      this.ignored++;
      stack.push(...next.children);
    }
  }

  get evidence(): boolean {
    for (const [node, line] of this.parsed.lines) {
      if (!this.skipped.has(node) && this.isEvidence(node, line)) return true;
    }
    return false;
  }

  counts(): LineClassCounts {
    return { understood: this.understood, ignored: this.ignored, unrecognized: this.unrecognized };
  }

  sortedDiagnostics(): Diagnostic[] {
    if (this.skipped.size === 0) return [...this.parsed.diagnostics];
    const at = new Set<string>();
    for (const node of this.skipped) at.add(`${node.location.line}:${node.location.column}`);
    return this.parsed.diagnostics.filter((d) => !at.has(`${d.location.line}:${d.location.column}`));
  }
}

/** How buildChassis reads the grammar's results: block by block, or from a whole-tree parse. */
export type BuildLines = StreamingLines | WholeTreeLines;
