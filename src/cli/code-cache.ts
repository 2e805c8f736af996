/**
 * The bin's code cache (see launch.ts): the CLI bundle is run as a script compiled with V8's
 * cached bytecode, which the build writes. The cache file is the SHA-1 of the bundle it was made
 * from, then V8's data; it is used only with that bundle.
 */
import { createHash } from "node:crypto";

const HASH_BYTES = 20;

export function bundleHash(source: Uint8Array): Buffer {
  return createHash("sha1").update(source).digest();
}

/**
 * The bundle as a function of CommonJS's five names and `__rglintEntryUrl` (what the bundle reads
 * for `import.meta.url`). Strict, as the ES modules it was compiled from were.
 */
export function wrapBundle(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __rglintEntryUrl) {"use strict";${source}\n})`;
}

/** V8's data in a cache file, if the file was made from the bundle with this hash. */
export function cachedData(file: Uint8Array | undefined, hash: Uint8Array): Buffer | undefined {
  if (file === undefined || file.length <= HASH_BYTES) return undefined;
  const data = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  return data.subarray(0, HASH_BYTES).equals(hash) ? data.subarray(HASH_BYTES) : undefined;
}

/** A cache file's content: the bundle's hash, then V8's data. */
export function cacheFileContent(hash: Uint8Array, data: Uint8Array): Buffer {
  return Buffer.concat([hash, data]);
}
