/**
 * `rglint check --manifest FILE [--shard i/n]`: many pairs in one run, spread over worker threads
 * (one per core). Workers return findings and the lines their frames show, never chassis models;
 * this thread applies the baseline, builds one report (one run per pair, in manifest order) and
 * decides the exit code over all pairs.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  applyBaseline,
  type Baseline,
  countFingerprints,
  formatBaseline,
  withPair,
} from "../config/baseline.js";
import type { CheckedChassis, RunResult } from "../emit/context.js";
import { anyFailing } from "../emit/levels.js";
import type { Finding } from "../rules/types.js";
import { writeBaselineFile } from "./baseline-file.js";
import { type CheckOptions, emitReport, resolveCheckSettings, shownFindings } from "./check.js";
import { UsageError } from "./errors.js";
import {
  FLEET_WORKER_KIND,
  type FleetReply,
  type FleetTask,
  type FleetWorkerSetup,
  type PairOutcome,
} from "./fleet-worker.js";
import type { Io } from "./io-streams.js";
import { type ManifestEntry, parseShard, readManifest, shardOf } from "./manifest.js";

export interface FleetOptions extends CheckOptions {
  readonly manifest: string;
  /** `--shard i/n`. */
  readonly shard?: string | undefined;
}

/**
 * The bin (dist/rglint.js, which runs the bundle) starts itself again, and bin.ts sees the worker
 * data; from source
 * (tsx, vitest) a worker registers tsx first, then loads fleet-worker-entry.ts.
 */
function startWorker(setup: FleetWorkerSetup): Worker {
  const self = import.meta.url;
  if (!self.endsWith(".ts")) return new Worker(new URL(self), { workerData: setup });
  const tsxDir = path.dirname(createRequire(self).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(path.join(tsxDir, "dist/esm/api/index.mjs")).href;
  const entry = new URL("./fleet-worker-entry.ts", self).href;
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true, workerData: setup },
  );
}

/** Worker threads: all cores (RGLINT_JOBS=N to override), never more than there are pairs. */
function workerCount(io: Io, pairs: number): number {
  const asked = Number(io.env.RGLINT_JOBS);
  const cores = Number.isSafeInteger(asked) && asked > 0 ? asked : availableParallelism();
  return Math.max(1, Math.min(cores, pairs));
}

function progressBar(io: Io, total: number): { tick(done: number): void; clear(): void } {
  if (io.stderrIsTTY !== true || total === 0) return { tick: () => {}, clear: () => {} };
  let last = 0;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r\x1b[Krglint: [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} pairs`);
  };
  draw(0);
  return {
    tick: (done) => {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    clear: () => io.stderr("\r\x1b[K"),
  };
}

/** Checks every task on a pool of workers; the replies come back in task order. */
async function checkAll(setup: FleetWorkerSetup, tasks: readonly FleetTask[], io: Io): Promise<FleetReply[]> {
  const replies: FleetReply[] = new Array<FleetReply>(tasks.length);
  if (tasks.length === 0) return replies;
  const progress = progressBar(io, tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        const task = tasks[next];
        if (task === undefined) return;
        next++;
        worker.postMessage(task);
      };
      for (let i = 0; i < workerCount(io, tasks.length); i++) {
        const worker = startWorker(setup);
        workers.push(worker);
        worker.on("message", (reply: FleetReply) => {
          replies[reply.index] = reply;
          done++;
          progress.tick(done);
          if (done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < tasks.length) reject(new Error(`a fleet worker stopped (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    progress.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return replies;
}

function withLines(chassis: PairOutcome["chassis"][number]): CheckedChassis {
  const { lineCount, lineEntries, ...rest } = chassis;
  // Sparse: only the lines frames show; the others read as blank, which frames skip.
  const lines: string[] = [];
  lines.length = lineCount;
  for (const [i, text] of lineEntries) lines[i] = text;
  return { ...rest, lines };
}

export async function runFleet(options: FleetOptions, io: Io): Promise<number> {
  if (options.pairName !== undefined)
    throw new UsageError("--pair-name and --manifest: each pair's name is its manifest entry's name");
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const settings = await resolveCheckSettings(options, io);
  const { failOn, root, commandLineLevels, config, baseline, previousBaseline } = settings;

  const all = await readManifest(options.manifest, io.cwd, { checkFiles: true });
  const entries: ManifestEntry[] = shard === null ? all : shardOf(all, shard);
  if (shard !== null && entries.length === 0)
    io.stderr(
      `rglint: --shard ${shard.index}/${shard.count}: no pairs in this shard (${all.length} in all)\n`,
    );

  const setup: FleetWorkerSetup = {
    kind: FLEET_WORKER_KIND,
    cwd: io.cwd,
    root,
    config,
    commandLineLevels,
    inlineConfig: options.inlineConfig !== false,
  };
  const tasks: FleetTask[] = entries.map((e, index) => ({
    index,
    name: e.name ?? `${e.a}+${e.b}`,
    a: e.a,
    b: e.b,
  }));
  const replies = await checkAll(setup, tasks, io);

  let nextBaseline: Baseline | null = previousBaseline;
  let recorded = 0;
  const missing: string[] = [];
  let inputErrors = 0;
  const kept: Finding[] = [];
  const runs: RunResult[] = [];
  for (const [i, reply] of replies.entries()) {
    const task = tasks[i]!;
    if (!reply.ok) {
      io.stderr(`rglint: pair "${task.name}": ${reply.message}\n`);
      inputErrors++;
      continue;
    }
    const { outcome } = reply;
    let pairKept: Finding[];
    let baselined: number;
    if (options.writeBaseline !== undefined) {
      const counts = countFingerprints(outcome.findings);
      nextBaseline = withPair(nextBaseline, task.name, counts, `rglint ${options.toolVersion}`);
      recorded += outcome.findings.length;
      ({ kept: pairKept, baselined } = applyBaseline(outcome.findings, counts));
    } else {
      const known = baseline?.pairs[task.name];
      if (baseline !== null && known === undefined) missing.push(task.name);
      ({ kept: pairKept, baselined } = applyBaseline(outcome.findings, known));
    }
    kept.push(...pairKept);
    runs.push({
      label: outcome.label,
      name: task.name,
      mode: outcome.mode,
      chassis: outcome.chassis.map(withLines),
      findings: shownFindings(pairKept, options.quiet, failOn),
      suppressed: { inline: outcome.inline, config: outcome.config, baseline: baselined },
    });
  }
  if (options.writeBaseline !== undefined && nextBaseline !== null) {
    writeBaselineFile(options.writeBaseline, io.cwd, formatBaseline(nextBaseline));
    io.stderr(
      `rglint: ${options.writeBaseline}: recorded ${recorded} finding(s) of ${runs.length} pair(s)\n`,
    );
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((n) => `"${n}"`);
    if (missing.length > 5) shown.push(`${missing.length - 5} more`);
    io.stderr(
      `rglint: warning: --baseline ${options.baseline} has no entry for ${missing.length} pair(s): ${shown.join(", ")}: every finding of those is new\n`,
    );
  }

  await emitReport(runs, settings, options, io, true);
  if (inputErrors > 0) return 2;
  return anyFailing(kept, failOn) ? 1 : 0;
}
