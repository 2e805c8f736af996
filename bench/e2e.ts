/**
 * End-to-end benchmark: whole processes, as a user or CI runs them.
 *
 * - `node dist/rglint.js check A B --format sarif` on generated pairs of 1k, 10k, 100k and 1M lines
 *   per chassis (BENCH_SKIP_1M=1 skips 1M; BENCH_E2E_SIZES=1000,10000 overrides), beside the floor
 *   measured in the same run: a Node process that reads both files and splits them into lines.
 * - `rglint simulate A B` on the same pairs.
 * - Start-up: `check --format sarif` on the example pair (fixtures/pairs/clean).
 * - A fleet: BENCH_FLEET_PAIRS (default 1,000) pairs of BENCH_FLEET_LINES (default 5,000) lines per
 *   chassis, `check --manifest` (BENCH_SKIP_FLEET=1 skips it).
 *
 * Wall time is the median of several runs, the floor, check and simulate of a size taking turns;
 * peak RSS is the largest of them, from `/usr/bin/time -v`
 * when present, else from a preloaded hook that records `process.resourceUsage().maxRSS` at exit.
 * Prints Markdown tables (also written to bench/out/e2e.md). Run `node scripts/build.mjs` first
 * (`npm run bench` does).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { median, OUT, pairFiles } from "./common.js";

const BIN = path.resolve("dist/rglint.js");
const TIME = "/usr/bin/time";
const HAS_TIME = existsSync(TIME);
const RSS_HOOK = path.join(OUT, "rss-hook.mjs");
const RSS_FILE = path.join(OUT, "rss.txt");

const SIZES = (
  process.env.BENCH_E2E_SIZES ??
  (process.env.BENCH_SKIP_1M === "1" ? "1000,10000,100000" : "1000,10000,100000,1000000")
)
  .split(",")
  .map(Number);

/** The floor: read both files and split them into lines, nothing else. */
const FLOOR_SCRIPT =
  "let n=0;for(const f of process.argv.slice(1))n+=require('node:fs').readFileSync(f,'utf8').split('\\n').length;if(n<0)console.log(n)";

interface Sample {
  readonly ms: number;
  readonly rssMb: number;
  readonly status: number;
}

/** One whole process: wall time around the spawn, peak RSS of the process (threads included). */
function runOnce(args: readonly string[], env: NodeJS.ProcessEnv = {}): Sample {
  const nodeArgs = HAS_TIME ? [...args] : ["--import", `file://${RSS_HOOK}`, ...args];
  const command = HAS_TIME ? TIME : process.execPath;
  const full = HAS_TIME ? ["-v", process.execPath, ...nodeArgs] : nodeArgs;
  const start = performance.now();
  const r = spawnSync(command, full, {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env, RGLINT_BENCH_RSS_FILE: RSS_FILE },
  });
  const ms = performance.now() - start;
  const status = r.status ?? 3;
  if (status > 1) throw new Error(`${args.join(" ")} failed (${status}): ${r.stderr.slice(-2000)}`);
  let rssKb = 0;
  if (HAS_TIME) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    rssKb = m === null ? 0 : Number(m[1]);
  } else if (existsSync(RSS_FILE)) {
    rssKb = Number(readFileSync(RSS_FILE, "utf8"));
    rmSync(RSS_FILE);
  }
  return { ms, rssMb: rssKb / 1024, status };
}

interface Measured {
  readonly ms: number;
  readonly rssMb: number;
}

/**
 * The median wall of `runs` runs of each command, and its largest peak RSS. The commands take
 * turns (one run of each, then the next round), so that a machine whose speed drifts during the
 * benchmark (other tenants of a shared host) slows all of them alike and their ratios stay
 * meaningful. One warm-up run of each first (disk cache).
 */
function measureAlternating(
  commands: readonly (readonly string[])[],
  runs: number,
  env: NodeJS.ProcessEnv = {},
): Measured[] {
  for (const args of commands) runOnce(args, env);
  const samples: Sample[][] = commands.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < commands.length; i++) samples[i]!.push(runOnce(commands[i]!, env));
  }
  return samples.map((s) => ({
    ms: median(s.map((x) => x.ms)),
    rssMb: Math.max(...s.map((x) => x.rssMb)),
  }));
}

const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const fmtMb = (mb: number): string => `${mb.toFixed(0)} MB`;
const fmtInt = (n: number): string => Math.round(n).toLocaleString("en-US");

function runsFor(lines: number): number {
  return lines >= 1_000_000 ? 3 : lines >= 100_000 ? 5 : 7;
}

