import type { Chassis, Interface } from "../model/types.js";
import { firstWordIs, isReaderTree } from "../parse/node.js";
import type { ConfigNode } from "../parse/types.js";

const rootsByLine = new WeakMap<Chassis, Map<number, ConfigNode[]>>();

/**
 * The top-level commands of a chassis by line, built once per chassis: rules that read an
 * interface's own lines look its stanzas up here instead of scanning every root per interface.
 */
function rootsAt(chassis: Chassis, line: number): readonly ConfigNode[] {
  const tree = chassis.tree;
  if (isReaderTree(tree)) {
    // Found by line in the reader's table: no node for the other roots.
    return tree
      .ordinalsAtLine(line)
      .filter((o) => tree.table.parent[o]! < 0)
      .map((o) => tree.node(o));
  }
  let index = rootsByLine.get(chassis);
  if (index === undefined) {
    index = new Map();
    for (const root of chassis.tree.roots) {
      const at = index.get(root.location.line);
      if (at === undefined) index.set(root.location.line, [root]);
      else at.push(root);
    }
    rootsByLine.set(chassis, index);
  }
  return index.get(line) ?? [];
}

/** The `interface …` stanza(s) of `iface` in file order (more than one when it is given twice). */
export function interfaceStanzas(chassis: Chassis, iface: Interface): ConfigNode[] {
  const out: ConfigNode[] = [];
  const lines = [...new Set(iface.headerLocations.map((h) => h.line))].sort((x, y) => x - y);
  for (const line of lines) {
    for (const root of rootsAt(chassis, line)) {
      if (iface.headerLocations.some((h) => h.line === line && h.column === root.location.column))
        out.push(root);
    }
  }
  return out;
}

/**
 * The top-level commands of a chassis whose first word is `word` (lower-case), in file order. A
 * large configuration has 100,000s of top-level commands: a reader tree's are tested by their
 * text, and only those that match are made nodes.
 */
export function rootsStartingWith(chassis: Chassis, word: string): ConfigNode[] {
  const tree = chassis.tree;
  if (isReaderTree(tree)) {
    const out: ConfigNode[] = [];
    for (const o of tree.rootOrdinals) if (firstWordIs(tree.textOf(o), word)) out.push(tree.node(o));
    return out;
  }
  return tree.roots.filter((root) => firstWordIs(root.text, word));
}
