/** The output formats of `rglint simulate`, loaded on demand like the check emitters. */
import type { SimulationEmitter } from "./simulation-context.js";

export const SIMULATION_FORMATS = ["table", "json", "markdown"] as const;
export type SimulationFormat = (typeof SIMULATION_FORMATS)[number];

export function isSimulationFormat(name: string): name is SimulationFormat {
  return (SIMULATION_FORMATS as readonly string[]).includes(name);
}

export async function loadSimulationEmitter(format: SimulationFormat): Promise<SimulationEmitter> {
  switch (format) {
    case "table":
      return (await import("./simulation-table.js")).emitSimulationTable;
    case "json":
      return (await import("./simulation-json.js")).emitSimulationJson;
    case "markdown":
      return (await import("./simulation-markdown.js")).emitSimulationMarkdown;
  }
}
