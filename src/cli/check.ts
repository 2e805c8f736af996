/**
 * `rglint check A [B]`: reads the configs, analyzes them, prints the report in the chosen format,
 * and decides the exit code (0: nothing at or above --fail-on, 1: findings, 2: usage errors).
 */
import path from "node:path";
import { type Analysis, analyze } from "../analyze.js";
import {
  applyBaseline,
  type Baseline,
  countFingerprints,
  formatBaseline,
  withPair,
} from "../config/baseline.js";
import type {
  CheckedChassis,
  CheckReport,
  EmitOptions,
  FailOn,
  RunResult,
  SourceLines,
  SuppressedCounts,
} from "../emit/context.js";
import { FORMATS, type Format, isFormat, loadEmitter, ROOT_RELATIVE_FORMATS } from "../emit/formats.js";
import { anyFailing, fails } from "../emit/levels.js";
import { RGLINT_HOME } from "../emit/links.js";
import type { ConfigTree } from "../parse/types.js";
import type { Finding, Side } from "../rules/types.js";
import { existingBaseline, readBaselineFile, writeBaselineFile } from "./baseline-file.js";
import { decideColor } from "./color.js";
import { loadConfig } from "./config-file.js";
import { UsageError } from "./errors.js";
import { readInputFile } from "./io.js";
import type { Io } from "./io-streams.js";
import { checkOutputPath, resolveDirectory, writeOutput } from "./output.js";
import { applyPolicy } from "./policy.js";
import { ruleInfos } from "./rule-info.js";
import { parseRuleOptions } from "./rule-option.js";

export const FAIL_ON_LEVELS: readonly FailOn[] = ["error", "warning", "note", "never"];

export interface CheckOptions {
  readonly format: string;
  readonly output?: string | undefined;
  readonly failOn: string;
  readonly sarifRoot?: string | undefined;
  readonly quiet: boolean;
  /** `--color` / `--no-color`; undefined when neither was given. */
  readonly color?: boolean | undefined;
  readonly toolVersion: string;
  /** `--config FILE`; without it, `rglint.config.json` in the working directory if there is one. */
  readonly config?: string | undefined;
  /** `--rule ID=LEVEL`, repeatable. */
  readonly rules?: readonly string[] | undefined;
  /** False with `--no-inline-config`. */
  readonly inlineConfig?: boolean | undefined;
  readonly baseline?: string | undefined;
  readonly writeBaseline?: string | undefined;
  /** The pair's name for config `pairs` globs and baseline entries (default: its label). */
  readonly pairName?: string | undefined;
}

export function parseFormat(name: string): Format {
  if (!isFormat(name))
    throw new UsageError(`unknown format "${name}" (expected one of: ${FORMATS.join(", ")})`);
  return name;
}

export function parseFailOn(name: string): FailOn {
  const level = FAIL_ON_LEVELS.find((l) => l === name);
  if (level === undefined)
    throw new UsageError(`--fail-on ${name}: expected one of: ${FAIL_ON_LEVELS.join(", ")}`);
  return level;
}

export const toPosix = (p: string): string => p.split(path.sep).join("/");

/** The file relative to the root, or null when it lies outside it. */
export function underRoot(root: string, absolute: string): string | null {
  const relative = path.relative(root, absolute);
  if (
    relative === "" ||
    relative.startsWith(`..${path.sep}`) ||
    relative === ".." ||
    path.isAbsolute(relative)
  )
    return null;
  return toPosix(relative);
}

/** `edge-a+edge-b`: the pair as outputs name it (hostnames, or file base names). */
export function pairLabel(analysis: Analysis): string {
  return analysis.chassis.map((c) => c.displayName).join("+");
}

/** A tree's lines as the emitters read them: sliced from the file when a frame asks. */
function treeLines(tree: ConfigTree): SourceLines {
  return {
    length: tree.lineCount,
    at: (index) => (index >= 0 && index < tree.lineCount ? tree.lineText(index + 1) : undefined),
  };
}

/** The checked files as the emitters see them (every line: frames may show any). */
export function checkedChassis(analysis: Analysis, root: string, cwd: string): CheckedChassis[] {
  return analysis.chassis.map((c, i) => {
    const absolute = path.resolve(cwd, c.file);
    return {
      side: (i === 0 ? "a" : "b") satisfies Side,
      file: c.file,
      hostname: c.hostname?.value ?? null,
      displayName: c.displayName,
      rootPath: underRoot(root, absolute),
      absolutePath: toPosix(absolute),
      lines: treeLines(c.tree),
    };
  });
}

/** --quiet shows what fails the run (errors when nothing can fail it). */
export function shownFindings(
  findings: readonly Finding[],
  quiet: boolean,
  failOn: FailOn,
): readonly Finding[] {
  return quiet ? findings.filter((f) => fails(f.level, failOn === "never" ? "error" : failOn)) : findings;
}

function toRun(
  analysis: Analysis,
  findings: readonly Finding[],
  suppressed: SuppressedCounts,
  root: string,
  io: Io,
  quiet: boolean,
  failOn: FailOn,
): RunResult {
  return {
    label: pairLabel(analysis),
    mode: analysis.pair === null ? "single" : "pair",
    chassis: checkedChassis(analysis, root, io.cwd),
    findings: shownFindings(findings, quiet, failOn),
    suppressed,
  };
}

