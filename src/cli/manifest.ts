/**
 * Fleet manifests: a JSON or YAML list of `{name, a, b}` (or `{"pairs": [...]}`), the paths
 * relative to the manifest file. Shared by `rglint check --manifest` and the GitHub Action's
 * scripts/action-run.mjs (through dist/manifest.js). Every problem is one UsageError line.
 */
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./errors.js";
import { readInputFile } from "./io.js";

export interface ManifestEntry {
  /** The pair's name: config `pairs` globs, baseline entries and SARIF categories key on it. */
  readonly name: string | null;
  /** Chassis A's file, relative to the working directory (as a user would type it). */
  readonly a: string;
  readonly b: string;
}

export interface ManifestOptions {
  /** The GitHub Action accepts entries without a name (named by their files); check does not. */
  readonly nameOptional?: boolean;
  /** Fail when a pair's file cannot be read (check does; the Action lets rglint say so per pair). */
  readonly checkFiles?: boolean;
}

const isYamlFile = (file: string): boolean => /\.ya?ml$/i.test(file);

async function parseDocument(file: string, text: string): Promise<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!isYamlFile(file)) {
    try {
      return JSON.parse(body);
    } catch (error) {
      // Not JSON and not named .yaml: YAML is a superset of JSON, so try it before giving up.
      if (/^\s*[[{]/.test(body))
        throw new UsageError(
          `--manifest ${file}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
    }
  }
  const { parse } = await import("yaml");
  try {
    return parse(body) as unknown;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new UsageError(`--manifest ${file}: invalid YAML: ${message}`);
  }
}

function unreadable(file: string): string | null {
  try {
    if (!statSync(file).isFile()) return "not a file";
    accessSync(file, constants.R_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT") return "no such file";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    return error instanceof Error ? error.message : String(error);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads, parses and validates a manifest; the pairs' paths come back relative to `cwd`. */
export async function readManifest(
  file: string,
  cwd: string,
  options: ManifestOptions = {},
): Promise<ManifestEntry[]> {
  const absolute = path.resolve(cwd, file);
  const text = Buffer.from(readInputFile(absolute, `--manifest ${file}`)).toString("utf8");
  const doc = await parseDocument(file, text);
  const list = Array.isArray(doc) ? doc : isRecord(doc) ? doc.pairs : undefined;
  if (!Array.isArray(list))
    throw new UsageError(`--manifest ${file}: expected a list of {name, a, b} (or {"pairs": [...]})`);
  const dir = path.dirname(absolute);
  const names = new Map<string, number>();
  return list.map((entry: unknown, i): ManifestEntry => {
    const where = `--manifest ${file}: $[${i}]`;
    if (!isRecord(entry)) throw new UsageError(`${where}: expected {name, a, b}`);
    const fields = options.nameOptional ? ["a", "b"] : ["name", "a", "b"];
    for (const field of fields) {
      if (entry[field] === undefined) throw new UsageError(`${where}: missing "${field}"`);
    }
    for (const field of ["name", "a", "b"]) {
      const value = entry[field];
      if (value !== undefined && (typeof value !== "string" || value.trim() === ""))
        throw new UsageError(`${where}: "${field}" must be a non-empty string`);
    }
    const name = typeof entry.name === "string" ? entry.name : null;
    if (name !== null) {
      const first = names.get(name);
      if (first !== undefined) throw new UsageError(`${where}: duplicate name "${name}" (also $[${first}])`);
      names.set(name, i);
    }
    const resolve = (p: string): string => {
      const full = path.resolve(dir, p);
      if (options.checkFiles) {
        const why = unreadable(full);
        if (why !== null) throw new UsageError(`${where}: ${p}: cannot read: ${why}`);
      }
      return path.relative(cwd, full) || ".";
    };
    return { name, a: resolve(entry.a as string), b: resolve(entry.b as string) };
  });
}

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** `--shard i/n`, 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m === null ? Number.NaN : Number(m[1]);
  const count = m === null ? Number.NaN : Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard ${value}: expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  return { index, count };
}

/**
 * The shard's slice of the manifest: entries whose position modulo n is i - 1, in manifest order.
 * Deterministic (position only), balanced (sizes differ by at most one), and the n shards cover
 * the manifest exactly once.
 */
export function shardOf<T>(entries: readonly T[], shard: Shard): T[] {
  return entries.filter((_, i) => i % shard.count === shard.index - 1);
}
