/**
 * Validates SARIF files the two ways CI and the tests do: against the official SARIF 2.1.0 JSON
 * schema (the ajv validator precompiled by build-sarif-validator.mjs) and with Microsoft's SARIF
 * Multitool using GitHub's ingestion rules (`--rule-kind "Gh;Sarif"`, errors and warnings).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VALIDATOR = path.join(ROOT, "node_modules/.cache/rglint/sarif-validator.cjs");
const MULTITOOL_CONFIG = path.join(ROOT, "scripts/sarif-multitool.config.xml");
const require = createRequire(import.meta.url);

interface SchemaError {
  readonly instancePath: string;
  readonly message?: string;
}

interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

let validator: StandaloneValidator | null = null;

/** The precompiled schema validator; built on first use when `npm run build` has not run. */
function schemaValidator(): StandaloneValidator {
  if (validator !== null) return validator;
  if (!existsSync(VALIDATOR)) execFileSync("node", [path.join(ROOT, "scripts/build-sarif-validator.mjs")]);
  validator = require(VALIDATOR) as StandaloneValidator;
  return validator;
}

/** Schema violations of a parsed SARIF log, one line each (`/runs/0/results/0/level: must be …`). */
export function schemaErrors(log: unknown): string[] {
  const validate = schemaValidator();
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}

export type MultitoolOutcome =
  | { readonly ran: true; readonly findings: readonly string[] }
  | { readonly ran: false; readonly reason: string };

function multitoolBinary(): string {
  // The npm wrapper spawns it through a shell, which splits "Gh;Sarif" at the semicolon.
  return require("@microsoft/sarif-multitool-linux") as string;
}

/** Why the multitool cannot run here, or null when it can. */
export function multitoolUnavailable(): string | null {
  if (process.platform !== "linux" || process.arch !== "x64")
    return `no multitool binary for ${process.platform}-${process.arch}`;
  let binary: string;
  try {
    binary = multitoolBinary();
  } catch {
    return "@microsoft/sarif-multitool-linux is not installed";
  }
  const r = spawnSync(binary, ["--version"], { encoding: "utf8", env: multitoolEnv() });
  if (r.error !== undefined) return `${binary}: ${r.error.message}`;
  if (r.status !== 0)
    return `${binary} --version exited with ${r.status}: ${(r.stderr || r.stdout).trim().split("\n")[0]}`;
  return null;
}

function multitoolEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" };
}

interface MultitoolReport {
  runs: Array<{
    results?: Array<{
      ruleId?: string;
      level?: string;
      message?: { text?: string; id?: string; arguments?: string[] };
      locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
      properties?: { jsonPath?: string };
    }>;
  }>;
}

/**
 * Runs `validate --rule-kind "Gh;Sarif" --level "Error;Warning"` over the files in one process.
 * The multitool always exits 0, so its findings are read from its own SARIF report.
 */
export function multitoolFindings(files: readonly string[]): MultitoolOutcome {
  const unavailable = multitoolUnavailable();
  if (unavailable !== null) return { ran: false, reason: unavailable };
  const dir = mkdtempSync(path.join(tmpdir(), "rglint-multitool-"));
  const report = path.join(dir, "report.sarif");
  try {
    const r = spawnSync(
      multitoolBinary(),
      [
        "validate",
        ...files,
        "--rule-kind",
        "Gh;Sarif",
        "--level",
        "Error;Warning",
        "--config",
        MULTITOOL_CONFIG,
        "--output",
        report,
        "--log",
        "ForceOverwrite",
      ],
      { encoding: "utf8", env: multitoolEnv(), maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.error !== undefined || !existsSync(report)) {
      return { ran: false, reason: `multitool failed: ${r.error?.message ?? (r.stderr || r.stdout).trim()}` };
    }
    // The report is the authority on what was found; its console lines read better.
    const log = JSON.parse(readFileSync(report, "utf8")) as MultitoolReport;
    const results = log.runs.flatMap((run) => run.results ?? []);
    const lines = (r.stdout ?? "").split("\n").filter((line) => /: (error|warning) [A-Z]+\d+: /.test(line));
    const findings = results.map((res, i) => {
      if (lines.length === results.length) return lines[i]!.trim();
      const where = res.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "?";
      const text = res.message?.text ?? [res.message?.id, ...(res.message?.arguments ?? [])].join(" ");
      return `${where}: ${res.level ?? "warning"} ${res.ruleId ?? "?"}: ${res.properties?.jsonPath ?? ""} ${text}`;
    });
    return { ran: true, findings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
