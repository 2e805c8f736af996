/**
 * The rglint command line. The only module that knows about argv, stdout, colours and exit codes.
 */
import { Command, CommanderError, Option } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { FORMATS } from "../emit/formats.js";
import { FAIL_ON_LEVELS, runCheck } from "./check.js";
import { UsageError } from "./errors.js";
import type { Io } from "./io-streams.js";
import { runParse } from "./parse-cmd.js";
import { runExplain, runRules } from "./rules-cmd.js";

interface CheckCommandOptions {
  format: string;
  output?: string;
  failOn: string;
  sarifRoot?: string;
  quiet?: boolean;
  color?: boolean;
}

const CHECK_EXAMPLES = `
Formats:
  stylish   findings by rule with the offending and the peer's line (default)
  json      findings, shaped by schemas/findings.schema.json
  sarif     SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif)
  github    GitHub Actions annotations (workflow commands)
  gitlab    GitLab Code Quality report
  junit     JUnit XML: a test case per rule
  markdown  a summary for $GITHUB_STEP_SUMMARY

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.

Examples:
  $ rglint check edge-a.cfg edge-b.cfg
  $ rglint check edge-a.cfg edge-b.cfg --fail-on warning
  $ rglint check configs/a.cfg configs/b.cfg -f sarif -o rglint.sarif
  $ rglint check a.cfg b.cfg -f markdown >> "$GITHUB_STEP_SUMMARY"
  $ rglint check a.cfg b.cfg -f gitlab -o gl-code-quality-report.json --fail-on never
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name("rglint")
    .description(
      "Lint and simulate Cisco IOS-XE Stateful Interchassis Redundancy (box-to-box HA) configuration pairs.",
    )
    .version(pkg.version, "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    });

  program
    .command("check")
    .description("check a pair of running-configs (or one chassis) for box-to-box HA mistakes")
    .argument("<a>", "running-config of chassis A")
    .argument("[b]", "running-config of chassis B (omit to run the chassis rules only)")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("stylish"))
    .option("-o, --output <file>", "write the report to FILE instead of stdout")
    .addOption(
      new Option("--fail-on <level>", "exit 1 when a finding is at or above LEVEL (never: always exit 0)")
        .choices(FAIL_ON_LEVELS)
        .default("error"),
    )
    .option(
      "--sarif-root <dir>",
      "repository root: sarif, github, gitlab and markdown paths are relative to it (default: working directory)",
    )
    .option("-q, --quiet", "report only findings that fail the run (errors with --fail-on never), no summary")
    .option("--color", "colour the stylish output even when stdout is not a terminal")
    .option("--no-color", "no colour (so does the NO_COLOR environment variable)")
    .version(pkg.version, "-V, --version")
    .addHelpText("after", CHECK_EXAMPLES)
    .action(async (a: string, b: string | undefined, opts: CheckCommandOptions) => {
      exitCode = await runCheck(
        b === undefined ? [a] : [a, b],
        {
          format: opts.format,
          output: opts.output,
          failOn: opts.failOn,
          sarifRoot: opts.sarifRoot,
          quiet: opts.quiet === true,
          color: opts.color,
          toolVersion: pkg.version,
        },
        io,
      );
    });

  program
    .command("parse")
    .description("print the normalized model of one running-config (secrets masked): how to debug a finding")
    .argument("<file>", "running-config to read")
    .option("-f, --format <format>", "output format: text or json", "text")
    .action((file: string, opts: { format: string }) => {
      exitCode = runParse(file, opts.format, io);
    });

  program
    .command("rules")
    .description("list every rule: ID, name, default level, scope, what it finds")
    .action(() => {
      exitCode = runRules(io);
    });

  program
    .command("explain")
    .description("print a rule's page: what it checks, why it matters at failover, examples, how to fix")
    .argument("<id>", "rule ID, e.g. RG104")
    .action((id: string) => {
      exitCode = runExplain(id, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; commander has already printed its one-line usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`rglint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return exitCode;
}
