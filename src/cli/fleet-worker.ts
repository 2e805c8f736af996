/**
 * A fleet worker (worker_threads): checks the pairs the main thread sends, one at a time, and
 * sends back only what the report needs: the findings after the policy (inline suppressions,
 * levels, ignores) and the few lines their code frames show. The chassis models stay here and
 * are dropped before the next pair, so a fleet's memory does not grow with its size.
 */
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { analyze } from "../analyze.js";
import type { RuleLevels } from "../config/types.js";
import type { CheckedChassis } from "../emit/context.js";
import { frameLineIndexes } from "../emit/frame.js";
import { chassisOf } from "../emit/lookup.js";
import { ParseMemo } from "../parse/grammar/index.js";
import type { Finding } from "../rules/types.js";
import { checkedChassis, pairLabel } from "./check.js";
import type { LoadedConfig } from "./config-file.js";
import { readInputFile } from "./io.js";
import { applyPolicy } from "./policy.js";

export const FLEET_WORKER_KIND = "rglint-fleet-worker";

export interface FleetWorkerSetup {
  readonly kind: typeof FLEET_WORKER_KIND;
  readonly cwd: string;
  /** The repository root (`--sarif-root`), absolute. */
  readonly root: string;
  readonly config: LoadedConfig | null;
  readonly commandLineLevels: RuleLevels;
  readonly inlineConfig: boolean;
}

export interface FleetTask {
  readonly index: number;
  readonly name: string;
  readonly a: string;
  readonly b: string;
}

/** A chassis with only the lines frames need: `[0-based index, text]`. */
export interface SlimChassis extends Omit<CheckedChassis, "lines"> {
  readonly lineCount: number;
  readonly lineEntries: readonly (readonly [number, string])[];
}

export interface PairOutcome {
  readonly label: string;
  readonly mode: "pair" | "single";
  readonly chassis: readonly SlimChassis[];
  /** After the policy, before the baseline. */
  readonly findings: readonly Finding[];
  readonly inline: number;
  readonly config: number;
}

export type FleetReply =
  | { readonly index: number; readonly ok: true; readonly outcome: PairOutcome }
  | { readonly index: number; readonly ok: false; readonly message: string };

export function isFleetWorkerSetup(data: unknown): data is FleetWorkerSetup {
  return typeof data === "object" && data !== null && (data as { kind?: unknown }).kind === FLEET_WORKER_KIND;
}

/** The lines each chassis must keep so every finding's and related location's frame renders. */
function slim(chassis: readonly CheckedChassis[], findings: readonly Finding[]): SlimChassis[] {
  const needed = chassis.map(() => new Set<number>());
  const run = { label: "", mode: "pair" as const, chassis, findings };
  const keep = (location: Finding["location"], side?: Finding["side"]) => {
    const c = chassisOf(run, location, side);
    if (c === null) return;
    const set = needed[chassis.indexOf(c)]!;
    for (const i of frameLineIndexes(c.lines, location)) set.add(i);
  };
  for (const f of findings) {
    keep(f.location, f.side);
    for (const r of f.related) keep(r.location);
  }
  return chassis.map(({ lines, ...rest }, i) => ({
    ...rest,
    lineCount: lines.length,
    lineEntries: [...needed[i]!].sort((x, y) => x - y).map((n) => [n, lines.at(n) ?? ""] as const),
  }));
}

/**
 * Parse outcomes shared by the pairs a worker checks: a fleet's configs come from a few templates
 * (on the generated fleet, 90% of the lines the grammar reads in one pair occur in the pair before
 * it). Its keys are copies (a slice would keep its whole file alive), and it starts afresh once
 * it holds MEMO_LIMIT texts (some 15 MB), so memory stays flat however large the fleet.
 */
const MEMO_LIMIT = 50_000;
let memo = new ParseMemo({ ownKeys: true });

function pairMemo(): ParseMemo {
  if (memo.size >= MEMO_LIMIT) memo = new ParseMemo({ ownKeys: true });
  return memo;
}

export function checkPair(setup: FleetWorkerSetup, task: FleetTask): PairOutcome {
  const inputs = [task.a, task.b].map((file) => ({
    file,
    content: readInputFile(path.resolve(setup.cwd, file), file),
  }));
  const analysis = analyze(inputs, undefined, pairMemo());
  const policy = applyPolicy({
    analysis,
    config: setup.config,
    commandLineLevels: setup.commandLineLevels,
    inlineConfig: setup.inlineConfig,
    pairName: task.name,
    cwd: setup.cwd,
  });
  return {
    label: pairLabel(analysis),
    mode: analysis.pair === null ? "single" : "pair",
    chassis: slim(checkedChassis(analysis, setup.root, setup.cwd), policy.findings),
    findings: policy.findings,
    inline: policy.inline,
    config: policy.config,
  };
}

/** The worker's loop: a task in, a reply out, until the main thread closes the port. */
export function runFleetWorker(): void {
  const port = parentPort;
  const setup: unknown = workerData;
  if (port === null || !isFleetWorkerSetup(setup)) throw new Error("not started as an rglint fleet worker");
  port.on("message", (task: FleetTask) => {
    let reply: FleetReply;
    try {
      reply = { index: task.index, ok: true, outcome: checkPair(setup, task) };
    } catch (error) {
      reply = {
        index: task.index,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    port.postMessage(reply);
  });
}
