/**
 * Finds, reads and validates `rglint.config.json`: `--config FILE`, else the one in the working
 * directory, else none. Every problem is one UsageError line naming the file and the JSON path.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadConfigValidator } from "../config/config-validator.js";
import { CONFIG_FILE_NAME } from "../config/schema.js";
import { describeSchemaError } from "../config/schema-errors.js";
import type { RglintConfig } from "../config/types.js";
import { UsageError } from "./errors.js";
import { readInputFile } from "./io.js";

export interface LoadedConfig {
  /** As the user gave it (or `rglint.config.json` when found in the working directory). */
  readonly file: string;
  /** The folder the config's `files` globs are relative to: absolute. */
  readonly dir: string;
  readonly config: RglintConfig;
}

/** `Unexpected token } in JSON at position 42` → `line 3, column 5: Unexpected token }`. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = /at position (\d+)/.exec(message);
  if (m === null) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, "")}`;
}

/** Parses JSON or throws a UsageError naming the file and where the syntax breaks. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`${file}: invalid JSON: ${describeJsonError(text, error)}`);
  }
}

export async function loadConfig(option: string | undefined, cwd: string): Promise<LoadedConfig | null> {
  let file: string;
  if (option !== undefined) file = option;
  else if (existsSync(path.join(cwd, CONFIG_FILE_NAME))) file = CONFIG_FILE_NAME;
  else return null;
  const absolute = path.resolve(cwd, file);
  const text = Buffer.from(readInputFile(absolute, file)).toString("utf8");
  const doc = parseJsonFile(file, text);
  const validate = await loadConfigValidator();
  if (!validate(doc)) {
    const first = validate.errors?.[0];
    throw new UsageError(`${file}: ${first === undefined ? "invalid" : describeSchemaError(first, doc)}`);
  }
  const config = doc as RglintConfig;
  config.overrides?.forEach((o, i) => {
    if (o.pairs === undefined && o.files === undefined)
      throw new UsageError(`${file}: $.overrides[${i}]: give "pairs" or "files" (or both)`);
  });
  return { file, dir: path.dirname(absolute), config };
}
