import { statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./errors.js";

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOTDIR") return "a parent is not a directory";
  return error instanceof Error ? error.message : String(error);
}

/** Fails before the analysis when `--output FILE` cannot be written: a missing folder, a directory. */
export function checkOutputPath(file: string, absolute: string, option = "--output"): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    // The file need not exist; its folder must.
    try {
      if (!statSync(path.dirname(absolute)).isDirectory())
        throw new UsageError(`${option} ${file}: cannot write: a parent is not a directory`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${option} ${file}: cannot write: ${reason(error)}`);
    }
  }
  if (isDirectory) throw new UsageError(`${option} ${file}: cannot write: is a directory`);
}

export function writeOutput(file: string, absolute: string, text: string, option = "--output"): void {
  try {
    writeFileSync(absolute, text);
  } catch (error) {
    throw new UsageError(`${option} ${file}: cannot write: ${reason(error)}`);
  }
}

/** `--sarif-root DIR`: an existing directory, made absolute. */
export function resolveDirectory(option: string, dir: string, cwd: string): string {
  const absolute = path.resolve(cwd, dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch (error) {
    throw new UsageError(`${option} ${dir}: ${reason(error)}`);
  }
  if (!isDirectory) throw new UsageError(`${option} ${dir}: not a directory`);
  return absolute;
}
