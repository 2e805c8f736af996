import type { Rule } from "../types.js";
import { rg901 } from "./rg901-fault-without-switchover.js";
import { rg902 } from "./rg902-no-failback.js";
import { rg903 } from "./rg903-stateless-switchover.js";

/** Rules that read the switchover simulation (one simulation per pair, shared by all three). */
export const SIMULATION_RULES: readonly Rule[] = [rg901, rg902, rg903];