function endToEnd(out: string[]): void {
  out.push(
    "| lines per chassis | floor | check --format sarif | ratio | lines/s | peak RSS floor | peak RSS check | simulate | peak RSS simulate |",
    "|---|---|---|---|---|---|---|---|---|",
  );
  for (const lines of SIZES) {
    const { a, b } = pairFiles(lines);
    const runs = runsFor(lines);
    const [floor, check, sim] = measureAlternating(
      [
        ["-e", FLOOR_SCRIPT, a, b],
        [BIN, "check", a, b, "--format", "sarif"],
        [BIN, "simulate", a, b],
      ],
      runs,
    ) as [Measured, Measured, Measured];
    const row = [
      fmtInt(lines),
      fmtMs(floor.ms),
      fmtMs(check.ms),
      `${(check.ms / floor.ms).toFixed(2)}×`,
      fmtInt((2 * lines) / (check.ms / 1000)),
      fmtMb(floor.rssMb),
      fmtMb(check.rssMb),
      fmtMs(sim.ms),
      fmtMb(sim.rssMb),
    ];
    out.push(`| ${row.join(" | ")} |`);
    process.stderr.write(
      `e2e ${lines}: floor ${fmtMs(floor.ms)}, check ${fmtMs(check.ms)}, simulate ${fmtMs(sim.ms)}\n`,
    );
  }
}

function startUp(out: string[]): void {
  const a = "fixtures/pairs/clean/a.cfg";
  const b = "fixtures/pairs/clean/b.cfg";
  const [floor, check, sim] = measureAlternating(
    [
      ["-e", FLOOR_SCRIPT, a, b],
      [BIN, "check", a, b, "--format", "sarif"],
      [BIN, "simulate", a, b],
    ],
    15,
  ) as [Measured, Measured, Measured];
  out.push(
    "| example pair (fixtures/pairs/clean) | median wall (15 runs) | peak RSS |",
    "|---|---|---|",
    `| floor (node, read + split) | ${fmtMs(floor.ms)} | ${fmtMb(floor.rssMb)} |`,
    `| check --format sarif | ${fmtMs(check.ms)} | ${fmtMb(check.rssMb)} |`,
    `| simulate | ${fmtMs(sim.ms)} | ${fmtMb(sim.rssMb)} |`,
  );
}

function fleet(out: string[]): void {
  const pairs = Number(process.env.BENCH_FLEET_PAIRS ?? 1000);
  const lines = Number(process.env.BENCH_FLEET_LINES ?? 5000);
  const dir = path.join(OUT, `fleet-${pairs}x${lines}`);
  const manifest = path.join(dir, "manifest.json");
  if (!existsSync(manifest)) {
    process.stderr.write(`generating ${pairs} pairs of ${lines} lines in ${dir}\n`);
    const entries = Array.from({ length: pairs }, (_, i) => {
      const name = `pair-${String(i).padStart(4, "0")}`;
      pairFiles(lines, i + 1, path.join(dir, name));
      return { name, a: `${name}/a.cfg`, b: `${name}/b.cfg` };
    });
    writeFileSync(manifest, `${JSON.stringify(entries)}\n`);
  }
  const report = path.join(OUT, "fleet.json");
  // JSON, not SARIF: GitHub takes at most 20 runs per SARIF file, so SARIF would carry 20 pairs.
  const run = runOnce([BIN, "check", "--manifest", manifest, "--format", "json", "-o", report]);
  const checked = (JSON.parse(readFileSync(report, "utf8")) as { pairs: unknown[] }).pairs.length;
  const floor = runOnce([
    "-e",
    `const fs=require('node:fs'),p=require('node:path');const d=p.dirname(process.argv[1]);let n=0;for(const e of JSON.parse(fs.readFileSync(process.argv[1],'utf8')))for(const f of [e.a,e.b])n+=fs.readFileSync(p.resolve(d,f),'utf8').split('\\n').length;if(n<0)console.log(n)`,
    manifest,
  ]);
  out.push(
    `| fleet: ${fmtInt(pairs)} pairs × ${fmtInt(lines)} lines per chassis, \`check --manifest -f json\` | wall | lines/s | peak RSS |`,
    "|---|---|---|---|",
    `| floor (one process, read + split every file) | ${fmtMs(floor.ms)} | ${fmtInt((2 * pairs * lines) / (floor.ms / 1000))} | ${fmtMb(floor.rssMb)} |`,
    `| rglint, ${availableParallelism()} worker threads, ${fmtInt(checked)} pairs reported | ${fmtMs(run.ms)} | ${fmtInt((2 * pairs * lines) / (run.ms / 1000))} | ${fmtMb(run.rssMb)} |`,
  );
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(BIN)) throw new Error(`${BIN} missing: run node scripts/build.mjs first`);
  writeFileSync(
    RSS_HOOK,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.RGLINT_BENCH_RSS_FILE) writeFileSync(process.env.RGLINT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n",
  );
  const out: string[] = [];
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
  out.push(
    `End to end on ${availableParallelism()} cores, Node ${process.version}, load average at start ${load}; peak RSS from ${HAS_TIME ? "/usr/bin/time -v" : "process.resourceUsage()"}.`,
    "",
  );
  endToEnd(out);
  out.push("");
  startUp(out);
  if (process.env.BENCH_SKIP_FLEET !== "1") {
    out.push("");
    fleet(out);
  }
  const text = `${out.join("\n")}\n`;
  writeFileSync(path.join(OUT, "e2e.md"), text);
  process.stdout.write(`\n${text}`);
}

main();
