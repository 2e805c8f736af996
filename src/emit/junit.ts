/**
 * JUnit XML for CI systems that only read test reports: one test suite per pair, one test case
 * per rule. A rule's test case fails when it has findings at or above `--fail-on`; findings
 * below it are listed in the test case's system-out (it passes); pair rules are skipped when
 * one chassis is checked.
 */
import type { Finding } from "../rules/types.js";
import type { CheckReport, EmitOptions, EmitResult, RuleInfo, RunResult } from "./context.js";
import { codeFrame, renderFrame } from "./frame.js";
import { fails, levelRank } from "./levels.js";
import { linesOf, runTitle } from "./lookup.js";
import { plural } from "./summary.js";

/** Text and attribute values; characters XML 1.0 forbids become `?`. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "?")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function describeFinding(run: RunResult, f: Finding): string {
  const { file, line, column } = f.location;
  const out = [`${file}:${line}:${column}  ${f.level}  ${f.message}`];
  const frame = codeFrame(linesOf(run, f.location, f.side), f.location);
  if (frame !== null) out.push(...renderFrame(frame, "  "));
  for (const r of f.related) {
    out.push(`related ${r.location.file}:${r.location.line}:${r.location.column}  ${r.message}`);
    const related = codeFrame(linesOf(run, r.location), r.location);
    if (related !== null) out.push(...renderFrame(related, "  "));
  }
  if (f.fix !== null) out.push(`fix: ${f.fix}`);
  return out.join("\n");
}

interface Case {
  readonly xml: string;
  readonly failed: boolean;
  readonly skipped: boolean;
}

function testCase(run: RunResult, rule: RuleInfo, options: EmitOptions): Case {
  const open = `    <testcase classname="${escapeXml(`rglint.${run.label}`)}" name="${escapeXml(`${rule.id} ${rule.name}`)}" time="0"`;
  if (run.mode === "single" && rule.scope === "pair") {
    return {
      xml: `${open}>\n      <skipped message="one chassis given: pair rules need both"/>\n    </testcase>`,
      failed: false,
      skipped: true,
    };
  }
  const findings = run.findings.filter((f) => f.ruleId === rule.id);
  const failing = findings.filter((f) => fails(f.level, options.failOn));
  const passing = findings.filter((f) => !fails(f.level, options.failOn));
  if (findings.length === 0) return { xml: `${open}/>`, failed: false, skipped: false };
  const body: string[] = [];
  if (failing.length > 0) {
    const worst = failing.reduce((w, f) => (levelRank(f.level) > levelRank(w.level) ? f : w));
    const message = `${plural(failing.length, "finding")} at or above ${options.failOn}: ${failing[0]!.message.split("\n")[0]}`;
    const text = failing.map((f) => describeFinding(run, f)).join("\n\n");
    body.push(
      `      <failure message="${escapeXml(message)}" type="${worst.level}">${escapeXml(text)}</failure>`,
    );
  }
  if (passing.length > 0) {
    body.push(
      `      <system-out>${escapeXml(passing.map((f) => describeFinding(run, f)).join("\n\n"))}</system-out>`,
    );
  }
  return { xml: `${open}>\n${body.join("\n")}\n    </testcase>`, failed: failing.length > 0, skipped: false };
}

export function emitJunit(report: CheckReport, options: EmitOptions): EmitResult {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const run of report.runs) {
    const cases = report.rules.map((rule) => testCase(run, rule, options));
    const suiteFailures = cases.filter((c) => c.failed).length;
    const suiteSkipped = cases.filter((c) => c.skipped).length;
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    const properties = run.chassis
      .map((c) => `      <property name="${c.side}" value="${escapeXml(`${c.displayName} ${c.file}`)}"/>`)
      .join("\n");
    suites.push(
      [
        `  <testsuite name="${escapeXml(`rglint ${runTitle(run)}`)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}" time="0">`,
        `    <properties>\n${properties}\n    </properties>`,
        ...cases.map((c) => c.xml),
        "  </testsuite>",
      ].join("\n"),
    );
  }
  const text = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="rglint" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
  return { text, warnings: [] };
}
