import type { ConfigNode, ConfigTree } from "./types.js";

/** A top-level block with the blocks that repeat it merged in, in file order. */
export interface Stanza {
  /** The first occurrence: the block's identity and primary location. */
  readonly node: ConfigNode;
  /** Every occurrence, first included, in file order. */
  readonly occurrences: readonly ConfigNode[];
  /** The children of all occurrences, in file order (later commands replace earlier ones). */
  readonly children: readonly ConfigNode[];
}

/** Top-level commands with duplicate stanzas merged into their first occurrence. */
export function mergedStanzas(tree: ConfigTree): Stanza[] {
  const byFirst = new Map<ConfigNode, { occurrences: ConfigNode[]; children: ConfigNode[] }>();
  const order: ConfigNode[] = [];
  for (const node of tree.roots) {
    const first = node.duplicateOf ?? node;
    let entry = byFirst.get(first);
    if (entry === undefined) {
      entry = { occurrences: [], children: [] };
      byFirst.set(first, entry);
      order.push(first);
    }
    entry.occurrences.push(node);
    for (const child of node.children) entry.children.push(child);
  }
  return order.map((node) => {
    const entry = byFirst.get(node)!;
    return { node, occurrences: entry.occurrences, children: entry.children };
  });
}
