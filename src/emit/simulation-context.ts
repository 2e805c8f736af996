/** What the simulation emitters receive: the results and what only the CLI knows. Pure data. */
import type { Outcome, Simulation } from "../simulate/index.js";

export interface SimulationEmitOptions {
  /** ANSI colours (table only): the CLI decides (TTY, NO_COLOR, --color/--no-color). */
  readonly color: boolean;
  /** `--fail-on`: the outcomes that fail the run (shown in the verdict). */
  readonly failOn: readonly Outcome[];
}

export type SimulationEmitter = (simulation: Simulation, options: SimulationEmitOptions) => string;
