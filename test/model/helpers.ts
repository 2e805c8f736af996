import path from "node:path";
import { buildChassis } from "../../src/model/chassis.js";
import { chassisToJson } from "../../src/model/json.js";
import type { Chassis, Interface, RedundancyGroup } from "../../src/model/types.js";
import { readConfig } from "../../src/parse/reader.js";
import type { ConfigTree } from "../../src/parse/types.js";

export function build(text: string, file = "edge-a.cfg"): Chassis {
  return buildChassis(readConfig(text, file));
}

export function lines(...l: string[]): string {
  return `${l.join("\n")}\n`;
}

export function iface(c: Chassis, name: string): Interface {
  const i = c.interfaces.get(name);
  if (i === undefined) throw new Error(`no interface ${name}; have ${[...c.interfaces.keys()].join(", ")}`);
  return i;
}

export function group(c: Chassis, id: number): RedundancyGroup {
  const g = c.redundancy?.groups.get(id);
  if (g === undefined) throw new Error(`no group ${id}`);
  return g;
}

export const CORPUS = path.resolve(process.cwd(), "../shared/corpus");

/** What a chassis is, for comparing two builds of one: its model, diagnostics, line counts. */
export function chassisView(c: Chassis): unknown {
  return {
    model: chassisToJson(c),
    diagnostics: c.diagnostics,
    counts: c.lineCounts,
    config: c.looksLikeConfig,
  };
}

/**
 * The same configuration as a plain ConfigTree object, not a reader tree: buildChassis parses it
 * whole first (parseConfigTree) instead of reading the reader's table block by block.
 */
export function plainTree(tree: ConfigTree): ConfigTree {
  return {
    file: tree.file,
    roots: tree.roots,
    lineCount: tree.lineCount,
    lineText: (line) => tree.lineText(line),
    lineKind: (line) => tree.lineKind(line),
    get lines() {
      return tree.lines;
    },
    diagnostics: tree.diagnostics,
    transcript: tree.transcript,
  };
}
