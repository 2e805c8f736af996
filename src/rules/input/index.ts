import type { Rule } from "../types.js";
import { rg602 } from "./rg602-unrecognized-line.js";
import { rg604 } from "./rg604-not-a-config.js";
import { rg605 } from "./rg605-no-redundancy.js";

export const INPUT_RULES: readonly Rule[] = [rg602, rg604, rg605];
