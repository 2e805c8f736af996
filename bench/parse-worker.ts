/**
 * One benchmark measurement in a fresh process, so peak RSS belongs to that measurement alone.
 *   node parse-worker.mjs <floor|parse> <runs> <a.cfg> <b.cfg>
 * Prints one JSON line: { mode, runsMs: [...], maxRssMb }.
 */
import { readFileSync } from "node:fs";
import { buildChassis } from "../src/model/chassis.js";
import { buildPair } from "../src/model/pair.js";
import { readConfig } from "../src/parse/reader.js";

const [mode, runsArg, aFile, bFile] = process.argv.slice(2);
if (mode === undefined || runsArg === undefined || aFile === undefined || bFile === undefined) {
  throw new Error("usage: parse-worker <floor|parse> <runs> <a> <b>");
}

/** The floor: what any tool must do, read both files and split them into lines. */
function floor(): number {
  let lines = 0;
  for (const f of [aFile!, bFile!]) lines += readFileSync(f, "utf8").split("\n").length;
  return lines;
}

/** rglint's parse: bytes → tree → model for both chassis, then the pair. */
function parse(): number {
  const a = buildChassis(readConfig(readFileSync(aFile!), aFile!));
  const b = buildChassis(readConfig(readFileSync(bFile!), bFile!));
  const pair = buildPair(a, b);
  return a.tree.lines.length + b.tree.lines.length + pair.interfacesByRii.length * 0;
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
