/**
 * The grammar's results for a tree the model is being built from, computed block by block as the
 * builder walks the top-level commands, so that the results of a block it has finished with can
 * be dropped at once. On a large configuration this keeps the parse results (an ACL entry's words,
 * a NAT rule's fields) from outliving the block they belong to: they die young instead of being
 * promoted and collected later, which is most of what the parse used to cost in memory.
 *
 * Results are the same as parseConfigTree's for every node classified: each node is classified
 * once, after its parent, by the same classifyLine; only the order in which blocks are visited
 * differs (a block given twice is classified with its first occurrence), and nothing depends on
 * that order: counts are sums, diagnostics are sorted by position (one per node at most), and
 * whether a file looks like a configuration is an "any". The one difference: the builder may
 * leave a block's lines unread (skipDescendants: access lists no NAT rule uses), which then
 * count as ignored and give no diagnostics.
 */
import {
  classifyLine,
  type LineClassCounts,
  type ParsedConfig,
  type ParsedLine,
  type ParseMemo,
  sortByPosition,
} from "../parse/grammar/index.js";
import type { TreeNode } from "../parse/node.js";
import type { ConfigNode, ConfigTree, Diagnostic } from "../parse/types.js";

/** What the model builders read: the grammar's result for a node. */
export interface LineResults {
  get(node: ConfigNode): ParsedLine | undefined;
}

/**
 * The ordinal of the last node of `node`'s subtree. The reader numbers nodes in the order it adds
 * them and always adds to the open path, so a subtree's nodes have consecutive ordinals, from the
 * node's own to that of its last child's last child ….
 */
function lastOrdinal(node: ConfigNode): number {
  let last = node;
  while (last.children.length > 0) last = last.children[last.children.length - 1]!;
  return (last as TreeNode).ordinal;
}

export class StreamingLines implements LineResults {
  /** By node ordinal; a slot is cleared when the builder is done with the node. */
  private readonly results: (ParsedLine | undefined)[];
  private readonly diagnostics: Diagnostic[] = [];
  private understood = 0;
  private ignored = 0;
  private unrecognized = 0;

  /**
   * `tree` must come from readConfig (every node a TreeNode, ordinals 0…n-1 in depth-first order).
   * `isEvidence` is asked of each node until it says yes (see looksLikeConfig). `memo` holds
   * the grammar's outcomes by text, shared with the other chassis of the run (null: none).
   */
  constructor(
    tree: ConfigTree,
    private readonly isEvidence: (node: ConfigNode, line: ParsedLine) => boolean,
    private readonly memo: ParseMemo | null = null,
  ) {
    const lastRoot = tree.roots[tree.roots.length - 1];
    const count = lastRoot === undefined ? 0 : lastOrdinal(lastRoot) + 1;
    // Sized up front: blocks given twice are classified out of order.
    this.results = new Array(count);
  }

  /** Set once some node is evidence that the file is an IOS configuration. */
  evidence = false;

  get(node: ConfigNode): ParsedLine | undefined {
    return this.results[(node as TreeNode).ordinal];
  }

  /** Reused by classifyDescendants. */
  private readonly stack: ConfigNode[] = [];

  /** Classifies `root` and all its descendants, depth-first (parents before children). */
  classify(root: ConfigNode): void {
    this.classifyNode(root);
    this.classifyDescendants(root);
  }

  /** Classifies `node` alone (its parent, if any, already classified). */
  classifyNode(node: ConfigNode): void {
    const parentLine = node.parent === null ? undefined : this.get(node.parent);
    const line = classifyLine(node, parentLine, this.diagnostics, this.memo);
    this.results[(node as TreeNode).ordinal] = line;
    if (line.classification === "understood") this.understood++;
    else if (line.classification === "ignored") this.ignored++;
    else this.unrecognized++;
    if (!this.evidence && this.isEvidence(node, line)) this.evidence = true;
  }

  /** Classifies the descendants of `node` (itself classified), depth-first. */
  classifyDescendants(node: ConfigNode): void {
    const stack = this.stack;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    while (stack.length > 0) {
      const next = stack.pop()!;
      this.classifyNode(next);
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
    }
  }

  /**
   * Leaves the descendants of `node` unread (a block no rule depends on): they count as ignored,
   * are not parsed and give no diagnostics. Drops `node`'s own result.
   */
  skipDescendants(node: ConfigNode): void {
    const first = (node as TreeNode).ordinal;
    this.ignored += lastOrdinal(node) - first;
    this.results[first] = undefined;
  }

  /** Drops the results of `root` and its descendants: the builder will not ask for them again. */
  release(root: ConfigNode): void {
    const first = (root as TreeNode).ordinal;
    this.results.fill(undefined, first, lastOrdinal(root) + 1);
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
export class WholeTreeLines {
  private readonly skipped = new Set<ConfigNode>();
  private understood: number;
  private ignored: number;
  private unrecognized: number;

  constructor(
    private readonly parsed: ParsedConfig,
    private readonly isEvidence: (node: ConfigNode, line: ParsedLine) => boolean,
  ) {
    ({ understood: this.understood, ignored: this.ignored, unrecognized: this.unrecognized } = parsed.counts);
  }

  get(node: ConfigNode): ParsedLine | undefined {
    return this.parsed.lines.get(node);
  }

  classify(_root: ConfigNode): void {}
  classifyNode(_node: ConfigNode): void {}
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
