/** What the benchmark scripts share: where they write, the median, their bundled workers and pairs. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { generatePair } from "./generate.js";

/** Generated pairs, bundled workers and result tables (git ignores it). */
export const OUT = path.resolve("bench/out");

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * `entry` (a worker script in bench/) bundled with esbuild into bench/out/`name`.mjs, so that each
 * measurement runs in a fresh, plain Node process (no tsx); returns the bundle's path.
 */
export async function bundleWorker(entry: string, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const outfile = path.join(OUT, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "warning",
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** The generated pair of `lines` lines per chassis (`bench/out/pair-N/`), written on first use. */
export function pairFiles(
  lines: number,
  seed = 1,
  dir = path.join(OUT, `pair-${lines}`),
): { a: string; b: string } {
  const a = path.join(dir, "a.cfg");
  const b = path.join(dir, "b.cfg");
  if (!existsSync(a) || !existsSync(b)) {
    mkdirSync(dir, { recursive: true });
    const pair = generatePair(lines, seed);
    writeFileSync(a, pair.a);
    writeFileSync(b, pair.b);
  }
  return { a, b };
}
