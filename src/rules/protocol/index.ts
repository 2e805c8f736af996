import type { Rule } from "../types.js";
import { rg301 } from "./rg301-hold-not-above-hello.js";
import { rg302 } from "./rg302-hold-below-3x-hello.js";
import { rg303 } from "./rg303-protocol-mismatch.js";
import { rg304 } from "./rg304-protocol-undefined.js";
import { rg305 } from "./rg305-link-interface-invalid.js";
import { rg306 } from "./rg306-link-single-path.js";
import { rg307 } from "./rg307-link-subnet-mismatch.js";
import { rg308 } from "./rg308-weak-authentication.js";
import { rg309 } from "./rg309-link-in-vrf.js";

export const PROTOCOL_RULES: readonly Rule[] = [
  rg301,
  rg302,
  rg303,
  rg304,
  rg305,
  rg306,
  rg307,
  rg308,
  rg309,
];
