/**
 * GitHub code scanning rejects a SARIF upload beyond its limits. Rather than fail the upload, the
 * log is cut to fit (most severe results kept), and the cut is reported: as a warning for
 * stderr and as a tool notification inside the run.
 */
import { gzipSync } from "node:zlib";
import type { Finding } from "../rules/types.js";
import type { CheckReport, EmitResult } from "./context.js";
import { bySeverity } from "./levels.js";
import type { SarifRunInput } from "./sarif.js";

/** https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning */
export interface SarifLimits {
  readonly runsPerFile: number;
  readonly resultsPerRun: number;
  readonly relatedLocationsPerResult: number;
  readonly tagsPerRule: number;
  /** Size of the gzip-compressed file. */
  readonly gzippedBytes: number;
}

export const SARIF_LIMITS: SarifLimits = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  relatedLocationsPerResult: 1_000,
  tagsPerRule: 20,
  gzippedBytes: 10 * 1024 * 1024,
};

/** The `keep` most severe findings, in their original order. */
function mostSevere(findings: readonly Finding[], keep: number): Finding[] {
  if (findings.length <= keep) return [...findings];
  const kept = new Set(bySeverity(findings).slice(0, keep));
  return findings.filter((f) => kept.has(f));
}

function gzippedSize(text: string): number {
  return gzipSync(Buffer.from(text, "utf8")).length;
}

export function fitToLimits(
  report: CheckReport,
  render: (runs: readonly SarifRunInput[]) => string,
  limits: SarifLimits = SARIF_LIMITS,
): EmitResult {
  const warnings: string[] = [];
  const runs = report.runs.slice(0, limits.runsPerFile);
  if (report.runs.length > runs.length) {
    warnings.push(
      `SARIF: ${report.runs.length - runs.length} of ${report.runs.length} pairs left out: GitHub accepts at most ${limits.runsPerFile} runs per file; check fewer pairs per SARIF file`,
    );
  }
  let inputs: SarifRunInput[] = runs.map((run) => {
    const notifications: string[] = [];
    const findings = mostSevere(run.findings, limits.resultsPerRun);
    if (findings.length < run.findings.length) {
      const text = `${run.findings.length - findings.length} of ${run.findings.length} results of ${run.label} left out (GitHub accepts at most ${limits.resultsPerRun} per run); the most severe are kept`;
      notifications.push(text);
      warnings.push(`SARIF: ${text}`);
    }
    const crowded = findings.filter((f) => f.related.length > limits.relatedLocationsPerResult).length;
    if (crowded > 0) {
      const text = `${crowded} results of ${run.label} have more than ${limits.relatedLocationsPerResult} related locations; only the first ${limits.relatedLocationsPerResult} are linked`;
      notifications.push(text);
      warnings.push(`SARIF: ${text}`);
    }
    return { run, findings, notifications };
  });

  let text = render(inputs);
  // Cheap test first: JSON never compresses to more than its own size.
  if (Buffer.byteLength(text, "utf8") <= limits.gzippedBytes) return { text, warnings };
  const total = (list: readonly SarifRunInput[]): number => list.reduce((n, i) => n + i.findings.length, 0);
  const before = total(inputs);
  let size = gzippedSize(text);
  let cap = Math.max(...inputs.map((i) => i.findings.length));
  while (size > limits.gzippedBytes && cap > 0) {
    cap = Math.min(cap - 1, Math.floor(cap * (limits.gzippedBytes / size) * 0.9));
    const keep = Math.max(cap, 0);
    inputs = inputs.map((input) => ({ ...input, findings: mostSevere(input.findings, keep) }));
    text = render(inputs);
    size = gzippedSize(text);
  }
  const dropped = before - total(inputs);
  if (dropped > 0) {
    const note = `${dropped} results left out to keep the file under GitHub's ${Math.round(limits.gzippedBytes / 1024 / 1024)} MB (gzipped) limit; the most severe are kept`;
    warnings.push(`SARIF: ${note}`);
    inputs = inputs.map((input) => ({ ...input, notifications: [...input.notifications, note] }));
    text = render(inputs);
  }
  return { text, warnings };
}
