/**
 * `npm run bench`: parse benchmarks on generated pairs beside the floor (reading and splitting the
 * same files), each measurement in its own process. Sizes: BENCH_SIZES=10000,100000 to override.
 */
import { spawnSync } from "node:child_process";
import { bundleWorker, median, pairFiles } from "./common.js";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);

interface Measurement {
  mode: string;
  runsMs: number[];
  maxRssMb: number;
  /** retained mode: heap kept by the built pair, per line of both files. */
  retainedBytesPerLine?: number;
}

function measure(
  worker: string,
  mode: "floor" | "parse" | "retained",
  runs: number,
  files: { a: string; b: string },
): Measurement {
  const flags = mode === "retained" ? ["--expose-gc"] : [];
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=4096", ...flags, worker, mode, String(runs), files.a, files.b],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`${mode} worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Measurement;
}

async function main(): Promise<void> {
  const worker = await bundleWorker("bench/parse-worker.ts", "parse-worker");
  const rows: string[] = [];
  rows.push(
    "| lines per chassis | floor (median) | parse+model (median) | ratio | lines/s | first run | peak RSS floor | peak RSS parse | peak RSS, one run | retained heap |",
  );
  rows.push("|---|---|---|---|---|---|---|---|---|---|");
  for (const lines of SIZES) {
    const files = pairFiles(lines);
    const runs = lines >= 1_000_000 ? 3 : lines >= 100_000 ? 5 : 9;
    const f = measure(worker, "floor", runs, files);
    const p = measure(worker, "parse", runs, files);
    // One pair in a fresh process: its peak RSS, and what the pair keeps after a full collection.
    const k = measure(worker, "retained", 1, files);
    // The first run includes JIT warm-up; the median of the rest is the steady figure.
    const fm = median(f.runsMs.slice(runs > 1 ? 1 : 0));
    const pm = median(p.runsMs.slice(runs > 1 ? 1 : 0));
    const linesPerSec = Math.round((2 * lines) / (pm / 1000));
    rows.push(
      `| ${lines.toLocaleString("en-US")} | ${fm.toFixed(1)} ms | ${pm.toFixed(1)} ms | ${(pm / fm).toFixed(2)}× | ${linesPerSec.toLocaleString("en-US")} | ${p.runsMs[0]!.toFixed(0)} ms | ${f.maxRssMb.toFixed(0)} MB | ${p.maxRssMb.toFixed(0)} MB | ${k.maxRssMb.toFixed(0)} MB | ${k.retainedBytesPerLine!.toFixed(0)} B/line |`,
    );
    process.stderr.write(`${lines}: floor ${fm.toFixed(1)} ms, parse ${pm.toFixed(1)} ms\n`);
  }
  process.stdout.write(
    `\nParse benchmark (both chassis, in-process; runs: 9 / 5 / 3 by size, first run dropped from the median)\n\n${rows.join("\n")}\n`,
  );
}

await main();