/** `https://github.com/o/r/blob/<sha>` inside GitHub Actions, for Markdown links to lines. */
export function sourceLinkBase(io: Io): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = io.env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}` : null;
}

/**
 * `--write-baseline` records the findings as the pair's entry (all of them are then in the
 * baseline); `--baseline` keeps the findings its entry for the pair does not cover.
 */
function baselineStep(
  findings: readonly Finding[],
  pairName: string,
  baseline: Baseline | null,
  previousBaseline: Baseline | null,
  options: CheckOptions,
  io: Io,
): { kept: Finding[]; baselined: number } {
  if (options.writeBaseline !== undefined) {
    const counts = countFingerprints(findings);
    const next = withPair(previousBaseline, pairName, counts, `rglint ${options.toolVersion}`);
    writeBaselineFile(options.writeBaseline, io.cwd, formatBaseline(next));
    io.stderr(
      `rglint: ${options.writeBaseline}: recorded ${findings.length} finding(s) of pair "${pairName}"\n`,
    );
    return applyBaseline(findings, counts);
  }
  const known = baseline?.pairs[pairName];
  if (baseline !== null && known === undefined) {
    io.stderr(
      `rglint: warning: --baseline ${options.baseline} has no entry for pair "${pairName}": every finding is new (--pair-name sets the name)\n`,
    );
  }
  return applyBaseline(findings, known);
}

/** The options `check` and `check --manifest` share, validated before any input is read. */
export async function resolveCheckSettings(options: CheckOptions, io: Io) {
  const format = parseFormat(options.format);
  const failOn = parseFailOn(options.failOn);
  const root =
    options.sarifRoot === undefined ? io.cwd : resolveDirectory("--sarif-root", options.sarifRoot, io.cwd);
  const output =
    options.output === undefined
      ? null
      : { file: options.output, absolute: path.resolve(io.cwd, options.output) };
  if (output !== null) checkOutputPath(output.file, output.absolute);
  const commandLineLevels = parseRuleOptions(options.rules ?? []);
  if (options.baseline !== undefined && options.writeBaseline !== undefined)
    throw new UsageError(
      "--baseline and --write-baseline: give one (--write-baseline rewrites the pair's entry)",
    );
  const config = await loadConfig(options.config, io.cwd);
  const baseline = options.baseline === undefined ? null : readBaselineFile(options.baseline, io.cwd);
  const previousBaseline =
    options.writeBaseline === undefined ? null : existingBaseline(options.writeBaseline, io.cwd);
  return { format, failOn, root, output, commandLineLevels, config, baseline, previousBaseline };
}

export async function runCheck(files: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const settings = await resolveCheckSettings(options, io);
  const { failOn, root, commandLineLevels, config, baseline, previousBaseline } = settings;

  const analysis = analyze(
    files.map((file) => ({ file, content: readInputFile(path.resolve(io.cwd, file), file) })),
  );
  const pairName = options.pairName ?? pairLabel(analysis);
  const policy = applyPolicy({
    analysis,
    config,
    commandLineLevels,
    inlineConfig: options.inlineConfig !== false,
    pairName,
    cwd: io.cwd,
  });
  const { kept, baselined } = baselineStep(
    policy.findings,
    pairName,
    baseline,
    previousBaseline,
    options,
    io,
  );
  const suppressed: SuppressedCounts = { inline: policy.inline, config: policy.config, baseline: baselined };
  const run = toRun(analysis, kept, suppressed, root, io, options.quiet, failOn);
  await emitReport([run], settings, options, io);
  return anyFailing(kept, failOn) ? 1 : 0;
}

export type CheckSettings = Awaited<ReturnType<typeof resolveCheckSettings>>;

/**
 * The report of `runs` in the chosen format, to the output file or stdout, with its warnings on
 * stderr: `check` (one run) and `check --manifest` (one run per pair, `fleet`) alike.
 */
export async function emitReport(
  runs: readonly RunResult[],
  settings: CheckSettings,
  options: CheckOptions,
  io: Io,
  fleet = false,
): Promise<void> {
  const { format, failOn, root, output } = settings;
  const report: CheckReport = {
    tool: { name: "rglint", version: options.toolVersion, informationUri: RGLINT_HOME },
    rules: ruleInfos(format === "sarif"),
    sourceRoot: toPosix(root),
    runs,
    ...(fleet ? { fleet: true } : {}),
  };
  const emitOptions: EmitOptions = {
    failOn,
    color: format === "stylish" && decideColor(options.color, io, output !== null),
    quiet: options.quiet,
    sourceLinkBase: sourceLinkBase(io),
  };
  const result = (await loadEmitter(format))(report, emitOptions);

  if (ROOT_RELATIVE_FORMATS.has(format)) {
    const outside = runs.flatMap((r) => r.chassis).filter((c) => c.rootPath === null);
    const where = `the repository root ${toPosix(root)} (--sarif-root)`;
    if (fleet && outside.length > 0) {
      io.stderr(
        `rglint: warning: ${outside.length} file(s) outside ${where}, e.g. ${outside[0]!.file}: their paths are absolute, which GitHub and GitLab cannot show\n`,
      );
    } else if (!fleet) {
      for (const c of outside)
        io.stderr(
          `rglint: warning: ${c.file} is outside ${where}: its path is absolute, which GitHub and GitLab cannot show\n`,
        );
    }
  }
  for (const warning of result.warnings) io.stderr(`rglint: warning: ${warning}\n`);
  if (output !== null) writeOutput(output.file, output.absolute, result.text);
  else if (result.text !== "") io.stdout(result.text);
}
