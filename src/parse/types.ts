/**
 * Stage 1 of the parser: a located tree of configuration lines.
 *
 * Positions are 1-based. `endColumn` is exclusive (the column just after the last character),
 * the convention SARIF regions use, so a location can be emitted without conversion.
 */

import type { ContextKind } from "./contexts.js";

export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
}

/** What a line is, as far as the reader can tell without a grammar. */
export type LineKind =
  | "command" // an IOS command (a node in the tree)
  | "comment" // `!` lines
  | "blank"
  | "header" // `Building configuration...`, `Current configuration : N bytes`
  | "prompt" // `Router1# show run`, a transcript prompt without a command
  | "banner" // banner body and closing delimiter
  | "certificate" // hex lines of a certificate chain and the closing `quit`
  | "end" // the final `end`
  | "output"; // device messages in a transcript (`% Interface ... removed`)

export type DiagnosticSeverity = "error" | "warning" | "note";

export type DiagnosticCode =
  | "misindented-line" // re-attached by context where IOS would
  | "duplicate-stanza" // a block given twice; merged in order
  | "unterminated-banner"
  | "unterminated-certificate"
  | "invalid-utf8" // bytes that are not UTF-8, decoded losslessly as latin1
  | "cli-transcript" // the file is a CLI session transcript, not a running-config
  | "binary-input"
  | "empty-input"
  | "unrecognized-line" // filled in by the grammar stage
  | "invalid-value" // filled in by the grammar stage
  | "vrf-removes-address"; // model stage: `vrf forwarding` after `ip address` removes the address, as on IOS

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  readonly location: SourceLocation;
  readonly related?: readonly SourceLocation[];
}

/**
 * One command of the configuration. In a running-config every command is one physical line;
 * a CLI transcript can hold several commands on one physical line, each a node with its own
 * column range.
 */
export interface ConfigNode {
  /** The command text: leading/trailing whitespace removed, tabs turned into spaces. */
  readonly text: string;
  /** Whitespace-separated words of `text`, with their 1-based start columns. */
  readonly words: readonly string[];
  readonly wordColumns: readonly number[];
  readonly location: SourceLocation;
  /** Indentation (count of leading whitespace characters) as written; -1 for transcript commands. */
  readonly indent: number;
  readonly parent: ConfigNode | null;
  readonly children: ConfigNode[];
  /** The configuration mode this node's children live in (see contexts.ts). */
  readonly context: ContextKind;
  /** Set when the node was attached to its parent by context rather than by indentation. */
  readonly reattached: boolean;
  /** For a stanza given twice: the first stanza with the same header, which it is merged into. */
  readonly duplicateOf: ConfigNode | null;
}

/** A physical line of the input and how the reader classified it. */
export interface SourceLine {
  readonly line: number;
  readonly kind: LineKind;
  /** The text without the line terminator and trailing whitespace (tabs kept). */
  readonly text: string;
}

export interface ConfigTree {
  readonly file: string;
  /** Top-level commands in file order. */
  readonly roots: ConfigNode[];
  /** How many physical lines the input has. */
  readonly lineCount: number;
  /**
   * The text of line `line` (1-based), as `SourceLine.text`; "" outside 1…lineCount. Sliced from
   * the input on each call: a large configuration keeps no string or object per line.
   */
  lineText(line: number): string;
  /** How the reader classified line `line` (1-based): `lines[line - 1].kind`. */
  lineKind(line: number): LineKind;
  /**
   * Every physical line, classified; `lines[i].line === i + 1`. Built on first use (an object
   * per line): prefer `lineText` and `lineKind`.
   */
  readonly lines: readonly SourceLine[];
  readonly diagnostics: Diagnostic[];
  /** True when the input was a CLI transcript with `(config…)#` prompts. */
  readonly transcript: boolean;
}
