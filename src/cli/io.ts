import { readFileSync, statSync } from "node:fs";
import { UsageError } from "./errors.js";

/**
 * Reads an input file as bytes; any failure is a UsageError naming the file (as `label`, by
 * default the path) and the reason.
 */
export function readInputFile(path: string, label: string = path): Uint8Array {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new UsageError(`${label}: cannot read: ${describeFsError(error)}`);
  }
  if (isDirectory) throw new UsageError(`${label}: cannot read: is a directory`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`${label}: cannot read: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
