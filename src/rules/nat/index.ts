import type { Rule } from "../types.js";
import { rg401 } from "./rg401-nat-rule-unpaired.js";
import { rg402 } from "./rg402-nat-mapping-mismatch.js";
import { rg403 } from "./rg403-nat-mapping-id-duplicate.js";
import { rg404 } from "./rg404-nat-without-redundancy.js";
import { rg405 } from "./rg405-nat-http-not-replicated.js";
import { rg406 } from "./rg406-nat-pool-mismatch.js";
import { rg407 } from "./rg407-nat-alg-fixup-risk.js";
import { rg408 } from "./rg408-nat-acl-mismatch.js";

export const NAT_RULES: readonly Rule[] = [rg401, rg402, rg403, rg404, rg405, rg406, rg407, rg408];
