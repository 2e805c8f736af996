/**
 * Simulator timings: every single fault of a generated pair (default 100,000 lines per chassis)
 * and every double fault of the example pair (fixtures/pairs/clean). Parsing is not timed; each
 * figure is the median of several runs on a fresh `Pair` (no memo).
 *
 * Usage: `tsx bench/simulate.ts [lines]`
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadChassis } from "../src/analyze.js";
import { buildPair } from "../src/model/pair.js";
import type { Pair } from "../src/model/types.js";
import { defaultScenarios, simulate } from "../src/simulate/index.js";
import { median } from "./common.js";
import { generatePair } from "./generate.js";

function time(label: string, makePair: () => Pair, faults: 1 | 2, runs = 5): void {
  const ms: number[] = [];
  let scenarios = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const pair = makePair();
    const start = performance.now();
    const sim = simulate(pair, defaultScenarios(pair, faults));
    ms.push(performance.now() - start);
    scenarios = sim.scenarios.length;
    rows = sim.scenarios.reduce((n, s) => n + s.groups.length, 0);
  }
  console.log(
    `${label}: ${scenarios} scenarios, ${rows} group outcomes: median ${median(ms).toFixed(1)} ms (min ${Math.min(...ms).toFixed(1)}, max ${Math.max(...ms).toFixed(1)})`,
  );
}

const lines = Number(process.argv[2] ?? 100_000);
const big = generatePair(lines, 1);
const bigA = loadChassis({ file: "a.cfg", content: big.a });
const bigB = loadChassis({ file: "b.cfg", content: big.b });
time(`${lines.toLocaleString("en")}-line pair, single faults`, () => buildPair(bigA, bigB), 1);

const read = (f: string) => loadChassis({ file: f, content: readFileSync(f) });
const cleanA = read("fixtures/pairs/clean/a.cfg");
const cleanB = read("fixtures/pairs/clean/b.cfg");
time("example pair (clean), double faults", () => buildPair(cleanA, cleanB), 2, 9);
