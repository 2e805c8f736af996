/**
 * Faults that reach only part of a pair: a group the fault cannot reach keeps its start outcome,
 * and faults with the same effect on a group (here, the down of either of two subinterfaces with
 * the same decrement) tell the same story but each names its own interface. A has group 1 at
 * 150 (B 100 with preempt) and group 2 at 100 (B 150 with preempt); GigabitEthernet0/0/3 lowers
 * group 2 by 5, its subinterfaces .10 and .20 lower group 1 by 10 each.
 */
import { describe, expect, it } from "vitest";
import { type ChassisSpec, chassisConfig, outcome, simulateTexts } from "./pair-builder.js";

const SUBINTERFACES = [
  "interface GigabitEthernet0/0/3",
  " no ip address",
  " redundancy group 2 decrement 5",
  "!",
  "interface GigabitEthernet0/0/3.10",
  " encapsulation dot1Q 10",
  " redundancy group 1 decrement 10",
  "!",
  "interface GigabitEthernet0/0/3.20",
  " encapsulation dot1Q 20",
  " redundancy group 1 decrement 10",
  "!",
];
const chassis = (spec: Omit<ChassisSpec, "global">) => chassisConfig({ ...spec, global: SUBINTERFACES });
const a = chassis({ hostname: "edge-a", host: 1, group1: ["priority 150"], group2: ["priority 100"] });
const b = chassis({
  hostname: "edge-b",
  host: 2,
  group1: ["preempt", "priority 100"],
  group2: ["preempt", "priority 150"],
});
const sim = simulateTexts(a, b);
const SUB10 = "interface-down:a:GigabitEthernet0/0/3.10";
const SUB20 = "interface-down:a:GigabitEthernet0/0/3.20";
const PARENT = "interface-down:a:GigabitEthernet0/0/3";

describe("a fault on a subinterface of one group", () => {
  it("leaves the other group as in any scenario that fails nothing of it", () => {
    const untouched = outcome(sim, "interface-down:b:GigabitEthernet0/0/1", 2);
    expect(untouched.reasons).toEqual(["Nothing of group 2 fails."]);
    expect(outcome(sim, SUB10, 2)).toEqual(untouched);
    expect(outcome(sim, SUB20, 2)).toEqual(untouched);
  });

  it("black-holes the group on A, which stays active, naming the interface that failed", () => {
    for (const [id, own, other] of [
      [SUB10, "GigabitEthernet0/0/3.10", "GigabitEthernet0/0/3.20"],
      [SUB20, "GigabitEthernet0/0/3.20", "GigabitEthernet0/0/3.10"],
    ] as const) {
      const o = outcome(sim, id);
      expect(o.after).toEqual({ a: "ACTIVE", b: "STANDBY" });
      expect(o.runtimePriority).toEqual({ a: 140, b: 100 });
      expect(o.blackHole).toBe(true);
      expect(o.evidence.down.a.map((d) => (d.kind === "interface" ? d.interface : null))).toEqual([own]);
      const text = o.reasons.join(" ");
      expect(text).toContain(`drops from 150 to 140: ${own} is down`);
      expect(text).toContain(`edge-a stays active for group 1 although ${own} failed there`);
      expect(text).not.toContain(other);
    }
  });

  it("tells the same story for both subinterfaces, apart from the interface and its line", () => {
    const scrub = (id: string) =>
      outcome(sim, id).reasons.map((r) =>
        r.replace(/GigabitEthernet0\/0\/3\.\d+/g, "IF").replace(/line \d+/g, "line N"),
      );
    expect(scrub(SUB20)).toEqual(scrub(SUB10));
  });
});

describe("a fault on the parent interface", () => {
  it("takes both subinterfaces of group 1 down with it", () => {
    const o = outcome(sim, PARENT);
    expect(o.runtimePriority).toEqual({ a: 130, b: 100 });
    expect(o.evidence.down.a).toMatchObject([
      {
        kind: "interface",
        interface: "GigabitEthernet0/0/3.10",
        fromStart: false,
        viaParent: "GigabitEthernet0/0/3",
      },
      {
        kind: "interface",
        interface: "GigabitEthernet0/0/3.20",
        fromStart: false,
        viaParent: "GigabitEthernet0/0/3",
      },
    ]);
    expect(o.reasons.join(" ")).toContain(
      "edge-a stays active for group 1 although GigabitEthernet0/0/3.10, GigabitEthernet0/0/3.20 failed there",
    );
    expect(sim.assumptions.map((x) => x.id)).toContain("subinterface-follows-parent");
  });

  it("lowers group 2 on A, the standby, by its own decrement", () => {
    const o = outcome(sim, PARENT, 2);
    expect(o.after).toEqual({ a: "STANDBY", b: "ACTIVE" });
    expect(o.runtimePriority).toEqual({ a: 95, b: 150 });
    expect(o.blackHole).toBe(false);
    expect(o.reasons.join(" ")).toContain("edge-a's runtime priority for group 2 drops from 100 to 95");
  });
});
