import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadChassis } from "../../src/analyze.js";
import { emitSimulationJson, SIMULATION_SCHEMA_VERSION } from "../../src/emit/simulation-json.js";
import { emitSimulationMarkdown } from "../../src/emit/simulation-markdown.js";
import { emitSimulationTable } from "../../src/emit/simulation-table.js";
import { buildPair } from "../../src/model/pair.js";
import { defaultScenarios, simulate } from "../../src/simulate/index.js";
import { chassisConfig, simulateTexts, TRACK_UPLINK } from "./pair-builder.js";
import { validateSimulation } from "./simulation-schema.js";

const read = (f: string) => loadChassis({ file: f, content: readFileSync(f) });
const clean = buildPair(read("fixtures/pairs/clean/a.cfg"), read("fixtures/pairs/clean/b.cfg"));
const demo = buildPair(read("fixtures/pairs/demo/a.cfg"), read("fixtures/pairs/demo/b.cfg"));
const PLAIN = { color: false, failOn: [] } as const;

/** A pair with a black hole (no preempt on B, no threshold on A) and a priority tie in group 2. */
const holey = simulateTexts(
  chassisConfig({
    hostname: "edge-a",
    host: 1,
    group1: ["priority 150", "track 10 decrement 60"],
    group2: ["priority 100"],
    global: TRACK_UPLINK,
  }),
  chassisConfig({
    hostname: "edge-b",
    host: 2,
    group1: ["priority 100"],
    group2: ["priority 100"],
    global: TRACK_UPLINK,
  }),
);

describe("json", () => {
  it("is valid against schemas/simulation.schema.json for single and double faults, tie and black hole", () => {
    for (const sim of [simulate(clean), simulate(demo), simulate(clean, defaultScenarios(clean, 2)), holey]) {
      const doc = JSON.parse(emitSimulationJson(sim, PLAIN)) as unknown;
      expect(validateSimulation(doc), JSON.stringify(validateSimulation.errors?.slice(0, 3))).toBe(true);
    }
  });

  it("the schema rejects a broken document (so a pass means something)", () => {
    const doc = JSON.parse(emitSimulationJson(simulate(clean), PLAIN)) as {
      scenarios: Array<{ groups: Array<{ after: { a: string } }> }>;
    };
    doc.scenarios[0]!.groups[0]!.after.a = "HOT";
    expect(validateSimulation(doc)).toBe(false);
  });

  it("has the issue's shape: schemaVersion, pair, assumptions, scenarios with faults and groups", () => {
    const doc = JSON.parse(emitSimulationJson(simulate(clean), PLAIN)) as {
      schemaVersion: string;
      pair: unknown;
      assumptions: Array<{ tag: string }>;
      scenarios: Array<{ id: string; faults: unknown[]; groups: Array<Record<string, unknown>> }>;
    };
    expect(doc.schemaVersion).toBe(SIMULATION_SCHEMA_VERSION);
    expect(doc.pair).toEqual({
      a: { file: "fixtures/pairs/clean/a.cfg", hostname: "edge-a" },
      b: { file: "fixtures/pairs/clean/b.cfg", hostname: "edge-b" },
    });
    expect(doc.assumptions.every((a) => a.tag === "I" || a.tag === "NF")).toBe(true);
    const reload = doc.scenarios.find((s) => s.id === "reload:a")!;
    expect(reload.faults).toEqual([{ id: "reload:a", kind: "reload", chassis: "a" }]);
    expect(reload.groups[0]).toMatchObject({
      group: 1,
      name: "RG1-DC1-G1",
      before: { a: "ACTIVE", b: "STANDBY" },
      after: { a: "DOWN", b: "ACTIVE" },
      runtimePriority: { a: null, b: 100 },
      switchover: true,
      dualActive: false,
      undetermined: false,
      blackHole: false,
      switchoverAfterMs: 300,
      natStateful: true,
      httpStateful: true,
      failback: { active: "a", afterMs: 61_000 },
    });
    expect(Object.keys(reload.groups[0]!)).not.toContain("evidence");
  });
});

describe("table", () => {
  it("has one row per scenario and group, and makes black holes and undetermined groups stand out", () => {
    const text = emitSimulationTable(holey, PLAIN);
    const rows = text
      .split("\n")
      .filter((l) => /^(baseline|reload|rg-reload|interface-down|track-down|control|data)/.test(l));
    expect(rows).toHaveLength(holey.scenarios.length * 2);
    expect(text).toMatch(/track-down:a:10\s+1\s+ACTIVE 90\s+STANDBY 100\s+BLACK HOLE/);
    expect(text).toMatch(/baseline\s+2\s+\? 100\s+\? 100\s+undetermined/);
    expect(text).toContain("Why");
    expect(text).toContain("Assumptions this run relied on");
    expect(text).not.toContain("\u001b[");
  });

  it("colours only when asked: red for black holes and dual-active", () => {
    const text = emitSimulationTable(holey, { color: true, failOn: [] });
    expect(text).toContain("\u001b[1m\u001b[31mBLACK HOLE");
    expect(emitSimulationTable(simulate(clean), { color: true, failOn: [] })).toContain(
      "\u001b[1m\u001b[31mDUAL-ACTIVE",
    );
  });

  it("states the --fail-on verdict", () => {
    expect(emitSimulationTable(holey, { color: false, failOn: ["black-hole"] })).toContain(
      "✖ fails at --fail-on black-hole: black-hole",
    );
    expect(emitSimulationTable(simulate(clean), { color: false, failOn: ["black-hole"] })).toContain(
      "✔ nothing named in --fail-on black-hole",
    );
  });
});

describe("markdown", () => {
  const md = emitSimulationMarkdown(simulate(clean), PLAIN);

  it("has the table and a Mermaid diagram per group", () => {
    expect(md).toContain("| Scenario | Group | edge-a | edge-b | Outcome | Switchover after | Failback |");
    expect(md.match(/```mermaid\nflowchart LR/g)).toHaveLength(2);
    expect(md).toContain("#### Group 1 (RG1-DC1-G1)");
    // baseline → edge-a DOWN, edge-b ACTIVE on reload:a, and failback back (dashed)
    expect(md).toMatch(/g1s0\["edge-a ACTIVE · edge-b STANDBY<br\/>baseline"\]/);
    expect(md).toMatch(/g1s0 -->\|"reload:a \(300 ms\)"\| g1s\d/);
    expect(md).toMatch(/-\.->\|"failback after 61 s"\| g1s0/);
    expect(md).toContain("class g1s");
  });

  it("lists the assumptions and the reasons of the rows that stand out", () => {
    expect(md).toContain("<details><summary>Assumptions this run relied on");
    expect(md).toContain("`control-link-down`, group 1");
  });

  it("keeps long tables short: baseline and notable rows only", () => {
    const big = simulate(clean, defaultScenarios(clean, 2));
    const text = emitSimulationMarkdown(big, PLAIN);
    const rows = text.split("\n").filter((l) => l.startsWith("| `"));
    expect(rows.length).toBeLessThanOrEqual(200);
    expect(text).toContain("rows are not shown");
  });
});
