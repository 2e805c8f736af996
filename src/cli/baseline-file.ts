/** Reading and writing baseline files (`--baseline`, `--write-baseline`): one UsageError line on any problem. */
import { existsSync } from "node:fs";
import path from "node:path";
import { type Baseline, parseBaseline } from "../config/baseline.js";
import { UsageError } from "./errors.js";
import { readInputFile } from "./io.js";
import { checkOutputPath, writeOutput } from "./output.js";

function parse(option: string, file: string, absolute: string): Baseline {
  const text = Buffer.from(readInputFile(absolute, `${option} ${file}`)).toString("utf8");
  try {
    return parseBaseline(text);
  } catch (error) {
    throw new UsageError(`${option} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function readBaselineFile(file: string, cwd: string): Baseline {
  return parse("--baseline", file, path.resolve(cwd, file));
}

/** The baseline already in FILE (its other pairs are kept), or null when there is none yet. */
export function existingBaseline(file: string, cwd: string): Baseline | null {
  const absolute = path.resolve(cwd, file);
  checkOutputPath(file, absolute, "--write-baseline");
  return existsSync(absolute) ? parse("--write-baseline", file, absolute) : null;
}

export function writeBaselineFile(file: string, cwd: string, text: string): void {
  writeOutput(file, path.resolve(cwd, file), text, "--write-baseline");
}
