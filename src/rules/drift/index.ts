import type { Rule } from "../types.js";
import { rg601 } from "./rg601-redundancy-block-drift.js";
import { rg603 } from "./rg603-mode-mismatch.js";
import { rg606 } from "./rg606-version-mismatch.js";

export const DRIFT_RULES: readonly Rule[] = [rg601, rg603, rg606];
