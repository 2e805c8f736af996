/**
 * The rglint command line. The only module that knows about argv, stdout, colours and exit codes.
 */
import { Command, CommanderError } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { runCheck } from "./check.js";
import { UsageError } from "./errors.js";
import type { Io } from "./io-streams.js";

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
    .action((a: string, b: string | undefined) => {
      exitCode = runCheck(b === undefined ? [a] : [a, b], io);
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
