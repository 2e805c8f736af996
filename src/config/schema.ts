/**
 * The JSON schema of `rglint.config.json`, made from the rule registry so that editors complete
 * rule IDs and levels and an unknown rule ID is a schema error. `scripts/write-config-schema.ts`
 * writes it to schemas/rglint.config.schema.json; a test keeps the file in step.
 */
import type { RuleMeta } from "../rules/types.js";
import { LEVEL_SETTINGS } from "./types.js";

export const CONFIG_FILE_NAME = "rglint.config.json";
export const CONFIG_SCHEMA_ID = "https://github.com/rglint/rglint/schemas/rglint.config.schema.json";

type JsonSchema = { readonly [key: string]: unknown };

function ruleLevels(rules: readonly RuleMeta[], description: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const r of rules) {
    properties[r.id] = {
      description: `${r.name} (default: ${r.level}). ${r.shortDescription}`,
      enum: LEVEL_SETTINGS,
    };
  }
  return { description, type: "object", additionalProperties: false, properties };
}

const globs = (description: string): JsonSchema => ({
  description,
  type: "array",
  minItems: 1,
  items: { type: "string", minLength: 1 },
});

export function configSchema(rules: readonly RuleMeta[]): JsonSchema {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: CONFIG_SCHEMA_ID,
    title: "rglint configuration (rglint.config.json)",
    description:
      "Rule levels, levels for some pairs, and findings to ignore with a reason. Levels: `rules`, then the matching `overrides` in order, then `--rule ID=LEVEL`; the last one wins.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { description: "This schema, for editor completion.", type: "string" },
      rules: ruleLevels(
        rules,
        "Level of each rule: off, note, warning or error. Every finding of the rule gets it.",
      ),
      overrides: {
        description: "Levels for some pairs only, applied in order after `rules`.",
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["rules"],
          properties: {
            pairs: globs("Globs over the pair's name: a manifest entry's `name`, or `--pair-name`."),
            files: globs("Globs over the chassis files, relative to this file's folder."),
            rules: ruleLevels(rules, "Level of each rule for the matching pairs."),
          },
        },
      },
      ignores: {
        description: "Findings not to report. Each needs a reason.",
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["rule", "reason"],
          properties: {
            rule: { description: "The rule ID, e.g. RG203.", enum: rules.map((r) => r.id) },
            reason: {
              description: "Why the finding is intended: reviewers read it.",
              type: "string",
              pattern: "\\S",
            },
            files: globs("Globs over the file of the finding's line, relative to this file's folder."),
            pairs: globs("Globs over the pair's name."),
            fingerprint: {
              description: "One finding only: its `fingerprint` from `--format json`, e.g. RG203:group=1.",
              type: "string",
              pattern: "^RG\\d{3}:",
            },
          },
        },
      },
    },
  };
}
