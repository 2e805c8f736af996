import { isReaderTree } from "./node.js";
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

/**
 * The merged stanzas of the top-level blocks that are given more than once, by their first
 * occurrence; null when no block is. (The reader points every repeat at the first occurrence,
 * an earlier root.) Few blocks repeat, so only these are collected.
 */
export function repeatedStanzas(tree: ConfigTree): ReadonlyMap<ConfigNode, Stanza> | null {
  let byFirst: Map<ConfigNode, { occurrences: ConfigNode[]; children: ConfigNode[] }> | null = null;
  // A reader tree lists its repeats (in file order): no node for the other roots.
  const roots = isReaderTree(tree) ? [...tree.table.duplicateOf.keys()].map((o) => tree.node(o)) : tree.roots;
  for (let i = 0; i < roots.length; i++) {
    const node = roots[i]!;
    const first = node.duplicateOf;
    if (first === null) continue;
    byFirst ??= new Map();
    let entry = byFirst.get(first);
    if (entry === undefined) {
      entry = { occurrences: [first], children: [...first.children] };
      byFirst.set(first, entry);
    }
    entry.occurrences.push(node);
    for (const child of node.children) entry.children.push(child);
  }
  if (byFirst === null) return null;
  const out = new Map<ConfigNode, Stanza>();
  for (const [node, entry] of byFirst) out.set(node, { node, ...entry });
  return out;
}

/** The stanza of top-level `node` (a first occurrence), given `repeatedStanzas(tree)`. */
export function stanzaOf(node: ConfigNode, repeated: ReadonlyMap<ConfigNode, Stanza> | null): Stanza {
  return (
    repeated?.get(node) ?? {
      node,
      occurrences: [node],
      // Read when asked: a reader tree makes the children's nodes then (an access list no NAT
      // rule uses is never asked).
      get children() {
        return node.children;
      },
    }
  );
}

/** Top-level commands with duplicate stanzas merged into their first occurrence. */
export function mergedStanzas(tree: ConfigTree): Stanza[] {
  const repeated = repeatedStanzas(tree);
  const out: Stanza[] = [];
  const roots = tree.roots;
  for (let i = 0; i < roots.length; i++) {
    const node = roots[i]!;
    if (node.duplicateOf === null) out.push(stanzaOf(node, repeated));
  }
  return out;
}
