import { describe, expect, it } from "vitest";
import { applyBaseline, countFingerprints, parseBaseline, withPair } from "../../src/config/baseline.js";
import type { Finding } from "../../src/rules/types.js";

function finding(fingerprint: string, line: number): Finding {
  return {
    ruleId: fingerprint.slice(0, 5),
    ruleName: "x",
    level: "error",
    message: "m",
    location: { file: "b.cfg", line, column: 1, endColumn: 2 },
    side: "b",
    related: [],
    fix: null,
    fingerprint,
  };
}

describe("baselines", () => {
  it("count fingerprints, and cover that many findings of each; more of them are new", () => {
    const today = [finding("RG104:rii=101", 10), finding("RG101:rii=112", 20), finding("RG101:rii=112", 30)];
    const counts = countFingerprints(today);
    expect(counts).toEqual({ "RG101:rii=112": 2, "RG104:rii=101": 1 });
    expect(Object.keys(counts)).toEqual(["RG101:rii=112", "RG104:rii=101"]);
    const later = [...today, finding("RG101:rii=112", 40), finding("RG205:b:group=1:track=11", 5)];
    const { kept, baselined } = applyBaseline(later, counts);
    expect(baselined).toBe(3);
    expect(kept.map((f) => f.fingerprint)).toEqual(["RG101:rii=112", "RG205:b:group=1:track=11"]);
  });

  it("without an entry for the pair every finding is new", () => {
    expect(applyBaseline([finding("RG104:rii=1", 1)], undefined)).toEqual({
      kept: [finding("RG104:rii=1", 1)],
      baselined: 0,
    });
  });

  it("replaces one pair's entry and keeps the others, sorted", () => {
    const first = withPair(null, "dc2", { "RG104:rii=1": 1 }, "rglint 0.1.0");
    const both = withPair(first, "dc1", { "RG101:rii=2": 2 }, "rglint 0.1.0");
    expect(Object.keys(both.pairs)).toEqual(["dc1", "dc2"]);
    expect(withPair(both, "dc2", {}, "rglint 0.1.0").pairs).toEqual({ dc1: { "RG101:rii=2": 2 }, dc2: {} });
  });

  it("rejects files that are not baselines, saying where", () => {
    expect(() => parseBaseline("[]")).toThrow("not an rglint baseline");
    expect(() => parseBaseline('{"version": 2, "pairs": {}}')).toThrow("$.version: expected 1");
    expect(() => parseBaseline('{"version": 1, "pairs": {"p": {"RG101:x": 0}}}')).toThrow(
      '$.pairs["p"]["RG101:x"]: expected a count of 1 or more',
    );
    expect(() => parseBaseline("{")).toThrow(/^not JSON/);
    expect(
      parseBaseline('{"version": 1, "tool": "rglint 0.1.0", "pairs": {"p": {"RG101:x": 3}}}').pairs,
    ).toEqual({
      p: { "RG101:x": 3 },
    });
  });
});
