// Writes schemas/rglint.config.schema.json from the rule registry (run after adding a rule:
// `npx tsx scripts/write-config-schema.ts`); test/config/schema-file.test.ts fails until then.
import { writeFileSync } from "node:fs";
import { configSchema } from "../src/config/schema.js";
import { RULES } from "../src/rules/registry.js";

writeFileSync("schemas/rglint.config.schema.json", `${JSON.stringify(configSchema(RULES), null, 2)}\n`);
