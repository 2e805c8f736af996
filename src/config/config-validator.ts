/**
 * The validator of `rglint.config.json`. Compiling the schema costs ~0.1 s, so the bundle
 * (scripts/build.mjs) swaps this module for one that returns a validator precompiled at build
 * time with ajv's standalone code; under tests and tsx it is compiled here, on first use.
 */
import type { ErrorObject } from "ajv";
import { RULES } from "../rules/registry.js";
import { configSchema } from "./schema.js";

export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The options scripts/build.mjs uses too: keep them in step. */
export const CONFIG_AJV_OPTIONS = { allErrors: false, strict: true } as const;

let compiled: ConfigValidator | null = null;

export async function loadConfigValidator(): Promise<ConfigValidator> {
  if (compiled === null) {
    const { Ajv } = await import("ajv");
    compiled = new Ajv(CONFIG_AJV_OPTIONS).compile(configSchema(RULES));
  }
  return compiled;
}
