/**
 * One `analyze` of a pair in a fresh process, cold, with parts of the work taken out, to bound
 * what removing them could save (bench/bounds.ts runs it; see bench/README.md, fifth pass).
 *   node bounds-worker.mjs dump <a.cfg> <b.cfg> <memo.json>     the pair's parse outcomes, saved
 *   node bounds-worker.mjs <mode> <a.cfg> <b.cfg> <memo.json>   prints one JSON line: { mode, ms, findings }
 * Modes: full; no-parse (the grammar's outcomes loaded before the clock starts, so chevrotain
 * never runs); no-sim (the rules without the 9xx ones, so nothing is simulated); neither.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { analyze } from "../src/analyze.js";
import { ParseMemo } from "../src/parse/grammar/index.js";
import { RULES } from "../src/rules/registry.js";

const [mode, aFile, bFile, memoFile] = process.argv.slice(2);
if (mode === undefined || aFile === undefined || bFile === undefined || memoFile === undefined) {
  throw new Error("usage: bounds-worker <dump|full|no-parse|no-sim|neither> <a> <b> <memo.json>");
}

type Dump = Record<string, [string, unknown][]>;

const inputs = [
  { file: aFile, content: readFileSync(aFile) },
  { file: bFile, content: readFileSync(bFile) },
];
const memo = new ParseMemo();
// The memo's outcomes by rule and text. Private to the product; a benchmark may look inside.
const byRule = (memo as unknown as { byRule: Map<string, Map<string, unknown>> }).byRule;

if (mode === "dump") {
  analyze(inputs, undefined, memo);
  const out: Dump = {};
  for (const [rule, texts] of byRule) out[rule] = [...texts];
  writeFileSync(memoFile, JSON.stringify(out));
} else {
  if (mode === "no-parse" || mode === "neither") {
    const dump = JSON.parse(readFileSync(memoFile, "utf8")) as Dump;
    for (const [rule, entries] of Object.entries(dump)) byRule.set(rule, new Map(entries));
  }
  const rules =
    mode === "no-sim" || mode === "neither" ? RULES.filter((r) => !r.id.startsWith("RG9")) : RULES;
  const start = performance.now();
  const analysis = analyze(inputs, rules, memo);
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ mode, ms, findings: analysis.findings.length })}\n`);
}
