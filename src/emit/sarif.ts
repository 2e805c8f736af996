/**
 * SARIF 2.1.0 for GitHub code scanning: one run per pair, the full rule table from the registry,
 * results with related locations linked from the message (GitHub shows them only when linked),
 * URIs relative to the repository root, and our own fingerprint. Kept within GitHub's upload
 * limits (see sarif-limits.ts).
 */
import type {
  Invocation,
  Log,
  Message,
  Notification,
  PhysicalLocation,
  PropertyBag,
  ReportingDescriptor,
  Result,
  Run,
} from "sarif";
import type { SourceLocation } from "../parse/types.js";
import type { Confidence, Finding, Level } from "../rules/types.js";
import type { CheckReport, EmitOptions, EmitResult, RuleInfo, RunResult } from "./context.js";
import { ruleDocUrl } from "./links.js";
import { chassisOf, lineLabel } from "./lookup.js";
import { fitToLimits, SARIF_LIMITS } from "./sarif-limits.js";
import { encodePath, fileUri } from "./uri.js";

/** Accepted by the multitool and GitHub; the OASIS URL is not served as JSON. */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** partialFingerprints key: our stable fingerprint (rule + normalized subject, no line numbers). */
export const FINGERPRINT_KEY = "rglintFingerprint/v1";
/** The repository root; `originalUriBaseIds` says where it was on the machine that ran rglint. */
export const SRCROOT = "%SRCROOT%";

const PRECISION: Record<Confidence, string> = { confirmed: "high", inferred: "medium", "not-found": "low" };
const PROBLEM_SEVERITY: Record<Level, string> = {
  error: "error",
  warning: "warning",
  note: "recommendation",
};
/** GitHub: ≥ 7.0 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Record<Level, string> = { error: "7.5", warning: "5.0", note: "2.0" };

/**
 * Plain-text SARIF messages treat `[text](n)` as a link: literal brackets from our messages are
 * escaped (SARIF 2.1.0 §3.11.6).
 */
function escapeMessage(text: string): string {
  return text.replace(/([[\]\\])/g, "\\$1");
}

function withStop(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function helpText(rule: RuleInfo): { text: string; markdown: string } {
  if (rule.doc !== null) return { text: rule.doc, markdown: rule.doc };
  const text = `${rule.fullDescription}\n\nSee ${ruleDocUrl(rule.id)}`;
  return { text, markdown: `${rule.fullDescription}\n\n[${rule.id} ${rule.name}](${ruleDocUrl(rule.id)})` };
}

export function ruleDescriptor(rule: RuleInfo): ReportingDescriptor {
  const properties: PropertyBag = {
    tags: [...rule.tags].slice(0, SARIF_LIMITS.tagsPerRule),
    precision: PRECISION[rule.confidence],
    "problem.severity": PROBLEM_SEVERITY[rule.level],
  };
  if (rule.tags.includes("security")) properties["security-severity"] = SECURITY_SEVERITY[rule.level];
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    helpUri: ruleDocUrl(rule.id),
    help: helpText(rule),
    defaultConfiguration: { level: rule.level },
    properties,
  };
}

function physicalLocation(
  run: RunResult,
  location: SourceLocation,
  side?: Finding["side"],
): PhysicalLocation {
  const chassis = chassisOf(run, location, side);
  const artifactLocation =
    chassis !== null && chassis.rootPath !== null
      ? { uri: encodePath(chassis.rootPath), uriBaseId: SRCROOT }
      : { uri: fileUri(chassis?.absolutePath ?? location.file.replace(/\\/g, "/")) };
  return {
    artifactLocation,
    region: {
      startLine: location.line,
      startColumn: location.column,
      endLine: location.line,
      endColumn: Math.max(location.endColumn, location.column),
    },
  };
}

/**
 * The first line carries the finding; then links to the related lines (`[edge-a line 74](1)`)
 * and the fix; the rest of a multi-line message (a diff) follows.
 */
function resultMessage(run: RunResult, f: Finding, relatedCount: number): Message {
  const [first = "", ...rest] = f.message.replace(/\r\n?/g, "\n").split("\n");
  const sentences = [withStop(escapeMessage(first))];
  if (relatedCount > 0) {
    const links = f.related
      .slice(0, relatedCount)
      .map((r, i) => `[${escapeMessage(lineLabel(run, r.location))}](${i + 1})`);
    sentences.push(`See ${links.join(", ")}.`);
  }
  if (f.fix !== null) sentences.push(`Fix: ${withStop(escapeMessage(f.fix))}`);
  const tail = rest.length > 0 ? `\n${escapeMessage(rest.join("\n"))}` : "";
  return { text: sentences.join(" ") + tail };
}

function sarifResult(run: RunResult, f: Finding, ruleIndex: ReadonlyMap<string, number>): Result {
  const relatedCount = Math.min(f.related.length, SARIF_LIMITS.relatedLocationsPerResult);
  const result: Result = {
    ruleId: f.ruleId,
    level: f.level,
    message: resultMessage(run, f, relatedCount),
    locations: [{ physicalLocation: physicalLocation(run, f.location, f.side) }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  const index = ruleIndex.get(f.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  if (relatedCount > 0) {
    result.relatedLocations = f.related.slice(0, relatedCount).map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(run, r.location),
      message: { text: escapeMessage(r.message) },
    }));
  }
  return result;
}

/** `rglint/edge-a+edge-b/`: GitHub's category is the part before the last slash. */
function automationId(label: string, taken: Set<string>): string {
  const slug = label.replace(/[^A-Za-z0-9._+-]+/g, "-") || "pair";
  let id = `rglint/${slug}/`;
  for (let n = 2; taken.has(id); n++) id = `rglint/${slug}-${n}/`;
  taken.add(id);
  return id;
}

export interface SarifRunInput {
  readonly run: RunResult;
  /** The results to include (a subset of run.findings when cut to GitHub's limits). */
  readonly findings: readonly Finding[];
  readonly notifications: readonly string[];
}

/** Builds the log; `fitToLimits` decides what goes in. */
export function buildSarifLog(report: CheckReport, runs: readonly SarifRunInput[]): Log {
  const rules = report.rules.map(ruleDescriptor);
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const taken = new Set<string>();
  const rootUri = fileUri(report.sourceRoot.endsWith("/") ? report.sourceRoot : `${report.sourceRoot}/`);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: runs.map(({ run, findings, notifications }): Run => {
      const sarifRun: Run = {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: report.tool.informationUri,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri } },
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => sarifResult(run, f, ruleIndex)),
      };
      if (runs.length > 1 || report.fleet === true)
        sarifRun.automationDetails = { id: automationId(run.name ?? run.label, taken) };
      if (notifications.length > 0) {
        const toolExecutionNotifications: Notification[] = notifications.map((text) => ({
          level: "warning",
          message: { text },
        }));
        const invocation: Invocation = { executionSuccessful: true, toolExecutionNotifications };
        sarifRun.invocations = [invocation];
      }
      return sarifRun;
    }),
  };
}

export function emitSarif(report: CheckReport, _options: EmitOptions): EmitResult {
  const { text, warnings } = fitToLimits(report, (runs) =>
    JSON.stringify(buildSarifLog(report, runs), null, 2),
  );
  return { text: `${text}\n`, warnings };
}
