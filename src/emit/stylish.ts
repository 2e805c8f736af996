/**
 * The terminal format (default): findings grouped by pair and rule, each with a code frame of its
 * line and of the peer's related line (secrets masked), then the counts.
 */
import { byCodeUnit } from "../compare.js";
import type { Finding } from "../rules/types.js";
import { type Paint, paintFor } from "./ansi.js";
import type { CheckReport, EmitOptions, EmitResult, RunResult } from "./context.js";
import { codeFrame, printable, renderFrame } from "./frame.js";
import { anyFailing, levelRank } from "./levels.js";
import { linesOf, runTitle } from "./lookup.js";
import { countByLevel, describeCounts, describeSuppressed, plural } from "./summary.js";

function where(location: Finding["location"]): string {
  return `${location.file}:${location.line}:${location.column}`;
}

function frameOf(
  run: RunResult,
  location: Finding["location"],
  side: Finding["side"] | undefined,
  paint: Paint,
  level: Finding["level"],
): string[] {
  const frame = codeFrame(linesOf(run, location, side), location);
  if (frame === null) return [];
  return renderFrame(frame, "    ", {
    gutter: paint.dim,
    marker: paint.level(level),
    underline: paint.level(level),
  });
}

/** Multi-line messages (e.g. a diff) keep their lines, indented under the first. */
function messageLines(message: string, indent: string): string[] {
  const [first = "", ...rest] = printable(message.replace(/\r\n?/g, "\n")).split("\n");
  return [first, ...rest.map((line) => `${indent}${line}`.trimEnd())];
}

function renderFinding(run: RunResult, f: Finding, paint: Paint): string[] {
  const out: string[] = [];
  const [first, ...rest] = messageLines(f.message, "    ");
  out.push(`  ${paint.dim(where(f.location))}  ${paint.level(f.level)(f.level)}  ${first}`);
  out.push(...rest);
  out.push(...frameOf(run, f.location, f.side, paint, f.level));
  for (const r of f.related) {
    out.push(`    ${paint.dim("related")} ${paint.dim(where(r.location))}  ${printable(r.message)}`);
    out.push(...frameOf(run, r.location, undefined, paint, f.level));
  }
  if (f.fix !== null) out.push(`    ${paint.bold("fix:")} ${printable(f.fix)}`);
  return out;
}

/** Rules in the order a reader should fix them: most severe first, then by ID. */
function groupByRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.ruleId);
    if (group === undefined) groups.set(f.ruleId, [f]);
    else group.push(f);
  }
  const worst = (g: Finding[]): number => Math.max(...g.map((f) => levelRank(f.level)));
  return [...groups.values()].sort((x, y) => worst(y) - worst(x) || byCodeUnit(x[0]!.ruleId, y[0]!.ruleId));
}

function runHeading(run: RunResult, paint: Paint): string {
  const name = run.name === undefined ? "" : `${paint.bold(run.name)}: `;
  return (
    name + run.chassis.map((c) => `${paint.bold(c.displayName)} ${paint.dim(`(${c.file})`)}`).join(" + ")
  );
}

function renderRun(run: RunResult, options: EmitOptions, paint: Paint): string[] {
  const out: string[] = [];
  if (run.findings.length === 0 && options.quiet) return out;
  out.push(runHeading(run, paint));
  if (run.mode === "single" && !options.quiet) {
    out.push(paint.dim("one chassis given: chassis rules only, pair rules skipped"));
  }
  for (const group of groupByRule(run.findings)) {
    const head = group[0]!;
    out.push("");
    out.push(`${paint.bold(`${head.ruleId} ${head.ruleName}`)} ${paint.dim(`(${group.length})`)}`);
    group.forEach((f, i) => {
      if (i > 0) out.push("");
      out.push(...renderFinding(run, f, paint));
    });
  }
  return out;
}

function countsLine(findings: readonly Finding[], title: string, options: EmitOptions, paint: Paint): string {
  if (findings.length === 0) return `${paint.green("✔")} no findings in ${title}`;
  const failing = anyFailing(findings, options.failOn);
  const mark = failing ? paint.red("✖") : paint.yellow("⚠");
  const verdict = failing
    ? `: fails at --fail-on ${options.failOn}`
    : options.failOn === "never"
      ? ""
      : `: nothing at or above --fail-on ${options.failOn}`;
  return `${mark} ${describeCounts(countByLevel(findings))} in ${title}${verdict}`;
}

export function emitStylish(report: CheckReport, options: EmitOptions): EmitResult {
  const paint = paintFor(options.color);
  const out: string[] = [];
  for (const run of report.runs) {
    const section = renderRun(run, options, paint);
    if (section.length === 0) continue;
    if (out.length > 0) out.push("");
    out.push(...section);
    if (!options.quiet) {
      out.push("");
      out.push(countsLine(run.findings, runTitle(run), options, paint));
      const notShown = describeSuppressed(run.suppressed);
      if (notShown !== null) out.push(paint.dim(`  ${notShown}`));
    }
  }
  const all = report.runs.flatMap((r) => r.findings);
  if (!options.quiet) {
    if (report.runs.length > 1) out.push(countsLine(all, plural(report.runs.length, "pair"), options, paint));
    const first = report.runs.map((r) => groupByRule(r.findings)[0]?.[0]).find((f) => f !== undefined);
    if (first !== undefined) {
      out.push(
        paint.dim(`  rglint explain ${first.ruleId}: what a rule checks, why it matters, how to fix it`),
      );
    }
  }
  return { text: out.length === 0 ? "" : `${out.join("\n")}\n`, warnings: [] };
}
