/**
 * One benchmark measurement in a fresh process, so peak RSS belongs to that measurement alone.
 *   node parse-worker.mjs <floor|parse> <runs> <a.cfg> <b.cfg>
 *   node --expose-gc parse-worker.mjs retained 1 <a.cfg> <b.cfg>
 * Prints one JSON line: { mode, runsMs: [...], maxRssMb } (retained: also retainedBytesPerLine,
 * the heap the pair keeps after a full collection, per line of both files).
 */
import { readFileSync } from "node:fs";
import { buildChassis } from "../src/model/chassis.js";
import { buildPair } from "../src/model/pair.js";
import type { Chassis } from "../src/model/types.js";
import { ParseMemo } from "../src/parse/grammar/index.js";
import { readConfig } from "../src/parse/reader.js";

const [mode, runsArg, aFile, bFile] = process.argv.slice(2);
if (mode === undefined || runsArg === undefined || aFile === undefined || bFile === undefined) {
  throw new Error("usage: parse-worker <floor|parse|retained> <runs> <a> <b>");
}

/** The floor: what any tool must do, read both files and split them into lines. */
function floor(): number {
  let lines = 0;
  for (const f of [aFile!, bFile!]) lines += readFileSync(f, "utf8").split("\n").length;
  return lines;
}

/**
 * One chassis from its file. A function of its own, as the CLI reads a file: a caller's frame
 * would keep the file's bytes (a temporary) alive while the other chassis is built. The two
 * chassis share one ParseMemo, as in the CLI (analyze).
 */
function chassisOf(file: string, memo: ParseMemo): Chassis {
  return buildChassis(readConfig(readFileSync(file), file), memo);
}

/** rglint's parse: bytes → tree → model for both chassis, then the pair. */
function parse(): number {
  const memo = new ParseMemo();
  const a = chassisOf(aFile!, memo);
  const b = chassisOf(bFile!, memo);
  const pair = buildPair(a, b);
  return a.tree.lineCount + b.tree.lineCount + pair.interfacesByRii.length * 0;
}

/** The heap the pair retains once built, per line of both files. Needs --expose-gc. */
function retained(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("retained needs node --expose-gc");
  gc();
  const before = process.memoryUsage().heapUsed;
  const memo = new ParseMemo();
  const a = chassisOf(aFile!, memo);
  const b = chassisOf(bFile!, memo);
  const pair = buildPair(a, b);
  gc();
  const after = process.memoryUsage().heapUsed;
  const lines = a.tree.lineCount + b.tree.lineCount + pair.natRules.length * 0;
  return (after - before) / lines;
}

if (mode === "retained") {
  const retainedBytesPerLine = retained();
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ mode, runsMs: [], maxRssMb, retainedBytesPerLine })}\n`);
  process.exit(0);
}

const runsMs: number[] = [];
let sink = 0;
for (let i = 0; i < Number(runsArg); i++) {
  const t0 = process.hrtime.bigint();
  sink += mode === "floor" ? floor() : parse();
  runsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ mode, runsMs, maxRssMb, sink })}\n`);
