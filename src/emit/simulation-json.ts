/** The simulation as JSON, shaped by schemas/simulation.schema.json. */
import type { Fault, GroupOutcome, Simulation } from "../simulate/index.js";
import { faultId } from "../simulate/index.js";
import type { SimulationEmitOptions } from "./simulation-context.js";

/** Bump the major version on any incompatible change of the shape. */
export const SIMULATION_SCHEMA_VERSION = "1.0.0";

function fault(f: Fault): Record<string, string | number> {
  const out: Record<string, string | number> = { id: faultId(f), kind: f.kind };
  if ("side" in f) out.chassis = f.side;
  if (f.kind === "rg-reload") out.group = f.group;
  if (f.kind === "interface-down") out.interface = f.interface;
  if (f.kind === "track-down") out.track = f.track;
  return out;
}

function group(o: GroupOutcome) {
  return {
    group: o.group,
    name: o.name,
    before: o.before,
    after: o.after,
    runtimePriority: o.runtimePriority,
    switchover: o.switchover,
    dualActive: o.dualActive,
    undetermined: o.undetermined,
    blackHole: o.blackHole,
    switchoverAfterMs: o.switchoverAfterMs,
    natStateful: o.natStateful,
    httpStateful: o.httpStateful,
    failback: o.failback === null ? null : { active: o.failback.active, afterMs: o.failback.afterMs },
    reasons: o.reasons,
  };
}

export function simulationDocument(simulation: Simulation) {
  const chassis = (side: "a" | "b") => ({
    file: simulation.pair[side].file,
    hostname: simulation.pair[side].hostname,
  });
  return {
    schemaVersion: SIMULATION_SCHEMA_VERSION,
    pair: { a: chassis("a"), b: chassis("b") },
    assumptions: simulation.assumptions.map((a) => ({
      id: a.id,
      tag: a.tag,
      text: a.text,
      source: a.source,
    })),
    scenarios: simulation.scenarios.map((s) => ({
      id: s.id,
      description: s.description,
      faults: s.faults.map(fault),
      groups: s.groups.map(group),
    })),
  };
}

export function emitSimulationJson(simulation: Simulation, _options: SimulationEmitOptions): string {
  return `${JSON.stringify(simulationDocument(simulation), null, 2)}\n`;
}
