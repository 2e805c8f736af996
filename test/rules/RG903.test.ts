import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { chassisConfig } from "../simulate/pair-builder.js";
import { testRule } from "./rule-tester.js";

/**
 * Group 1 is `preempt` + `priority 150` on A (lines 8–9) and `priority 100` on B (line 8), so the
 * NAT lines start one line later on A: the pool at 28 (A) / 27 (B), then the replication line
 * when present, then the dynamic rule and the static one.
 */
const nat = (mappingId: number, http: boolean) => [
  "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 netmask 255.255.255.240",
  ...(http ? ["ip nat switchover replication http"] : []),
  `ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id ${mappingId} overload`,
  "ip nat inside source static 10.10.1.10 203.0.113.49 redundancy 1 mapping-id 101",
];
const A = (global: string[]) =>
  chassisConfig({ hostname: "edge-a", host: 1, group1: ["preempt", "priority 150"], global });
const B = (global: string[]) =>
  chassisConfig({ hostname: "edge-b", host: 2, group1: ["priority 100"], global });

testRule("RG903", "warning", [
  {
    name: "HTTP replication on A only: at B's first NAT rule of the group, A's replication line related",
    a: A(nat(11, true)),
    b: B(nat(11, false)),
    expected: [
      {
        side: "b",
        line: 28,
        related: [{ side: "a", line: 29 }],
        messageIncludes: ["Group 1 loses HTTP sessions", "reload:a", "edge-b"],
      },
    ],
  },
  {
    name: "the dynamic rule's mapping-id differs: at A's rule, B's rule related",
    a: A(nat(11, true)),
    b: B(nat(12, true)),
    expected: [
      {
        side: "a",
        line: 30,
        related: [{ side: "b", line: 29 }],
        messageIncludes: ["Group 1 loses NAT sessions", "mapping-id 11", "(and 1 more unpaired dynamic rule"],
      },
    ],
  },
  {
    name: "both causes: one finding each, at A's unpaired dynamic rule (line 29)",
    a: A(nat(11, false)),
    b: B(nat(12, false)),
    expected: [
      { side: "a", line: 29, related: [{ side: "b", line: 28 }], messageIncludes: ["loses"] },
      { side: "a", line: 29, related: [{ side: "b", line: 28 }] },
    ],
  },
  {
    name: "paired rules and replication on both: no finding",
    a: A(nat(11, true)),
    b: B(nat(11, true)),
    expected: [],
  },
  {
    name: "no NAT in the group: no finding",
    a: A([]),
    b: B([]),
    expected: [],
  },
]);

describe("RG903 fingerprints", () => {
  it("name the group, the first stateless switchover and the cause", () => {
    const fingerprints = analyze([
      { file: "a.cfg", content: A(nat(11, false)) },
      { file: "b.cfg", content: B(nat(12, false)) },
    ])
      .findings.filter((f) => f.ruleId === "RG903")
      .map((f) => f.fingerprint)
      .sort();
    expect(fingerprints).toEqual([
      "RG903:group=1:scenario=reload:a:http",
      "RG903:group=1:scenario=reload:a:nat",
    ]);
  });
});
