/**
 * `npm run bench:bounds`: upper bounds for the 100k check. How long `analyze` takes on the
 * generated 100k pair in a fresh process, cold, as it is and with the grammar (chevrotain) or the
 * simulation taken out, and as it is with the other core busy. The modes take turns, so a slower
 * machine slows them alike. BOUNDS_LINES=10000 and BOUNDS_RUNS=N to change size and runs.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { bundleWorker, median, OUT, pairFiles } from "./common.js";

const LINES = Number(process.env.BOUNDS_LINES ?? 100_000);
const RUNS = Number(process.env.BOUNDS_RUNS ?? 7);
/** The V8 flag the bin sets (src/cli/v8-tuning.ts), so the figures match a CLI run's. */
const FLAGS = ["--max-inlined-bytecode-size-cumulative=50"];
const MODES = ["full", "no-parse", "no-sim", "neither", "full, other core busy"] as const;

/** A process that keeps one core busy until killed. */
function burner(): ChildProcess {
  return spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
}

/** Findings of the full run; a run without the grammar must find the same (its outcomes are the same). */
let fullFindings: number | undefined;

function run(worker: string, mode: string, files: { a: string; b: string }, memo: string): number {
  const r = spawnSync(process.execPath, [...FLAGS, worker, mode, files.a, files.b, memo], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  if (mode === "dump") return 0;
  const { ms, findings } = JSON.parse(r.stdout.trim()) as { ms: number; findings: number };
  if (mode === "full") fullFindings = findings;
  if (mode === "no-parse" && findings !== fullFindings)
    throw new Error(`no-parse found ${findings} findings, full ${fullFindings}: the loaded outcomes differ`);
  return ms;
}

async function main(): Promise<void> {
  const worker = await bundleWorker("bench/bounds-worker.ts", "bounds-worker");
  const files = pairFiles(LINES);
  const memo = path.join(OUT, `bounds-memo-${LINES}.json`);
  run(worker, "dump", files, memo);
  const times = new Map<string, number[]>(MODES.map((m) => [m, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const mode of MODES) {
      if (mode === "full, other core busy") {
        const busy = burner();
        await new Promise((resolve) => setTimeout(resolve, 50));
        times.get(mode)!.push(run(worker, "full", files, memo));
        busy.kill();
      } else {
        times.get(mode)!.push(run(worker, mode, files, memo));
      }
    }
  }
  const full = median(times.get("full")!);
  const rows = ["| analyze, cold | median | vs full | runs |", "|---|---|---|---|"];
  for (const [mode, ms] of times) {
    const m = median(ms);
    const delta = mode === "full" ? "" : `${m - full > 0 ? "+" : ""}${Math.round(m - full)} ms`;
    rows.push(`| ${mode} | ${Math.round(m)} ms | ${delta} | ${ms.map(Math.round).join(", ")} |`);
  }
  process.stdout.write(
    `\nUpper bounds, ${LINES.toLocaleString("en-US")} lines per chassis (${RUNS} runs each, in turns)\n\n${rows.join("\n")}\n`,
  );
}

await main();
