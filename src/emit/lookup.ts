/** Finding a location's chassis in a run: every format names lines by chassis and path. */
import type { SourceLocation } from "../parse/types.js";
import type { Finding } from "../rules/types.js";
import type { CheckedChassis, RunResult, SourceLines } from "./context.js";

/** The chassis a location is on (by file; the finding's side breaks a tie when A and B are one file). */
export function chassisOf(
  run: RunResult,
  location: SourceLocation,
  side?: Finding["side"],
): CheckedChassis | null {
  const matches = run.chassis.filter((c) => c.file === location.file);
  return matches.find((c) => c.side === side) ?? matches[0] ?? null;
}

/** `edge-b line 74`: how messages and links name a line. */
export function lineLabel(run: RunResult, location: SourceLocation, side?: Finding["side"]): string {
  const chassis = chassisOf(run, location, side);
  return `${chassis?.displayName ?? baseName(location.file)} line ${location.line}`;
}

/** The path machine formats use: relative to the repository root, else absolute. */
export function repoPath(run: RunResult, location: SourceLocation, side?: Finding["side"]): string {
  const chassis = chassisOf(run, location, side);
  if (chassis === null) return location.file.replace(/\\/g, "/");
  return chassis.rootPath ?? chassis.absolutePath;
}

export function linesOf(run: RunResult, location: SourceLocation, side?: Finding["side"]): SourceLines {
  return chassisOf(run, location, side)?.lines ?? [];
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** `edge-a + edge-b` or `edge-a`: a run in headings. */
export function runTitle(run: RunResult): string {
  return run.chassis.map((c) => c.displayName).join(" + ");
}
