/**
 * How many scenarios the default sets hold. Timings are benchmarks (bench/simulate.ts), not tests.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatePair } from "../../bench/generate.js";
import { loadChassis } from "../../src/analyze.js";
import { buildPair } from "../../src/model/pair.js";
import { defaultScenarios, simulate } from "../../src/simulate/index.js";

describe("default scenario sets", () => {
  it("every single fault of a generated 20,000-line pair is simulated", () => {
    const { a, b } = generatePair(20_000, 1);
    const pair = buildPair(
      loadChassis({ file: "a.cfg", content: a }),
      loadChassis({ file: "b.cfg", content: b }),
    );
    expect(simulate(pair).scenarios.length).toBeGreaterThan(800);
  });

  it("every double fault of the example pair: 301 scenarios", () => {
    const read = (f: string) => loadChassis({ file: f, content: readFileSync(f) });
    const pair = buildPair(read("fixtures/pairs/clean/a.cfg"), read("fixtures/pairs/clean/b.cfg"));
    expect(simulate(pair, defaultScenarios(pair, 2)).scenarios.length).toBe(301);
  });
});
