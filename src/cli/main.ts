/**
 * The rglint command line. The only module that knows about argv, stdout, colours and exit codes.
 */
import { Command, CommanderError, Option } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { FORMATS } from "../emit/formats.js";
import { SIMULATION_FORMATS } from "../emit/simulation-formats.js";
import { FAIL_ON_LEVELS, runCheck } from "./check.js";
import { UsageError } from "./errors.js";
import { runFleet } from "./fleet.js";
import type { Io } from "./io-streams.js";
import { runParse } from "./parse-cmd.js";
import { runExplain, runRules } from "./rules-cmd.js";
import { runSimulate } from "./simulate-cmd.js";

interface CheckCommandOptions {
  format: string;
  output?: string;
  failOn: string;
  sarifRoot?: string;
  quiet?: boolean;
  color?: boolean;
  config?: string;
  rule: string[];
  inlineConfig: boolean;
  baseline?: string;
  writeBaseline?: string;
  pairName?: string;
  manifest?: string;
  shard?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

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
  $ rglint check a.cfg b.cfg --rule RG203=off --rule RG306=error
  $ rglint check a.cfg b.cfg --write-baseline rglint-baseline.json   # adopt: record today's findings
  $ rglint check a.cfg b.cfg --baseline rglint-baseline.json         # then report only new ones
  $ rglint check --manifest fleet.yaml -f sarif -o rglint.sarif       # many pairs, one run each
  $ rglint check --manifest fleet.json --shard 2/4                    # a CI matrix job's slice
`;

const SIMULATE_EXAMPLES = `
Scenarios (IDs as the rule catalogue spells them; A is a, B is b):
  baseline                        both chassis up
  reload:a                        chassis A reloads or loses power
  rg-reload:a:1                   redundancy application reload group 1 self on A
  interface-down:a:IF             a redundant traffic or tracked interface of A goes down
  track-down:a:10                 a track object used by a group goes down on A
  control-link-down, data-link-down
  X+Y                             both at once (--faults 2 runs every pair)

Outcomes for --fail-on: black-hole (the group's traffic is dropped while the fault lasts),
dual-active, stateless (a switchover loses NAT or HTTP sessions), undetermined.

Exit codes: 0, 1 when an outcome named in --fail-on occurs, 2 usage or input error.

Examples:
  $ rglint simulate edge-a.cfg edge-b.cfg
  $ rglint simulate a.cfg b.cfg --scenario reload:a --scenario track-down:b:10
  $ rglint simulate a.cfg b.cfg --faults 2 --fail-on black-hole,dual-active
  $ rglint simulate a.cfg b.cfg -f markdown >> "$GITHUB_STEP_SUMMARY"
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
    .argument("[a]", "running-config of chassis A (required unless --manifest)")
    .argument("[b]", "running-config of chassis B (omit to run the chassis rules only)")
    .option(
      "-m, --manifest <file>",
      "check every pair of a JSON or YAML list of {name, a, b} (paths relative to it)",
    )
    .option("--shard <i/n>", "with --manifest: check only slice i of n (for CI matrices)")
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
    .option("-c, --config <file>", "config file (default: ./rglint.config.json if present)")
    .option("--rule <id=level>", "set a rule's level: off, note, warning or error (repeatable)", collect, [])
    .option("--no-inline-config", "ignore `! rglint-disable…` comments in the configs (and report each one)")
    .option("--baseline <file>", "report only findings that are not in this baseline")
    .option("--write-baseline <file>", "record the pair's findings in this baseline file")
    .option("--pair-name <name>", "name for config `pairs` and baselines (default: A+B hostnames)")
    .version(pkg.version, "-V, --version")
    .addHelpText("after", CHECK_EXAMPLES)
    .action(async (a: string | undefined, b: string | undefined, opts: CheckCommandOptions) => {
      const common = {
        format: opts.format,
        output: opts.output,
        failOn: opts.failOn,
        sarifRoot: opts.sarifRoot,
        quiet: opts.quiet === true,
        color: opts.color,
        toolVersion: pkg.version,
        config: opts.config,
        rules: opts.rule,
        inlineConfig: opts.inlineConfig,
        baseline: opts.baseline,
        writeBaseline: opts.writeBaseline,
        pairName: opts.pairName,
      };
      if (opts.manifest !== undefined) {
        if (a !== undefined)
          throw new UsageError("--manifest: give the pairs in the manifest, not as arguments");
        exitCode = await runFleet({ ...common, manifest: opts.manifest, shard: opts.shard }, io);
        return;
      }
      if (opts.shard !== undefined) throw new UsageError("--shard slices a --manifest: give one");
      if (a === undefined) {
        // As commander says it when a required argument is missing (A is, without --manifest).
        io.stderr("error: missing required argument 'a'\n");
        exitCode = 2;
        return;
      }
      exitCode = await runCheck(b === undefined ? [a] : [a, b], common, io);
    });

  program
    .command("simulate")
    .description(
      "simulate faults on a pair: who takes over each redundancy group, how fast, and with what state",
    )
    .argument("<a>", "running-config of chassis A")
    .argument("<b>", "running-config of chassis B")
    .option(
      "-s, --scenario <id>",
      "run only this scenario, e.g. reload:a, track-down:b:10, reload:a+data-link-down (repeatable, or comma-separated)",
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .addOption(
      new Option(
        "--faults <n>",
        "1: baseline and every single fault (default); 2: also every pair of them",
      ).choices(["1", "2"]),
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(SIMULATION_FORMATS).default("table"),
    )
    .option(
      "--fail-on <outcomes>",
      "exit 1 when one of these occurs: black-hole, dual-active, stateless, undetermined (comma-separated, repeatable)",
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option("--color", "colour the table even when stdout is not a terminal")
    .option("--no-color", "no colour (so does the NO_COLOR environment variable)")
    .addHelpText("after", SIMULATE_EXAMPLES)
    .action(
      async (
        a: string,
        b: string,
        opts: { scenario: string[]; faults?: string; format: string; failOn: string[]; color?: boolean },
      ) => {
        exitCode = await runSimulate([a, b], opts, io);
      },
    );

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
