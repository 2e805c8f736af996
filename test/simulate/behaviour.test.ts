/**
 * One test per behaviour of the simulation model (rules-catalog.md, "Simulation model"), each
 * worked out by hand on a small pair: protocol 1 runs `timers hellotime 1 holdtime 3`, the LAN
 * interface GigabitEthernet0/0/1 carries group 1 with `decrement 60`, and track 10 (where used)
 * watches the uplink GigabitEthernet0/0/2.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import {
  assumptionIds,
  type ChassisSpec,
  chassisConfig,
  outcome,
  simulateTexts,
  TRACK_UPLINK,
} from "./pair-builder.js";

const A = (group1: string[], more: Partial<ChassisSpec> = {}): string =>
  chassisConfig({ hostname: "edge-a", host: 1, group1, global: TRACK_UPLINK, ...more });
const B = (group1: string[], more: Partial<ChassisSpec> = {}): string =>
  chassisConfig({ hostname: "edge-b", host: 2, group1, global: TRACK_UPLINK, ...more });

function findings(a: string, b: string, ruleId: string) {
  return analyze([
    { file: "a.cfg", content: a },
    { file: "b.cfg", content: b },
  ]).findings.filter((f) => f.ruleId === ruleId);
}

describe("preempt switchover after a track decrement", () => {
  // A 150 (no threshold, no preempt), B 100 with preempt. Track 10 down on A: 150 − 60 = 90 < 100,
  // so B takes the group over on priority, with A's next hello (1 s).
  const a = A(["priority 150", "track 10 decrement 60"]);
  const b = B(["preempt", "priority 100", "track 10 decrement 60"]);
  const sim = simulateTexts(a, b);

  it("moves the group to B after the hellotime", () => {
    const o = outcome(sim, "track-down:a:10");
    expect(o.before).toEqual({ a: "ACTIVE", b: "STANDBY" });
    expect(o.after).toEqual({ a: "STANDBY", b: "ACTIVE" });
    expect(o.runtimePriority).toEqual({ a: 90, b: 100 });
    expect(o.switchover).toBe(true);
    expect(o.blackHole).toBe(false);
    expect(o.switchoverAfterMs).toBe(1000);
    expect(o.evidence.trigger).toBe("preempt");
    expect(o.natStateful).toBeNull();
    expect(o.httpStateful).toBeNull();
  });

  it("names the decrement and the peer's preempt line in its reasons", () => {
    const text = outcome(sim, "track-down:a:10").reasons.join(" ");
    expect(text).toContain("`track 10 decrement 60` (edge-a line 9)");
    expect(text).toContain("edge-b has `preempt` (edge-b line 8)");
    expect(text).toContain("drops from 150 to 90");
  });

  it("has no failback: A, the preferred chassis, has no preempt", () => {
    expect(outcome(sim, "track-down:a:10").failback).toBeNull();
  });

  it("relies on the preempt and hello-timing assumptions and lists them", () => {
    expect(assumptionIds(sim)).toEqual(
      expect.arrayContaining(["preempt-on-taker", "hello-driven-switchover"]),
    );
  });
});

describe("the same fault without preempt on the taking-over chassis", () => {
  const a = A(["priority 150", "track 10 decrement 60"]);
  const b = B(["priority 100", "track 10 decrement 60"]);

  it("leaves A active with its uplink down: a black hole", () => {
    const o = outcome(simulateTexts(a, b), "track-down:a:10");
    expect(o.after).toEqual({ a: "ACTIVE", b: "STANDBY" });
    expect(o.runtimePriority).toEqual({ a: 90, b: 100 });
    expect(o.switchover).toBe(false);
    expect(o.blackHole).toBe(true);
    expect(o.switchoverAfterMs).toBeNull();
    expect(o.reasons.join(" ")).toContain("no `preempt` in group 1 (edge-b line 6)");
  });

  it("is reported by RG901 at B's group (it lacks preempt), with A's priority line related", () => {
    const rg901 = findings(a, b, "RG901");
    const forTrack = rg901.filter((f) => f.fingerprint === "RG901:group=1:scenario=track-down:a:10");
    expect(forTrack).toHaveLength(1);
    expect(forTrack[0]!.side).toBe("b");
    expect(forTrack[0]!.location.line).toBe(6);
    expect(forTrack[0]!.related.map((r) => [r.location.file, r.location.line])).toEqual([["a.cfg", 8]]);
  });

  it("is not a black hole when the fault hits the standby", () => {
    const o = outcome(simulateTexts(a, b), "track-down:b:10");
    expect(o.after).toEqual({ a: "ACTIVE", b: "STANDBY" });
    expect(o.runtimePriority).toEqual({ a: 150, b: 40 });
    expect(o.blackHole).toBe(false);
  });
});

describe("threshold-driven switchover without preempt", () => {
  // A 150 with threshold 100, no preempt anywhere: 150 − 60 = 90 < 100, A gives the group up.
  const a = A(["priority 150 failover threshold 100", "track 10 decrement 60"]);
  const b = B(["priority 100", "track 10 decrement 60"]);
  const sim = simulateTexts(a, b);

  it("switches over on the threshold after the hellotime, for the tracked object and for the interface", () => {
    for (const id of [
      "track-down:a:10",
      "interface-down:a:GigabitEthernet0/0/1",
      "interface-down:a:GigabitEthernet0/0/2",
    ]) {
      const o = outcome(sim, id);
      expect(o.after, id).toEqual({ a: "STANDBY", b: "ACTIVE" });
      expect(o.runtimePriority.a, id).toBe(90);
      expect(o.switchover, id).toBe(true);
      expect(o.evidence.trigger, id).toBe("threshold");
      expect(o.switchoverAfterMs, id).toBe(1000);
    }
  });

  it("applies the threshold strictly: 90 with threshold 90 does not switch over", () => {
    const equal = simulateTexts(A(["priority 150 failover threshold 90", "track 10 decrement 60"]), b);
    const o = outcome(equal, "track-down:a:10");
    expect(o.runtimePriority.a).toBe(90);
    expect(o.switchover).toBe(false);
    expect(o.blackHole).toBe(true);
    expect(assumptionIds(equal)).toContain("threshold-strictly-below");
  });
});

describe("track … shutdown", () => {
  const a = A(["preempt", "priority 150", "track 10 shutdown"]);
  const b = B(["priority 100"]);
  const sim = simulateTexts(a, b);

  it("takes the group out of the election on A (INIT) and B becomes active with the next hello", () => {
    for (const id of ["track-down:a:10", "interface-down:a:GigabitEthernet0/0/2"]) {
      const o = outcome(sim, id);
      expect(o.after, id).toEqual({ a: "INIT", b: "ACTIVE" });
      expect(o.runtimePriority, id).toEqual({ a: 150, b: 100 });
      expect(o.switchover, id).toBe(true);
      expect(o.evidence.trigger, id).toBe("track-shutdown");
      expect(o.switchoverAfterMs, id).toBe(1000);
      // A comes back after the default `timers delay` (30 s) and preempts with its next hello.
      expect(o.failback, id).toEqual({ active: "a", afterMs: 31_000 });
    }
    expect(assumptionIds(sim)).toEqual(
      expect.arrayContaining(["track-shutdown-init", "track-shutdown-timing"]),
    );
  });
});

describe("rg-reload", () => {
  const a = A(["preempt", "priority 150", "timers delay 10 reload 20"]);
  const b = B(["priority 100", "timers delay 10 reload 20"]);
  const sim = simulateTexts(a, b);

  it("hands the group over immediately and fails back after `timers delay` and a hello", () => {
    const o = outcome(sim, "rg-reload:a:1");
    expect(o.after).toEqual({ a: "INIT", b: "ACTIVE" });
    expect(o.switchover).toBe(true);
    expect(o.switchoverAfterMs).toBe(0);
    expect(o.failback).toEqual({ active: "a", afterMs: 11_000 });
  });

  it("on the standby re-initializes the group there and moves nothing", () => {
    const o = outcome(sim, "rg-reload:b:1");
    expect(o.after).toEqual({ a: "ACTIVE", b: "INIT" });
    expect(o.switchover).toBe(false);
    expect(o.blackHole).toBe(false);
    expect(assumptionIds(sim)).toContain("rg-reload-on-standby");
  });
});

describe("reload: detection of the lost peer", () => {
  const group = ["preempt", "priority 150"];

  it("after the holdtime when BFD has no interface timers (3 s)", () => {
    const sim = simulateTexts(A(group), B(["priority 100"]));
    const o = outcome(sim, "reload:a");
    expect(o.after).toEqual({ a: "DOWN", b: "ACTIVE" });
    expect(o.runtimePriority).toEqual({ a: null, b: 100 });
    expect(o.switchoverAfterMs).toBe(3000);
    expect(o.evidence.trigger).toBe("peer-lost");
    expect(assumptionIds(sim)).toContain("bfd-without-interface-timers");
  });

  it("after the holdtime with `no bfd`, without the BFD assumption", () => {
    const protocol = ["timers hellotime 1 holdtime 3", "no bfd"];
    const sim = simulateTexts(A(group, { protocol }), B(["priority 100"], { protocol }));
    expect(outcome(sim, "reload:a").switchoverAfterMs).toBe(3000);
    expect(assumptionIds(sim)).not.toContain("bfd-without-interface-timers");
    expect(assumptionIds(sim)).not.toContain("bfd-detection");
  });

  it("after max(interval, min_rx) × multiplier of the detecting chassis' control interface with BFD", () => {
    // B detects A's reload: max(250, 300) × 4 = 1200 ms (A's own 50/50/3 does not matter).
    const sim = simulateTexts(
      A(group, {
        protocol: ["timers hellotime 1 holdtime 3", "bfd"],
        link: ["bfd interval 50 min_rx 50 multiplier 3"],
      }),
      B(["priority 100"], {
        protocol: ["timers hellotime 1 holdtime 3", "bfd"],
        link: ["bfd interval 250 min_rx 300 multiplier 4"],
      }),
    );
    expect(outcome(sim, "reload:a").switchoverAfterMs).toBe(1200);
    expect(outcome(sim, "reload:a").reasons.join(" ")).toContain("max(250, 300) × 4");
    expect(assumptionIds(sim)).toContain("bfd-detection");
  });

  it("of the standby changes no role", () => {
    const o = outcome(simulateTexts(A(group), B(["priority 100"])), "reload:b");
    expect(o.after).toEqual({ a: "ACTIVE", b: "DOWN" });
    expect(o.switchover).toBe(false);
    expect(o.failback).toBeNull();
  });
});

describe("control link down", () => {
  it("makes the standby active too after the detection time: dual-active", () => {
    const sim = simulateTexts(
      A(["preempt", "priority 150 failover threshold 100"]),
      B(["preempt", "priority 100"], { link: ["bfd interval 100 min_rx 100 multiplier 3"] }),
    );
    const o = outcome(sim, "control-link-down");
    expect(o.before).toEqual({ a: "ACTIVE", b: "STANDBY" });
    expect(o.after).toEqual({ a: "ACTIVE", b: "ACTIVE" });
    expect(o.dualActive).toBe(true);
    expect(o.switchover).toBe(false);
    expect(o.switchoverAfterMs).toBe(300);
    // When the link returns, the higher priority keeps the group with the next hello [NF].
    expect(o.failback).toEqual({ active: "a", afterMs: 1000 });
    expect(assumptionIds(sim)).toContain("dual-active-resolution");
  });

  it("is dual-active from the start when the control interface is shut down", () => {
    const sim = simulateTexts(A(["priority 150"], { link: ["shutdown"] }), B(["priority 100"]));
    const o = outcome(sim, "baseline");
    expect(o.before).toEqual({ a: "ACTIVE", b: "ACTIVE" });
    expect(o.dualActive).toBe(true);
    expect(o.reasons.join(" ")).toContain("Port-channel1 is shut down on edge-a");
  });
});

const NAT = (mappingId: number, http: boolean): string[] => [
  "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 netmask 255.255.255.240",
  ...(http ? ["ip nat switchover replication http"] : []),
  `ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id ${mappingId} overload`,
  "ip access-list standard NAT-G1",
  " 10 permit 10.10.1.0 0.0.0.255",
  "!",
];

describe("data link down", () => {
  const a = A(["preempt", "priority 150"], { global: NAT(11, true) });
  const b = B(["priority 100"], { global: NAT(11, true) });
  const sim = simulateTexts(a, b, ["reload:a", "data-link-down", "data-link-down+reload:a"]);

  it("keeps the roles but the group is no longer stateful", () => {
    const o = outcome(sim, "data-link-down");
    expect(o.after).toEqual({ a: "ACTIVE", b: "STANDBY" });
    expect(o.switchover).toBe(false);
    expect(o.natStateful).toBe(false);
    expect(o.httpStateful).toBe(false);
    expect(o.reasons.join(" ")).toContain("state sync stops");
  });

  it("makes a later switchover stateless, where the same switchover alone keeps state", () => {
    expect(outcome(sim, "reload:a").natStateful).toBe(true);
    // Asked as `data-link-down+reload:a`, named in the catalogue's order.
    const both = outcome(sim, "reload:a+data-link-down");
    expect(both.switchover).toBe(true);
    expect(both.natStateful).toBe(false);
    expect(both.httpStateful).toBe(false);
  });
});

describe("priority tie", () => {
  const a = A(["preempt", "priority 100"]);
  const b = B(["preempt", "priority 100"]);
  const sim = simulateTexts(a, b);

  it("leaves the start undetermined", () => {
    const o = outcome(sim, "baseline");
    expect(o.undetermined).toBe(true);
    expect(o.before).toEqual({ a: null, b: null });
    expect(o.after).toEqual({ a: null, b: null });
    expect(o.reasons.join(" ")).toContain("came up first");
    expect(assumptionIds(sim)).toContain("priority-tie");
  });

  it("keeps what every start agrees on: after a reload of A, B is active either way", () => {
    const o = outcome(sim, "reload:a");
    expect(o.undetermined).toBe(true);
    expect(o.after).toEqual({ a: "DOWN", b: "ACTIVE" });
    expect(o.switchover).toBe(false); // only if A was active
    expect(o.reasons.some((r) => r.startsWith("If edge-a is active before the fault:"))).toBe(true);
  });
});

describe("failback after a reload", () => {
  const b = B(["priority 100", "timers delay 10 reload 20"]);

  it("with preempt on the preferred chassis: back after `timers reload` and a hello", () => {
    const sim = simulateTexts(A(["preempt", "priority 150", "timers delay 10 reload 20"]), b);
    expect(outcome(sim, "reload:a").failback).toEqual({ active: "a", afterMs: 21_000 });
  });

  it("without preempt: the group stays on B", () => {
    const sim = simulateTexts(A(["priority 150", "timers delay 10 reload 20"]), b);
    const o = outcome(sim, "reload:a");
    expect(o.failback).toBeNull();
    expect(o.reasons.join(" ")).toContain("stays on edge-b: edge-a has no `preempt`");
  });
});

describe("NAT and HTTP statefulness", () => {
  const group = ["preempt", "priority 150"];

  it("is stateful with paired dynamic rules and HTTP replication on both", () => {
    const o = outcome(
      simulateTexts(A(group, { global: NAT(11, true) }), B(["priority 100"], { global: NAT(11, true) })),
      "reload:a",
    );
    expect(o.switchover).toBe(true);
    expect(o.natStateful).toBe(true);
    expect(o.httpStateful).toBe(true);
  });

  it("loses NAT (and so HTTP) sessions when the rule's mapping-id differs", () => {
    const o = outcome(
      simulateTexts(A(group, { global: NAT(11, true) }), B(["priority 100"], { global: NAT(12, true) })),
      "reload:a",
    );
    expect(o.natStateful).toBe(false);
    expect(o.httpStateful).toBe(false);
    expect(o.evidence.nat?.unpaired.map((u) => u.side)).toEqual(["a", "b"]);
  });

  it("loses only HTTP sessions when one chassis lacks `ip nat switchover replication http`", () => {
    const o = outcome(
      simulateTexts(A(group, { global: NAT(11, true) }), B(["priority 100"], { global: NAT(11, false) })),
      "reload:a",
    );
    expect(o.natStateful).toBe(true);
    expect(o.httpStateful).toBe(false);
    expect(o.evidence.nat?.httpMissingOn).toEqual(["b"]);
  });

  it("is null for a group without NAT, and stateful for static rules only", () => {
    expect(outcome(simulateTexts(A(group), B(["priority 100"])), "reload:a").natStateful).toBeNull();
    const statics = [
      "ip nat switchover replication http",
      "ip nat inside source static 10.10.1.10 203.0.113.49 redundancy 1 mapping-id 101",
      "!",
    ];
    const o = outcome(
      simulateTexts(A(group, { global: statics }), B(["priority 100"], { global: statics })),
      "reload:a",
    );
    expect(o.natStateful).toBe(true);
    expect(o.httpStateful).toBe(true);
  });
});

describe("objects down from the start", () => {
  it("a track whose interface does not exist lowers the priority from the start", () => {
    const sim = simulateTexts(
      A(["priority 150", "track 10 decrement 60"], {
        global: ["track 10 interface GigabitEthernet0/0/9 line-protocol"],
      }),
      B(["priority 100"]),
    );
    const o = outcome(sim, "baseline");
    expect(o.runtimePriority).toEqual({ a: 90, b: 100 });
    expect(o.before).toEqual({ a: "STANDBY", b: "ACTIVE" });
    expect(assumptionIds(sim)).toContain("missing-track-target-down");
    // No scenario for an interface that does not exist, nor for the object (it is already down).
    expect(sim.scenarios.map((s) => s.id)).toContain("track-down:a:10");
    expect(sim.scenarios.map((s) => s.id)).not.toContain("interface-down:a:GigabitEthernet0/0/9");
  });

  it("an undefined track object counts as down from the start", () => {
    const sim = simulateTexts(
      A(["priority 150", "track 11 decrement 60"], { global: [] }),
      B(["priority 100"]),
    );
    expect(outcome(sim, "baseline").runtimePriority.a).toBe(90);
    expect(sim.scenarios.map((s) => s.id)).not.toContain("track-down:a:11");
    expect(assumptionIds(sim)).toContain("undefined-track-down");
  });

  it("decrements add up and the runtime priority stops at 0", () => {
    const sim = simulateTexts(
      A(["priority 100", "track 10 decrement 80"], {
        lan: ["redundancy group 1 ip 10.10.1.1 exclusive decrement 50"],
        global: ["track 10 interface GigabitEthernet0/0/1 line-protocol"],
      }),
      B(["priority 50"]),
    );
    const o = outcome(sim, "interface-down:a:GigabitEthernet0/0/1");
    expect(o.runtimePriority.a).toBe(0);
    expect(assumptionIds(sim)).toEqual(
      expect.arrayContaining(["additive-decrements", "priority-floor-zero"]),
    );
  });
});

describe("rules that hand the group back and forth", () => {
  it("are undetermined: A falls below its threshold but preempts back at the higher priority", () => {
    // A 150/100 with preempt, B runs at 40 (an undefined track): A drops to 90 < 100 and gives
    // the group to B, then 90 > 40 with preempt takes it back, and so on.
    const sim = simulateTexts(
      A(["preempt", "priority 150 failover threshold 100", "track 10 decrement 60"]),
      B(["preempt", "priority 100 failover threshold 60", "track 11 decrement 60"]),
    );
    const o = outcome(sim, "track-down:a:10");
    expect(o.runtimePriority).toEqual({ a: 90, b: 40 });
    expect(o.undetermined).toBe(true);
    expect(o.after).toEqual({ a: null, b: null });
    expect(o.reasons.join(" ")).toContain("back and forth");
  });
});
