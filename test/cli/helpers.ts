import type { Io } from "../../src/cli/io-streams.js";
import { main } from "../../src/cli/main.js";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly isTTY?: boolean;
  readonly cwd?: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  options: RunOptions = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: options.isTTY ?? false,
    env,
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export const DEMO = ["fixtures/pairs/demo/a.cfg", "fixtures/pairs/demo/b.cfg"];
export const CLEAN = ["fixtures/pairs/clean/a.cfg", "fixtures/pairs/clean/b.cfg"];
export const SECRETS_PAIR = ["test/cli/fixtures/secrets/a.cfg", "test/cli/fixtures/secrets/b.cfg"];
