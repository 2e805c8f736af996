import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/errors.js";
import { parseShard, shardOf } from "../../src/cli/manifest.js";

describe("--shard i/n", () => {
  it("parses i/n with 1 ≤ i ≤ n and rejects the rest", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1", "1/2/3", "-1/2", "1.5/2"])
      expect(() => parseShard(bad), bad).toThrow(UsageError);
  });

  it("is deterministic, balanced, and its shards cover the manifest exactly once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 40 }), (size, n) => {
        const manifest = Array.from({ length: size }, (_, i) => `pair-${i}`);
        const shards = Array.from({ length: n }, (_, i) => shardOf(manifest, { index: i + 1, count: n }));
        expect(shards).toEqual(
          Array.from({ length: n }, (_, i) => shardOf(manifest, { index: i + 1, count: n })),
        );
        const union = shards.flat();
        expect(union).toHaveLength(size);
        expect(new Set(union).size).toBe(size);
        expect([...union].sort()).toEqual([...manifest].sort());
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        // Each shard keeps manifest order.
        for (const s of shards) expect(s).toEqual(manifest.filter((p) => s.includes(p)));
      }),
    );
  });
});
