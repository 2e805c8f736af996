import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadChassis } from "../../src/analyze.js";
import { buildPair } from "../../src/model/pair.js";
import { defaultScenarios, faultId, resolveScenario, singleFaults } from "../../src/simulate/index.js";

const read = (f: string) => loadChassis({ file: f, content: readFileSync(f) });
const pair = buildPair(read("fixtures/pairs/clean/a.cfg"), read("fixtures/pairs/clean/b.cfg"));

/** Per chassis: reload, rg-reload per group, interface-down (file order), track-down; then the links. */
const PER_CHASSIS = (x: "a" | "b") => [
  `reload:${x}`,
  `rg-reload:${x}:1`,
  `rg-reload:${x}:2`,
  // redundant traffic interfaces and the tracked WAN trunk (track 30), in file order
  `interface-down:${x}:TenGigabitEthernet0/0/0.100`,
  `interface-down:${x}:TenGigabitEthernet0/0/0.110`,
  `interface-down:${x}:TenGigabitEthernet0/0/1`,
  `interface-down:${x}:TenGigabitEthernet0/0/1.201`,
  `interface-down:${x}:TenGigabitEthernet0/0/1.202`,
  `track-down:${x}:10`,
  `track-down:${x}:20`,
  `track-down:${x}:30`,
];

describe("the default scenario set of the clean pair", () => {
  it("is baseline, then each chassis' faults in the catalogue's order, then the shared links", () => {
    expect(defaultScenarios(pair).map((s) => s.id)).toEqual([
      "baseline",
      ...PER_CHASSIS("a"),
      ...PER_CHASSIS("b"),
      "control-link-down",
      "data-link-down",
    ]);
  });

  it("with two faults adds every pair of single faults, joined with + in that order", () => {
    const singles = singleFaults(pair).map(faultId);
    const ids = defaultScenarios(pair, 2).map((s) => s.id);
    expect(singles).toHaveLength(24);
    expect(ids).toHaveLength(1 + 24 + (24 * 23) / 2);
    expect(ids.slice(25, 28)).toEqual([
      "reload:a+rg-reload:a:1",
      "reload:a+rg-reload:a:2",
      "reload:a+interface-down:a:TenGigabitEthernet0/0/0.100",
    ]);
    expect(ids).toContain("track-down:a:10+interface-down:b:TenGigabitEthernet0/0/1.201");
    expect(ids).not.toContain("interface-down:b:TenGigabitEthernet0/0/1.201+track-down:a:10");
    expect(ids.at(-1)).toBe("control-link-down+data-link-down");
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("resolveScenario", () => {
  const singles = singleFaults(pair);

  it("accepts single IDs and puts two-fault IDs in the catalogue's order", () => {
    expect(resolveScenario("baseline", singles)).toMatchObject({
      ok: true,
      scenario: { id: "baseline", faults: [] },
    });
    expect(resolveScenario("track-down:b:20", singles)).toMatchObject({
      ok: true,
      scenario: { id: "track-down:b:20" },
    });
    const two = resolveScenario("interface-down:b:TenGigabitEthernet0/0/1.201+track-down:a:10", singles);
    expect(two).toMatchObject({
      ok: true,
      scenario: { id: "track-down:a:10+interface-down:b:TenGigabitEthernet0/0/1.201" },
    });
  });

  it("rejects unknown parts and a fault named twice", () => {
    expect(resolveScenario("track-down:a:99", singles)).toEqual({
      ok: false,
      unknown: "track-down:a:99",
      reason: "unknown",
    });
    expect(resolveScenario("reload:a+bogus", singles)).toEqual({
      ok: false,
      unknown: "bogus",
      reason: "unknown",
    });
    expect(resolveScenario("reload:a+reload:a", singles)).toEqual({
      ok: false,
      unknown: "reload:a",
      reason: "repeated",
    });
  });
});
