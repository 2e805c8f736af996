// Precompiles the official SARIF 2.1.0 JSON schema (schemas/sarif-schema-2.1.0.json, the OASIS
// file, reformatted) into a standalone ajv validator: compiling the schema at run time costs
// ~0.5 s per process. CJS output, because ajv's ESM standalone output still calls require().
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schema = JSON.parse(readFileSync(path.join(root, "schemas/sarif-schema-2.1.0.json"), "utf8"));
// Default strictness: `strict: true` rejects the official schema (strictRequired in an anyOf).
const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
addFormats.default(ajv);
const validate = ajv.compile(schema);
// Under node_modules: a build product for tests and CI only, never published with dist/.
const out = path.join(root, "node_modules/.cache/rglint/sarif-validator.cjs");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, standaloneCode.default(ajv, validate));
