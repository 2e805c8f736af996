/** schemas/findings.schema.json, compiled once per test file. */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";

const schema = JSON.parse(readFileSync("schemas/findings.schema.json", "utf8")) as object;
const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);

export const validateFindings = ajv.compile(schema);
