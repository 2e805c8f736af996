// Writes schemas/rglint.config.schema.json from the rule registry (run after adding a rule:
// `npx tsx scripts/write-config-schema.ts`); test/config/schema-file.test.ts fails until then.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { configSchema } from "../src/config/schema.js";
import { RULES } from "../src/rules/registry.js";

writeFileSync("schemas/rglint.config.schema.json", `${JSON.stringify(configSchema(RULES), null, 2)}\n`);
// Keep the file as biome formats it, so `npm run lint` stays clean.
execFileSync("npx", ["biome", "format", "--write", "schemas/rglint.config.schema.json"], { stdio: "ignore" });
