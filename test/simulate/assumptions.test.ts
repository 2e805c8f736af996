import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadChassis } from "../../src/analyze.js";
import { buildPair } from "../../src/model/pair.js";
import { ALL_ASSUMPTIONS, simulate, simulatePair } from "../../src/simulate/index.js";
import { chassisConfig, outcome, simulateTexts } from "./pair-builder.js";

const read = (f: string) => loadChassis({ file: f, content: readFileSync(f) });
const clean = () => buildPair(read("fixtures/pairs/clean/a.cfg"), read("fixtures/pairs/clean/b.cfg"));

describe("assumptions", () => {
  it("each is tagged [I] or [NF] and names its source", () => {
    expect(new Set(ALL_ASSUMPTIONS.map((a) => a.id)).size).toBe(ALL_ASSUMPTIONS.length);
    for (const a of ALL_ASSUMPTIONS) {
      expect(["I", "NF"]).toContain(a.tag);
      expect(a.source).toMatch(/domain-reference\.md|rules-catalog\.md|rglint/);
      expect(a.text.length).toBeGreaterThan(20);
    }
  });

  it("a run lists only the ones it relied on, in the model's order", () => {
    // The clean pair: preempt on both, thresholds below the priorities, BFD timers on Po1,
    // subinterfaces under a tracked trunk; no tie, no default priority, no undefined track.
    expect(simulate(clean()).assumptions.map((a) => `${a.tag} ${a.id}`)).toEqual([
      "I additive-decrements",
      "I priority-floor-zero",
      "I subinterface-follows-parent",
      "I preempt-on-taker",
      "I bfd-detection",
      "I hello-driven-switchover",
      "I rg-reload-on-standby",
      "I failback-timers",
      "NF dual-active-resolution",
      "I standby-hot-for-state",
      "I data-link-stops-sync",
      "I dual-active-state",
    ]);
  });
});

describe("simulatePair", () => {
  it("simulates a pair once: the 9xx rules of one check share the result", () => {
    const pair = clean();
    expect(simulatePair(pair)).toBe(simulatePair(pair));
    expect(simulatePair(clean())).not.toBe(simulatePair(pair));
  });
});

describe("a group configured on one chassis only", () => {
  it("is active on that chassis alone; the other takes no part (INIT)", () => {
    const a = chassisConfig({
      hostname: "edge-a",
      host: 1,
      group1: ["priority 150"],
      group2: ["priority 100"],
    });
    const b = chassisConfig({ hostname: "edge-b", host: 2, group1: ["priority 100"] });
    const sim = simulateTexts(a, b);
    const base = outcome(sim, "baseline", 2);
    expect(base.before).toEqual({ a: "ACTIVE", b: "INIT" });
    expect(base.runtimePriority).toEqual({ a: 100, b: null });
    expect(base.reasons[0]).toBe("Group 2 is not configured on edge-b: edge-b takes no part in it.");
    const reload = outcome(sim, "reload:a", 2);
    expect(reload.after).toEqual({ a: "DOWN", b: "INIT" });
    expect(reload.blackHole).toBe(true);
    expect(reload.failback).toEqual({ active: "a", afterMs: 60_000 });
  });
});
