import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfigValidator } from "../../src/config/config-validator.js";
import { configSchema } from "../../src/config/schema.js";
import { describeSchemaError, jsonPath } from "../../src/config/schema-errors.js";
import { RULES } from "../../src/rules/registry.js";

const FILE = "schemas/rglint.config.schema.json";

async function firstError(doc: unknown): Promise<string | null> {
  const validate = await loadConfigValidator();
  if (validate(doc)) return null;
  return describeSchemaError(validate.errors![0]!, doc);
}

describe("schemas/rglint.config.schema.json", () => {
  it("is the schema made from the rule registry (run `npx tsx scripts/write-config-schema.ts` after adding a rule)", () => {
    expect(JSON.parse(readFileSync(FILE, "utf8"))).toEqual(configSchema(RULES));
  });

  it("lists every rule with its name and default level, for editor completion", () => {
    const schema = JSON.parse(readFileSync(FILE, "utf8")) as {
      properties: { rules: { properties: Record<string, { description: string; enum: string[] }> } };
    };
    const rules = schema.properties.rules.properties;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id));
    expect(rules.RG104!.description).toMatch(/^vip-mismatch \(default: error\)\. /);
    expect(rules.RG104!.enum).toEqual(["off", "note", "warning", "error"]);
  });

  it("accepts a full config, with $schema", async () => {
    expect(
      await firstError({
        $schema: "./node_modules/rglint/schemas/rglint.config.schema.json",
        rules: { RG203: "off", RG306: "error" },
        overrides: [{ pairs: ["dc1-*"], files: ["configs/dc1/**"], rules: { RG306: "warning" } }],
        ignores: [{ rule: "RG308", files: ["lab/*.cfg"], fingerprint: "RG308:b:protocol=1", reason: "lab" }],
      }),
    ).toBeNull();
  });

  it("names the JSON path of the first error", async () => {
    expect(await firstError({ rules: { RG999: "off" } })).toBe(
      '$.rules.RG999: unknown rule ID "RG999" (see `rglint rules`)',
    );
    expect(await firstError({ rules: { RG203: "fatal" } })).toBe(
      '$.rules.RG203: "fatal" is not one of off, note, warning, error',
    );
    expect(await firstError({ overrides: [{ pairs: ["x"], rules: { rg203: "off" } }] })).toBe(
      '$.overrides[0].rules.rg203: unknown rule ID "rg203" (see `rglint rules`)',
    );
    expect(await firstError({ ignores: [{ rule: "RG308" }] })).toBe(
      "$.ignores[0].reason: missing: every ignore needs a reason",
    );
    expect(await firstError({ ignores: [{ rule: "RG308", reason: "  " }] })).toBe(
      "$.ignores[0].reason: the reason must not be empty",
    );
    expect(await firstError({ ignores: [{ rule: "RG000", reason: "x" }] })).toBe(
      '$.ignores[0].rule: unknown rule ID "RG000" (see `rglint rules`)',
    );
    expect(await firstError({ overrides: [{ pairs: "dc1", rules: {} }] })).toBe(
      "$.overrides[0].pairs: must be array",
    );
    expect(await firstError({ rule: {} })).toBe('$.rule: unknown property "rule"');
    expect(await firstError([])).toBe("$: must be object");
  });

  it("writes JSON paths readably", () => {
    expect(jsonPath("")).toBe("$");
    expect(jsonPath("/overrides/0/files/2")).toBe("$.overrides[0].files[2]");
    expect(jsonPath("/pairs/dc1 edge~1x")).toBe('$.pairs["dc1 edge/x"]');
  });
});
