#!/usr/bin/env node
/**
 * The bin (dist/rglint.js): runs the CLI bundle beside it (dist/rglint.cjs) through V8's code
 * cache. Compiling the 1.5 MB bundle, and then each function as it is first called, is a large
 * part of a short run (about 30 ms of the example pair's 190); the cache holds the bytecode of the
 * functions a check and a simulation call, made by the build (scripts/build.mjs) with this file.
 *
 * The cache is used only if it was made from this very bundle and V8 accepts it (same V8 version
 * and flags); otherwise the bundle is compiled as usual. RGLINT_CODE_CACHE=off skips it. Runs never
 * write it: only the build does, with RGLINT_WRITE_CODE_CACHE=1.
 *
 * Before anything else it sets the V8 flags of v8-tuning.ts (RGLINT_V8_TUNING=off: V8's defaults,
 * which the cache does not fit).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { isMainThread } from "node:worker_threads";
import { bundleHash, cachedData, cacheFileContent, wrapBundle } from "./code-cache.js";
import { v8TuningFlags } from "./v8-tuning.js";

// First: V8 must compile the bundle, and accept its code cache, under these flags. They hold for
// the whole process, so a fleet's worker threads (which start through this file too) have them.
if (isMainThread)
  for (const flag of v8TuningFlags(process.env, process.versions.v8)) setFlagsFromString(flag);

const self = import.meta.url;
const bundle = path.join(path.dirname(fileURLToPath(self)), "rglint.cjs");
const cacheFile = `${bundle}.cache`;

/** The bundle, or one line and exit code 3 (an installation problem, like an internal error). */
function readBundle(): Buffer {
  try {
    return readFileSync(bundle);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `rglint: internal error: cannot read ${bundle} (${reason}); run \`npm run build\`\n`,
    );
    process.exit(3);
  }
}

const source = readBundle();
const hash = bundleHash(source);

function readCacheFile(): Buffer | undefined {
  if (process.env.RGLINT_CODE_CACHE === "off") return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const script = new Script(wrapBundle(source.toString("utf8")), {
  filename: bundle,
  cachedData: cachedData(readCacheFile(), hash),
});

if (process.env.RGLINT_WRITE_CODE_CACHE === "1") {
  // At exit, so that the cache holds every function the run compiled.
  process.once("exit", () => {
    writeFileSync(cacheFile, cacheFileContent(hash, script.createCachedData()));
  });
}

const run = script.runInThisContext() as (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
  entryUrl: string,
) => void;
const module = { exports: {} };
run(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), self);
