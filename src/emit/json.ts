/** Findings as JSON, shaped by schemas/findings.schema.json (one pair, or a fleet's pairs). */
import type { SourceLocation } from "../parse/types.js";
import type { CheckReport, EmitOptions, EmitResult, RunResult } from "./context.js";
import { countByLevel } from "./summary.js";

/** Exactly the schema's fields, whatever else a location object carries. */
function location(l: SourceLocation): SourceLocation {
  return { file: l.file, line: l.line, column: l.column, endColumn: l.endColumn };
}

/** Bump the major version on any incompatible change of the shape, the minor one when adding fields. */
export const FINDINGS_SCHEMA_VERSION = "1.2.0";

function pairDoc(run: RunResult) {
  return {
    mode: run.mode,
    chassis: run.chassis.map((c) => ({ side: c.side, file: c.file, hostname: c.hostname })),
    summary: countByLevel(run.findings),
    ...(run.suppressed === undefined ? {} : { suppressed: run.suppressed }),
    findings: run.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      level: f.level,
      message: f.message,
      side: f.side,
      location: location(f.location),
      related: f.related.map((r) => ({ location: location(r.location), message: r.message })),
      fix: f.fix,
      fingerprint: f.fingerprint,
    })),
  };
}

/**
 * One pair: the pair's document. A fleet (`--manifest`): `{schemaVersion, tool, summary, pairs}`,
 * each pair's document with its name.
 */
export function emitJson(report: CheckReport, _options: EmitOptions): EmitResult {
  const tool = { name: report.tool.name, version: report.tool.version };
  const [run, ...more] = report.runs;
  if (report.fleet === true || more.length > 0 || run === undefined) {
    const doc = {
      schemaVersion: FINDINGS_SCHEMA_VERSION,
      tool,
      summary: countByLevel(report.runs.flatMap((r) => r.findings)),
      pairs: report.runs.map((r) => ({ name: r.name ?? r.label, ...pairDoc(r) })),
    };
    return { text: `${JSON.stringify(doc, null, 2)}\n`, warnings: [] };
  }
  const doc = { schemaVersion: FINDINGS_SCHEMA_VERSION, tool, ...pairDoc(run) };
  return { text: `${JSON.stringify(doc, null, 2)}\n`, warnings: [] };
}
