import type { Rule } from "../types.js";
import { rg501 } from "./rg501-zbf-redundancy-missing.js";
import { rg502 } from "./rg502-zone-mismatch.js";
import { rg503 } from "./rg503-asymmetric-routing-mismatch.js";

export const FIREWALL_RULES: readonly Rule[] = [rg501, rg502, rg503];
