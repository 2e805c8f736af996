// Bundles the CLI into one ESM file: unbundled, chevrotain 11 (lodash-es) alone costs ~0.6 s of start-up.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/rglint.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: false,
  logLevel: "warning",
  // commander uses require() for node builtins; ESM bundles need a require shim.
  banner: {
    js: "import { createRequire as __rglintCreateRequire } from 'node:module';\nconst require = __rglintCreateRequire(import.meta.url);",
  },
});

// npm links the bin with its mode as built; make it executable for direct use too.
import { chmodSync } from "node:fs";

chmodSync("dist/rglint.js", 0o755);
