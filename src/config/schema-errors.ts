/** One line for the first schema error of a config file, naming its JSON path (`$.overrides[0].rules`). */
import type { ErrorObject } from "ajv";

/** `/overrides/0/rules` → `$.overrides[0].rules`. */
export function jsonPath(pointer: string): string {
  if (pointer === "") return "$";
  let out = "$";
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function child(path: string, key: string): string {
  return jsonPath(`${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
}

function isRulesObject(pointer: string): boolean {
  return pointer === "/rules" || /^\/overrides\/\d+\/rules$/.test(pointer);
}

/** The value at a JSON pointer of `doc`. */
function valueAt(doc: unknown, pointer: string): unknown {
  let value = doc;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}

/** One line for a schema error of the config document `doc`. */
export function describeSchemaError(error: ErrorObject, doc: unknown): string {
  const at = jsonPath(error.instancePath);
  const value = JSON.stringify(valueAt(doc, error.instancePath));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      if (isRulesObject(error.instancePath))
        return `${child(error.instancePath, key)}: unknown rule ID "${key}" (see \`rglint rules\`)`;
      return `${child(error.instancePath, key)}: unknown property "${key}"`;
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      if (/\/ignores\/\d+\/rule$/.test(error.instancePath))
        return `${at}: unknown rule ID ${value} (see \`rglint rules\`)`;
      return `${at}: ${value} is not one of ${allowed.map((v) => String(v)).join(", ")}`;
    }
    case "required": {
      const missing = String(params.missingProperty);
      if (missing === "reason" && /^\/ignores\/\d+$/.test(error.instancePath))
        return `${child(error.instancePath, missing)}: missing: every ignore needs a reason`;
      return `${child(error.instancePath, missing)}: missing`;
    }
    case "pattern":
      if (error.instancePath.endsWith("/reason")) return `${at}: the reason must not be empty`;
      return `${at}: must match ${String(params.pattern)}`;
    default:
      return `${at}: ${error.message ?? `fails ${error.keyword}`}`;
  }
}
