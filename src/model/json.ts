/**
 * A JSON view of the model for `rglint parse FILE --format json`: Maps become objects, secrets
 * become the string "<secret>" (never a digest, never the value), and the stage-1 tree is left
 * out. The text summary for the default `rglint parse` output lives in summary.ts.
 */
import { SECRET_MASK } from "../parse/grammar/index.js";
import { isSecret } from "./secrets.js";
import type { Chassis } from "./types.js";

export { chassisSummary } from "./summary.js";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Keys never serialized: the verbatim tree and its links. */
const SKIPPED_KEYS = new Set(["tree", "parent", "children"]);

export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "bigint":
      return value.toString();
    case "object":
      break;
    default:
      return null;
  }
  if (isSecret(value)) return SECRET_MASK;
  if (value instanceof Map) {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of value) out[String(k)] = toJsonValue(v);
    return out;
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(value)) {
    if (!SKIPPED_KEYS.has(k) && v !== undefined) out[k] = toJsonValue(v);
  }
  return out;
}

/** The chassis as JSON-serializable data (no tree, secrets masked). */
export function chassisToJson(chassis: Chassis): { [key: string]: JsonValue } {
  const value = toJsonValue(chassis);
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
