/**
 * What every emitter receives: the results of a check, plus everything the emitters need to know
 * that only the CLI can find out (paths relative to the repository root, rule docs, source text).
 * Emitters are pure functions of a `CheckReport` and `EmitOptions`.
 */
import type { Finding, Level, RuleMeta, Side } from "../rules/types.js";

/** The lines of a file, read one at a time: an array of strings is one. */
export interface SourceLines {
  readonly length: number;
  /** The text of line `index + 1`; undefined past the end (or for a line not kept). */
  at(index: number): string | undefined;
}

/** One checked file. */
export interface CheckedChassis {
  readonly side: Side;
  /** The file as given on the command line: the key of every `SourceLocation.file`. */
  readonly file: string;
  readonly hostname: string | null;
  /** How output names the chassis: the hostname, or the file's base name. */
  readonly displayName: string;
  /**
   * The file for machine formats (SARIF, GitHub, GitLab, Markdown): relative to the repository
   * root (`--sarif-root`) with `/` separators, or null when the file lies outside that root.
   */
  readonly rootPath: string | null;
  /** The absolute path, with `/` separators (used when `rootPath` is null). */
  readonly absolutePath: string;
  /**
   * Every physical line of the file (`lines.at(n - 1)` is line n), unmasked: mask before printing.
   * Read line by line (from the configuration tree, which keeps no string per line).
   */
  readonly lines: SourceLines;
}

/** Findings not shown because something decided so, by mechanism. */
export interface SuppressedCounts {
  /** By `! rglint-disable…` comments in the configs. */
  readonly inline: number;
  /** By the config file's `ignores`. */
  readonly config: number;
  /** Already in the `--baseline` (or just recorded by `--write-baseline`). */
  readonly baseline: number;
}

/** The results of one pair (or one chassis): a SARIF run, a JUnit test suite, a Markdown section. */
export interface RunResult {
  /** Stable, readable label of the pair, e.g. `edge-a+edge-b`; distinguishes runs of one file. */
  readonly label: string;
  /** The pair's manifest name (`rglint check --manifest`): SARIF categories and headings use it. */
  readonly name?: string;
  readonly mode: "pair" | "single";
  /** In command-line order: a, then b. */
  readonly chassis: readonly CheckedChassis[];
  /** What to show (already filtered by `--quiet`), in report order. */
  readonly findings: readonly Finding[];
  /** What suppressions, ignores and the baseline kept out of `findings`; absent when not counted. */
  readonly suppressed?: SuppressedCounts;
}

/** A rule as the outputs describe it: the registry's metadata plus its documentation page. */
export interface RuleInfo extends RuleMeta {
  /** The rule's page (Markdown, from rules-docs/), or null when the format does not need it. */
  readonly doc: string | null;
}

export interface ToolInfo {
  readonly name: "rglint";
  readonly version: string;
  readonly informationUri: string;
}

export interface CheckReport {
  readonly tool: ToolInfo;
  /** The full rule table, in registry order. */
  readonly rules: readonly RuleInfo[];
  /** The repository root (`--sarif-root`): absolute, `/` separators. `rootPath`s are relative to it. */
  readonly sourceRoot: string;
  /** One per pair. `check A B` makes one; `check --manifest` one per pair of the manifest (or shard). */
  readonly runs: readonly RunResult[];
  /** From a manifest: JSON wraps the pairs, SARIF gives every run its category, even a lone one. */
  readonly fleet?: boolean;
}

/** The level at and above which findings fail the run; `never` fails on nothing. */
export type FailOn = Level | "never";

export interface EmitOptions {
  readonly failOn: FailOn;
  /** ANSI colours (stylish only). */
  readonly color: boolean;
  /** Drop the chatter (banners, counts when there is nothing to show). */
  readonly quiet: boolean;
  /**
   * Base URL of the repository's files at this commit (e.g.
   * `https://github.com/o/r/blob/<sha>`), for Markdown links to lines; null for none.
   */
  readonly sourceLinkBase: string | null;
}

export interface EmitResult {
  readonly text: string;
  /** Problems the user should know about (e.g. SARIF truncated to GitHub's limits): for stderr. */
  readonly warnings: readonly string[];
}

export type Emitter = (report: CheckReport, options: EmitOptions) => EmitResult;
