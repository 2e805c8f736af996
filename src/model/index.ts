/** The model's public API. */
export { normalizeAclEntry } from "./acl.js";
export { buildChassis } from "./chassis.js";
export {
  DEFAULT_BFD,
  DEFAULT_DELAY_MS,
  DEFAULT_HELLO_MS,
  DEFAULT_HOLD_MS,
  DEFAULT_PREEMPT,
  DEFAULT_PRIORITY,
  DEFAULT_RELOAD_MS,
  defaultProtocol,
  effectiveProtocol,
} from "./defaults.js";
export { chassisToJson, type JsonValue, toJsonValue } from "./json.js";
export { natRuleIdentity } from "./nat.js";
export { buildPair, matchByKey } from "./pair.js";
export { FIELD_POLICIES, fieldPolicy, fieldsWithPolicy, type PolicyElement } from "./policy.js";
export { decodeType7, hasSecret, isSecret, maskSecrets, SECRET_MASK, toSecret } from "./secrets.js";
export { chassisSummary } from "./summary.js";
export type * from "./types.js";
