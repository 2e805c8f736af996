/**
 * A Markdown summary for `$GITHUB_STEP_SUMMARY` (or a pull-request comment): counts, findings
 * by rule with links to the rule pages, and a findings table. Messages only, no config text.
 */
import { byCodeUnit } from "../compare.js";
import type { Finding, Level } from "../rules/types.js";
import type { CheckReport, EmitOptions, EmitResult, RunResult } from "./context.js";
import { anyFailing, levelRank } from "./levels.js";
import { ruleDocUrl } from "./links.js";
import { chassisOf, lineLabel, repoPath, runTitle } from "./lookup.js";
import { countByLevel, describeCounts, describeSuppressed } from "./summary.js";
import { encodePath } from "./uri.js";

/** Step summaries are capped at 1 MiB; long tables are cut well before that. */
const MAX_ROWS = 200;

const ICON: Record<Level, string> = { error: "🔴", warning: "🟡", note: "🔵" };

/** One table cell: first line only, no pipes or HTML. */
export function cell(text: string): string {
  return (text.split(/\r?\n/)[0] ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|");
}

function lineLink(
  run: RunResult,
  location: Finding["location"],
  options: EmitOptions,
  side?: Finding["side"],
): string {
  const path = repoPath(run, location, side);
  const text = `\`${cell(path)}:${location.line}\``;
  const chassis = chassisOf(run, location, side);
  if (options.sourceLinkBase === null || chassis?.rootPath == null) return text;
  return `[${text}](${options.sourceLinkBase}/${encodePath(chassis.rootPath)}#L${location.line})`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function ruleLink(f: Finding): string {
  return `[${f.ruleId} ${f.ruleName}](${ruleDocUrl(f.ruleId)})`;
}

function runSection(run: RunResult, options: EmitOptions): string[] {
  const out: string[] = [`### rglint: ${cell(runTitle(run))}`, ""];
  if (run.mode === "single" && !options.quiet) {
    out.push("_One chassis given: chassis rules only, pair rules skipped._", "");
  }
  const counts = countByLevel(run.findings);
  const notShown = describeSuppressed(run.suppressed);
  if (run.findings.length === 0) {
    out.push("✅ No findings.", "");
    if (notShown !== null) out.push(`_${capitalize(notShown)}._`, "");
    return out;
  }
  const verdict = anyFailing(run.findings, options.failOn)
    ? `❌ **${describeCounts(counts)}**: fails at \`--fail-on ${options.failOn}\`.`
    : `⚠️ **${describeCounts(counts)}**: nothing at or above \`--fail-on ${options.failOn}\`.`;
  out.push(verdict, "");
  if (notShown !== null) out.push(`_${capitalize(notShown)}._`, "");

  const byRule = new Map<string, Finding[]>();
  for (const f of run.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const worst = (fs: Finding[]): Level =>
    fs.reduce((w, f) => (levelRank(f.level) > levelRank(w) ? f.level : w), fs[0]!.level);
  const rules = [...byRule.values()].sort(
    (x, y) => levelRank(worst(y)) - levelRank(worst(x)) || byCodeUnit(x[0]!.ruleId, y[0]!.ruleId),
  );
  out.push("| Rule | Level | Findings |", "|:--|:--|--:|");
  for (const fs of rules)
    out.push(`| ${ruleLink(fs[0]!)} | ${ICON[worst(fs)]} ${worst(fs)} | ${fs.length} |`);
  out.push("");

  out.push("| Level | Rule | Where | Finding |", "|:--|:--|:--|:--|");
  const ordered = rules.flat();
  for (const f of ordered.slice(0, MAX_ROWS)) {
    const related = f.related.map(
      (r) => `${cell(lineLabel(run, r.location))} (${lineLink(run, r.location, options)})`,
    );
    const seeAlso = related.length > 0 ? `<br>See ${related.join(", ")}` : "";
    out.push(
      `| ${ICON[f.level]} ${f.level} | ${ruleLink(f)} | ${lineLink(run, f.location, options, f.side)} | ${cell(f.message)}${seeAlso} |`,
    );
  }
  if (ordered.length > MAX_ROWS) {
    out.push(
      "",
      `_${ordered.length - MAX_ROWS} more findings are not shown here: see the job log or the SARIF upload._`,
    );
  }
  out.push("");
  return out;
}

export function emitMarkdown(report: CheckReport, options: EmitOptions): EmitResult {
  const runs = options.quiet ? report.runs.filter((r) => r.findings.length > 0) : report.runs;
  const out = runs.flatMap((run) => runSection(run, options));
  return { text: out.length === 0 ? "" : `${out.join("\n").trimEnd()}\n`, warnings: [] };
}
