import type { Rule } from "../types.js";
import { rg201 } from "./rg201-group-unpaired.js";
import { rg202 } from "./rg202-threshold-not-below-priority.js";
import { rg203 } from "./rg203-priority-tie.js";
import { rg204 } from "./rg204-preempt-mismatch.js";
import { rg205 } from "./rg205-track-undefined.js";
import { rg206 } from "./rg206-group-reference-undefined.js";
import { rg207 } from "./rg207-value-out-of-range.js";
import { rg208 } from "./rg208-group-timers-mismatch.js";
import { rg209 } from "./rg209-legacy-syntax.js";
import { rg210 } from "./rg210-track-target-undefined.js";
import { rg211 } from "./rg211-cube-priority-mismatch.js";

export const GROUP_RULES: readonly Rule[] = [
  rg201,
  rg202,
  rg203,
  rg204,
  rg205,
  rg206,
  rg207,
  rg208,
  rg209,
  rg210,
  rg211,
];
