/**
 * Code frames: the offending line (masked), underlined, with the block header it belongs to
 * (`interface …`, `protocol 1`), so a reader sees which interface or group the line is in.
 */
import type { SourceLocation } from "../parse/types.js";
import type { SourceLines } from "./context.js";
import { maskSecrets } from "./mask.js";

export interface FrameLine {
  readonly number: number;
  /** Masked and printable. */
  readonly text: string;
  /** The line the location is on (the others are context). */
  readonly isTarget: boolean;
}

export interface Frame {
  readonly lines: readonly FrameLine[];
  /** 0-based start and end (exclusive) of the underline in the target line's text. */
  readonly underline: { readonly from: number; readonly to: number } | null;
}

/** How far up to look for a block header before giving up (headers are close in real configs). */
const MAX_HEADER_DISTANCE = 5000;

/** Control characters (terminal escapes in banners, say) become `?`; tabs become one space. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/\t/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** The nearest line above with less indentation that is not blank or a `!` comment. */
function headerLine(lines: SourceLines, index: number): number | null {
  const indent = indentOf(lines.at(index) ?? "");
  if (indent === 0) return null;
  for (let i = index - 1; i >= 0 && index - i <= MAX_HEADER_DISTANCE; i--) {
    const text = lines.at(i) ?? "";
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("!")) continue;
    if (indentOf(text) < indent) return i;
  }
  return null;
}

function frameLine(lines: SourceLines, index: number, isTarget: boolean): FrameLine {
  return { number: index + 1, text: printable(maskSecrets(lines.at(index) ?? "")), isTarget };
}

/**
 * The 0-based line indexes a location's frame shows (its line and its block header): what a
 * fleet worker sends back instead of the whole file.
 */
export function frameLineIndexes(lines: SourceLines, location: SourceLocation): number[] {
  const index = location.line - 1;
  if (index < 0 || index >= lines.length) return [];
  const header = headerLine(lines, index);
  return header === null ? [index] : [header, index];
}

/** The frame of a location, or null when its line is not in `lines`. */
export function codeFrame(lines: SourceLines, location: SourceLocation): Frame | null {
  const index = location.line - 1;
  if (index < 0 || index >= lines.length) return null;
  const out: FrameLine[] = [];
  const header = headerLine(lines, index);
  if (header !== null) out.push(frameLine(lines, header, false));
  const target = frameLine(lines, index, true);
  out.push(target);
  const from = Math.min(Math.max(location.column - 1, 0), target.text.length);
  const to = Math.min(Math.max(location.endColumn - 1, from + 1), Math.max(target.text.length, from + 1));
  return { lines: out, underline: { from, to } };
}

export interface FramePaint {
  readonly gutter: (s: string) => string;
  readonly marker: (s: string) => string;
  readonly underline: (s: string) => string;
}

const NO_PAINT: FramePaint = { gutter: (s) => s, marker: (s) => s, underline: (s) => s };

/**
 * ```
 *     155 | interface TenGigabitEthernet0/0/0.100
 *         :
 *   > 159 |  redundancy group 1 ip 10.10.1.111 exclusive
 *         |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 * ```
 */
export function renderFrame(frame: Frame, indent: string, paint: FramePaint = NO_PAINT): string[] {
  const width = Math.max(...frame.lines.map((l) => String(l.number).length));
  const blank = " ".repeat(width);
  const out: string[] = [];
  let previous: number | null = null;
  for (const line of frame.lines) {
    if (previous !== null && line.number > previous + 1) out.push(`${indent}  ${paint.gutter(`${blank} :`)}`);
    const mark = line.isTarget ? paint.marker(">") : " ";
    const number = String(line.number).padStart(width);
    out.push(`${indent}${mark} ${paint.gutter(`${number} |`)} ${line.text}`.trimEnd());
    if (line.isTarget && frame.underline !== null) {
      const { from, to } = frame.underline;
      out.push(
        `${indent}  ${paint.gutter(`${blank} |`)} ${" ".repeat(from)}${paint.underline("^".repeat(to - from))}`,
      );
    }
    previous = line.number;
  }
  return out;
}
