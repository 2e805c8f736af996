// Bundles the CLI into one file (dist/rglint.cjs) run by a small bin (dist/rglint.js): unbundled,
// chevrotain 11 (lodash-es) alone costs ~0.6 s of start-up. Then records the bin's code cache.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

// The config file's validator, precompiled: compiling schemas/rglint.config.schema.json at
// start-up costs ~0.1 s. CJS, because ajv's ESM standalone output still calls require(). The
// options are src/config/config-validator.ts's CONFIG_AJV_OPTIONS.
const cacheDir = path.resolve("node_modules/.cache/rglint");
mkdirSync(cacheDir, { recursive: true });
const configSchema = JSON.parse(readFileSync("schemas/rglint.config.schema.json", "utf8"));
const ajv = new Ajv({ allErrors: false, strict: true, code: { source: true } });
writeFileSync(
  path.join(cacheDir, "config-validator.cjs"),
  standaloneCode.default(ajv, ajv.compile(configSchema)),
);
writeFileSync(
  path.join(cacheDir, "config-validator.mjs"),
  'import validate from "./config-validator.cjs";\nexport async function loadConfigValidator() {\n  return validate;\n}\n',
);
/** Swaps src/config/config-validator.ts (which compiles at run time) for the precompiled one. */
const precompiledConfigValidator = {
  name: "precompiled-config-validator",
  setup(b) {
    b.onResolve({ filter: /\/config-validator\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}src${path.sep}`)
        ? { path: path.join(cacheDir, "config-validator.mjs") }
        : undefined,
    );
  },
};

/** What every bundle here shares: Node 20, everything inlined, no source map. */
const NODE_BUNDLE = {
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
};

// The CLI as one CommonJS file, run by the bin below through V8's code cache (src/cli/launch.ts):
// a script, unlike an ES module, can be compiled from a cache on Node 20. `import.meta.url` is
// the bin's URL, which the bin passes in.
await build({
  ...NODE_BUNDLE,
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/rglint.cjs",
  format: "cjs",
  plugins: [precompiledConfigValidator],
  define: { "import.meta.url": "__rglintEntryUrl" },
});

// The bin itself: reads the bundle and its code cache, and runs it.
await build({ ...NODE_BUNDLE, entryPoints: ["src/cli/launch.ts"], outfile: "dist/rglint.js", format: "esm" });

// The manifest reader, shared with scripts/action-run.mjs (the GitHub Action) so both read
// manifests alike: JSON or YAML, paths relative to the manifest.
await build({
  ...NODE_BUNDLE,
  entryPoints: ["src/cli/manifest.ts"],
  outfile: "dist/manifest.js",
  format: "esm",
});

// npm links the bin with its mode as built; make it executable for direct use too.
chmodSync("dist/rglint.js", 0o755);

// The code cache: the bytecode of the functions that a check and a simulation of the example
// pair compile, written by the bin at the end of each run. Without it (or if V8 rejects it: another
// Node version) the bin compiles the bundle as usual, so a failure here is only a warning.
rmSync("dist/rglint.cjs.cache", { force: true });
const pair = ["fixtures/pairs/clean/a.cfg", "fixtures/pairs/clean/b.cfg"];
// Under the bin's own V8 flags (src/cli/v8-tuning.ts), whatever this shell says: V8 accepts the
// cache only under the flags it was made with.
const { RGLINT_V8_TUNING: _tuning, RGLINT_CODE_CACHE: _cache, ...buildEnv } = process.env;
const recordingEnv = { ...buildEnv, RGLINT_WRITE_CODE_CACHE: "1" };
for (const args of [
  ["check", ...pair, "--format", "sarif"],
  ["simulate", ...pair],
]) {
  const run = spawnSync(process.execPath, ["dist/rglint.js", ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    env: recordingEnv,
  });
  if (run.status !== 0 && run.status !== 1) {
    console.warn(`build: no code cache (rglint ${args[0]} exited ${run.status}: ${run.stderr.trim()})`);
    rmSync("dist/rglint.cjs.cache", { force: true });
    break;
  }
}
