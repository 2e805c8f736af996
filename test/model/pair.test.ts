import { describe, expect, it } from "vitest";
import { buildPair, matchByKey } from "../../src/model/pair.js";
import { FIELD_POLICIES, fieldPolicy, fieldsWithPolicy } from "../../src/model/policy.js";
import { build, lines } from "./helpers.js";

const A = lines(
  "hostname edge-a",
  "redundancy",
  " application redundancy",
  "  group 1",
  "   priority 150 failover threshold 100",
  "  group 2",
  "  protocol 1",
  "   timers hellotime 1 holdtime 3",
  "interface Te0/0/0.100",
  " ip address 10.10.1.2 255.255.255.0",
  " redundancy rii 101",
  " redundancy group 1 ip 10.10.1.1 exclusive",
  "interface Te0/0/0.110",
  " redundancy rii 102",
  "interface Te0/0/0.120",
  " redundancy rii 120",
  "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 11 overload",
  "ip nat inside source static 10.10.1.11 203.0.113.50 redundancy 1 mapping-id 102",
);

const B = lines(
  "hostname edge-b",
  "redundancy",
  " application redundancy",
  "  group 1",
  "   priority 100 failover threshold 60",
  "  group 3",
  "interface TenGigabitEthernet0/0/0.100",
  " ip address 10.10.1.3 255.255.255.0",
  " redundancy rii 101",
  " redundancy group 1 ip 10.10.1.1 exclusive",
  "interface Te0/0/0.112",
  " redundancy rii 112",
  "interface Te0/0/0.121",
  " redundancy rii 120",
  "ip nat inside source static 10.10.1.11 203.0.113.50 mapping-id 112 redundancy 1",
  "ip nat inside source list NAT-G1 pool POOL-G1 overload redundancy 1 mapping-id 11",
);

describe("buildPair", () => {
  const a = build(A, "a.cfg");
  const b = build(B, "b.cfg");
  const pair = buildPair(a, b);

  it("matches interfaces by RII, whatever their names, keeping both sides", () => {
    expect(pair.interfacesByRii.map((m) => [m.key, m.a?.name ?? null, m.b?.name ?? null])).toEqual([
      ["101", "TenGigabitEthernet0/0/0.100", "TenGigabitEthernet0/0/0.100"],
      ["102", "TenGigabitEthernet0/0/0.110", null],
      ["112", null, "TenGigabitEthernet0/0/0.112"],
      ["120", "TenGigabitEthernet0/0/0.120", "TenGigabitEthernet0/0/0.121"],
    ]);
    const m = pair.interfacesByRii[0]!;
    expect(m.a?.location.file).toBe("a.cfg");
    expect(m.b?.location.file).toBe("b.cfg");
  });

  it("matches groups and protocols by number", () => {
    expect(pair.groups.map((m) => [m.key, m.a?.priority.value ?? null, m.b?.priority.value ?? null])).toEqual(
      [
        ["1", 150, 100],
        ["2", 100, null],
        ["3", null, 100],
      ],
    );
    expect(pair.protocols.map((m) => [m.key, m.a !== null, m.b !== null])).toEqual([["1", true, false]]);
  });

  it("matches NAT rules by identity, independent of keyword order and mapping-id", () => {
    expect(pair.natRules).toHaveLength(2);
    const staticMatch = pair.natRules.find((m) => m.key.includes("static"))!;
    expect(staticMatch.a?.mappingId?.value).toBe(102);
    expect(staticMatch.b?.mappingId?.value).toBe(112);
    expect(pair.natRules.every((m) => m.a !== null && m.b !== null)).toBe(true);
  });

  it("pairs repeated keys without losing any item and without a null side when the key exists on both", () => {
    const ms = matchByKey(["rii5-first", "rii5-second"], ["rii5-peer"], (s) => s.slice(0, 4));
    expect(ms).toEqual([
      { key: "rii5", a: "rii5-first", b: "rii5-peer" },
      { key: "rii5", a: "rii5-second", b: "rii5-peer" },
    ]);
  });

  it("matches by maps: 5000 interfaces per side pair up one to one", () => {
    const many = (offset: number) =>
      Array.from(
        { length: 5000 },
        (_, i) => `interface Gi0/0/${i + offset}\n redundancy rii ${i + 1}\n`,
      ).join("");
    const big = buildPair(build(many(0)), build(many(1)));
    expect(big.interfacesByRii).toHaveLength(5000);
    expect(big.interfacesByRii.every((m) => m.a !== null && m.b !== null)).toBe(true);
  });
});

describe("FIELD_POLICIES", () => {
  it("marks the fields meant to differ per chassis", () => {
    for (const f of ["priority", "failoverThreshold", "preempt"] as const)
      expect(fieldPolicy("group", f)).toBe("per-chassis");
    for (const f of ["ipv4", "ipv4Secondary", "ipv6", "description"] as const) {
      expect(fieldPolicy("interface", f)).toBe("per-chassis");
    }
    expect(fieldPolicy("chassis", "hostname")).toBe("per-chassis");
  });

  it("requires the shared settings to match", () => {
    expect(fieldsWithPolicy("group", "must-match")).toEqual([
      "id",
      "name",
      "tracks",
      "delayMs",
      "reloadMs",
      "control",
      "data",
      "asymmetricRouting",
      "shutdown",
    ]);
    expect(fieldPolicy("protocol", "authentication")).toBe("must-match");
    expect(fieldPolicy("interface", "groups")).toBe("must-match");
    expect(fieldPolicy("natRule", "mappingId")).toBe("must-match");
  });

  it("never compares locations", () => {
    for (const table of Object.values(FIELD_POLICIES)) {
      for (const [field, policy] of Object.entries(table)) {
        if (/location/i.test(field)) expect(policy).toBe("local");
      }
    }
  });
});
