/** Small helpers that keep rule messages consistent. */
import type { Chassis } from "../model/types.js";
import type { SourceLocation } from "../parse/types.js";
import type { Side } from "./types.js";

/** `edge-a` (or the file's base name when the config has no hostname). */
export function nameOf(chassis: Chassis): string {
  return chassis.displayName;
}

export function peerSide(side: Side): Side {
  return side === "a" ? "b" : "a";
}

/** `edge-a line 74`: how a message refers to a line on a chassis. */
export function lineRef(chassis: Chassis, location: SourceLocation): string {
  return `${chassis.displayName} line ${location.line}`;
}

/** Line 1 of the chassis' file, for findings about the file as a whole. */
export function fileStart(chassis: Chassis): SourceLocation {
  const first = chassis.tree.lineText(1);
  return { file: chassis.file, line: 1, column: 1, endColumn: Math.max(first.length, 1) + 1 };
}
