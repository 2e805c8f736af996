// Bundles the CLI into one ESM file: unbundled, chevrotain 11 (lodash-es) alone costs ~0.6 s of start-up.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

await build({
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/rglint.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: false,
  logLevel: "warning",
  plugins: [precompiledConfigValidator],
  // commander uses require() for node builtins; ESM bundles need a require shim.
  banner: {
    js: "import { createRequire as __rglintCreateRequire } from 'node:module';\nconst require = __rglintCreateRequire(import.meta.url);",
  },
});

// The manifest reader, shared with scripts/action-run.mjs (the GitHub Action) so both read
// manifests alike: JSON or YAML, paths relative to the manifest.
await build({
  entryPoints: ["src/cli/manifest.ts"],
  outfile: "dist/manifest.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: false,
  logLevel: "warning",
});

// npm links the bin with its mode as built; make it executable for direct use too.
chmodSync("dist/rglint.js", 0o755);
