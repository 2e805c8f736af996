/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): annotations on the pull
 * request without code scanning. Paths are relative to the repository root (`--sarif-root`).
 */
import type { Level } from "../rules/types.js";
import type { CheckReport, EmitOptions, EmitResult } from "./context.js";
import { bySeverity } from "./levels.js";
import { lineLabel, repoPath, runTitle } from "./lookup.js";
import { countByLevel, describeCounts } from "./summary.js";

const COMMAND: Record<Level, string> = { error: "error", warning: "warning", note: "notice" };
/** GitHub shows at most this many annotations of each level per step. */
const SHOWN_PER_LEVEL = 10;

/** The message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value (`file=`, `title=`): `:` and `,` would end it. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function emitGithub(report: CheckReport, options: EmitOptions): EmitResult {
  const out: string[] = [];
  for (const run of report.runs) {
    // Most severe first: GitHub drops annotations beyond its per-step limit.
    for (const f of bySeverity(run.findings)) {
      const { line, column, endColumn } = f.location;
      const properties = [
        `file=${escapeProperty(repoPath(run, f.location, f.side))}`,
        `line=${line}`,
        `endLine=${line}`,
        `col=${column}`,
        // GitHub's endColumn is inclusive; ours is exclusive.
        `endColumn=${Math.max(column, endColumn - 1)}`,
        `title=${escapeProperty(`${f.ruleId} ${f.ruleName}`)}`,
      ];
      const body = [f.message.replace(/\r\n?/g, "\n")];
      for (const r of f.related)
        body.push(`Related: ${lineLabel(run, r.location)} (${repoPath(run, r.location)}): ${r.message}`);
      if (f.fix !== null) body.push(`Fix: ${f.fix}`);
      out.push(`::${COMMAND[f.level]} ${properties.join(",")}::${escapeData(body.join("\n"))}`);
    }
    if (!options.quiet) {
      const counts = countByLevel(run.findings);
      const hidden = counts.error > SHOWN_PER_LEVEL || counts.warning > SHOWN_PER_LEVEL;
      out.push(
        `rglint: ${describeCounts(counts)} in ${runTitle(run)}${hidden ? ` (GitHub shows ${SHOWN_PER_LEVEL} annotations per level and step; see the log above)` : ""}`,
      );
    }
  }
  return { text: out.length === 0 ? "" : `${out.join("\n")}\n`, warnings: [] };
}
