import path from "node:path";
import { buildChassis } from "../../src/model/chassis.js";
import { chassisToJson } from "../../src/model/json.js";
import type { Chassis, Interface, RedundancyGroup } from "../../src/model/types.js";
import { readConfig } from "../../src/parse/reader.js";

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
