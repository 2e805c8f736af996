/** Findings as JSON, shaped by schemas/findings.schema.json (one pair per document). */
import type { SourceLocation } from "../parse/types.js";
import type { CheckReport, EmitOptions, EmitResult } from "./context.js";
import { countByLevel } from "./summary.js";

/** Exactly the schema's fields, whatever else a location object carries. */
function location(l: SourceLocation): SourceLocation {
  return { file: l.file, line: l.line, column: l.column, endColumn: l.endColumn };
}

/** Bump the major version on any incompatible change of the shape, the minor one when adding fields. */
export const FINDINGS_SCHEMA_VERSION = "1.1.0";

export function emitJson(report: CheckReport, _options: EmitOptions): EmitResult {
  const [run, ...more] = report.runs;
  if (run === undefined || more.length > 0) {
    throw new Error(
      `the JSON format (schema ${FINDINGS_SCHEMA_VERSION}) holds exactly one pair, not ${report.runs.length}`,
    );
  }
  const doc = {
    schemaVersion: FINDINGS_SCHEMA_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
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
  return { text: `${JSON.stringify(doc, null, 2)}\n`, warnings: [] };
}
