/**
 * GitLab Code Quality report (a JSON array of CodeClimate-style issues) for merge request widgets.
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import { createHash } from "node:crypto";
import type { Level } from "../rules/types.js";
import type { CheckReport, EmitOptions, EmitResult } from "./context.js";
import { lineLabel, repoPath } from "./lookup.js";

type GitlabSeverity = "info" | "minor" | "major" | "critical" | "blocker";

const SEVERITY: Record<Level, GitlabSeverity> = { error: "major", warning: "minor", note: "info" };

interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: GitlabSeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

export function emitGitlab(report: CheckReport, _options: EmitOptions): EmitResult {
  const several = report.runs.length > 1;
  const issues: CodeQualityIssue[] = report.runs.flatMap((run) =>
    run.findings.map((f) => {
      const related = f.related.map((r) => ` Related: ${lineLabel(run, r.location)}.`).join("");
      // Our fingerprint names no file; with several pairs the pair keeps issues apart.
      const key = several ? `${run.label}\u0000${f.fingerprint}` : f.fingerprint;
      return {
        description: `${f.ruleId} ${f.message.split(/\r?\n/)[0]}${related}`,
        check_name: `${f.ruleId} ${f.ruleName}`,
        fingerprint: createHash("md5").update(key).digest("hex"),
        severity: SEVERITY[f.level],
        location: { path: repoPath(run, f.location, f.side), lines: { begin: f.location.line } },
      };
    }),
  );
  return { text: `${JSON.stringify(issues, null, 2)}\n`, warnings: [] };
}
