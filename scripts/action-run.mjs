#!/usr/bin/env node
// Checks several pairs in one go: the logic of the GitHub Action (action.yml), also usable
// locally and from pre-commit as `rglint-pairs`. For each pair it prints the report in the log
// format, writes SARIF (one file per pair, its own code-scanning category) when asked, and
// appends the Markdown summary to $GITHUB_STEP_SUMMARY when that is set. Exit code: 0, 1 when
// a pair fails --fail-on, 2 on a usage or input error (the worst over all pairs).
//
// Options (each also read from an environment variable, which is how action.yml passes them):
//   --pairs TEXT       RGLINT_PAIRS     pairs, one per line: `A.cfg B.cfg` or `NAME: A.cfg B.cfg`
//   --manifest FILE    RGLINT_MANIFEST  JSON or YAML list of {name, a, b}; paths relative to it
//   --format F         RGLINT_FORMAT    log format (default stylish)
//   --fail-on L        RGLINT_FAIL_ON   error (default), warning, note, never
//   --config FILE      RGLINT_CONFIG    rglint.config.json to use
//   --baseline FILE    RGLINT_BASELINE  report only findings not in this baseline
//   --sarif-dir DIR    RGLINT_SARIF_DIR write one SARIF file per pair there
//   --category C       RGLINT_CATEGORY  code-scanning category prefix (default rglint)
// RGLINT_BIN overrides the rglint to run (default: ../dist/rglint.js beside this script).
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));

function fail(message) {
  process.stderr.write(`rglint-pairs: ${message}\n`);
  setOutput("exit-code", "2");
  process.exit(2);
}

function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, `${name}=${value}\n`);
}

function options() {
  const { values } = parseArgs({
    options: {
      pairs: { type: "string" },
      manifest: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      config: { type: "string" },
      baseline: { type: "string" },
      "sarif-dir": { type: "string" },
      category: { type: "string" },
    },
    allowPositionals: false,
  });
  // An empty action input arrives as an empty variable: treat it as not given.
  const pick = (flag, env, fallback = "") => (values[flag] ?? process.env[env] ?? "").trim() || fallback;
  return {
    pairs: values.pairs ?? process.env.RGLINT_PAIRS ?? "",
    manifest: pick("manifest", "RGLINT_MANIFEST"),
    format: pick("format", "RGLINT_FORMAT", "stylish"),
    failOn: pick("fail-on", "RGLINT_FAIL_ON", "error"),
    config: pick("config", "RGLINT_CONFIG"),
    baseline: pick("baseline", "RGLINT_BASELINE"),
    sarifDir: pick("sarif-dir", "RGLINT_SARIF_DIR"),
    category: pick("category", "RGLINT_CATEGORY", "rglint"),
  };
}

/** `A B` or `NAME: A B` per line; `#` starts a comment. */
function pairsFromLines(text) {
  const pairs = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") continue;
    const m = /^(?:([^:\s][^:]*?)\s*:\s+)?(\S+)\s+(\S+)$/.exec(line);
    if (m === null) fail(`pairs line ${i + 1}: expected "A.cfg B.cfg" or "NAME: A.cfg B.cfg", got "${line}"`);
    pairs.push({ name: m[1] ?? null, a: m[2], b: m[3] });
  }
  return pairs;
}

/** The manifest reader rglint check --manifest uses (JSON or YAML), built beside the CLI as dist/manifest.js. */
async function pairsFromManifest(file) {
  const reader = path.resolve(here, "../dist/manifest.js");
  if (!existsSync(reader)) fail(`${reader} does not exist: run \`npm ci\` (which builds it) first`);
  const { readManifest } = await import(pathToFileURL(reader).href);
  try {
    return await readManifest(file, process.cwd(), { nameOptional: true });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

/** Stable across runs, so code scanning keeps tracking a pair's alerts: the name, or the two paths. */
function slug(pair) {
  const raw = pair.name ?? `${pair.a.replace(/\.[^./]*$/, "")}+${pair.b.replace(/\.[^./]*$/, "")}`;
  return raw.replace(/[^A-Za-z0-9._+-]+/g, "-").replace(/^-+|-+$/g, "") || "pair";
}

/** The log run prints everything; the SARIF and Markdown runs repeat its warnings, so they keep quiet unless they fail. */
function rglint(bin, args, secondary) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    stdio: secondary ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  if (r.error) fail(`cannot run ${bin}: ${r.error.message}`);
  const code = r.status ?? 3;
  if (secondary && code > 1) process.stderr.write(r.stderr);
  return { code, stdout: r.stdout ?? "" };
}

/** Every run of the file gets its category: GitHub rejects two runs with one category in an upload. */
function setCategory(file, category) {
  const log = JSON.parse(readFileSync(file, "utf8"));
  for (const run of log.runs ?? []) run.automationDetails = { id: category };
  writeFileSync(file, `${JSON.stringify(log, null, 2)}\n`);
}

const opts = options();
const bin = process.env.RGLINT_BIN || path.resolve(here, "../dist/rglint.js");
if (!existsSync(bin)) fail(`${bin} does not exist: run \`npm ci\` (which builds it) first`);
const pairs = [
  ...pairsFromLines(opts.pairs),
  ...(opts.manifest === "" ? [] : await pairsFromManifest(opts.manifest)),
];
if (pairs.length === 0) fail('no pairs: give "pairs" (A.cfg B.cfg per line) or a manifest');
if (opts.sarifDir !== "") mkdirSync(opts.sarifDir, { recursive: true });

const common = ["--fail-on", opts.failOn];
if (opts.config !== "") common.push("--config", opts.config);
if (opts.baseline !== "") common.push("--baseline", opts.baseline);
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
const seen = new Set();
let worst = 0;
let failed = 0;
let sarifFiles = 0;
for (const pair of pairs) {
  let id = slug(pair);
  for (let n = 2; seen.has(id); n++) id = `${slug(pair)}-${n}`;
  seen.add(id);
  const args = [
    "check",
    pair.a,
    pair.b,
    ...common,
    ...(pair.name === null ? [] : ["--pair-name", pair.name]),
  ];
  process.stdout.write(`\n── rglint: ${pair.name ?? `${pair.a} + ${pair.b}`}\n`);
  const { code } = rglint(bin, [...args, "--format", opts.format], false);
  if (code === 1) failed++;
  worst = Math.max(worst, code);
  if (code > 1) continue; // a usage or input error: rglint said why; no report to write
  if (opts.sarifDir !== "") {
    const file = path.join(opts.sarifDir, `${id}.sarif`);
    if (rglint(bin, [...args, "--format", "sarif", "--output", file], true).code > 1) worst = 2;
    else {
      setCategory(file, `${opts.category}/${id}/`);
      sarifFiles++;
    }
  }
  if (summaryFile)
    appendFileSync(summaryFile, `${rglint(bin, [...args, "--format", "markdown"], true).stdout}\n`);
}

process.stdout.write(
  `\nrglint: ${pairs.length} pair(s) checked, ${failed} failing at --fail-on ${opts.failOn}${worst > 1 ? ", some could not be checked" : ""}\n`,
);
setOutput("exit-code", String(worst));
setOutput("failed-pairs", String(failed));
setOutput("sarif-dir", sarifFiles > 0 ? opts.sarifDir : "");
process.exit(worst);
