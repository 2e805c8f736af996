import type { Rule } from "../types.js";
import { rg101 } from "./rg101-rii-unpaired.js";
import { rg102 } from "./rg102-rii-duplicate.js";
import { rg103 } from "./rg103-rii-group-mismatch.js";
import { rg104 } from "./rg104-vip-mismatch.js";
import { rg105 } from "./rg105-vip-not-in-subnet.js";
import { rg106 } from "./rg106-group-without-rii.js";
import { rg107 } from "./rg107-paired-interface-drift.js";
import { rg108 } from "./rg108-duplicate-address.js";

export const PAIRING_RULES: readonly Rule[] = [rg101, rg102, rg103, rg104, rg105, rg106, rg107, rg108];
