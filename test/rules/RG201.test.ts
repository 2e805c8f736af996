import { cfg, groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

const G1A = { id: 1, body: ["preempt", "priority 150 failover threshold 100"] };
const G1B = { id: 1, body: ["preempt", "priority 100 failover threshold 60"] };
const G2A = { id: 2, body: ["preempt", "priority 100 failover threshold 60"] };
const G2B = { id: 2, body: ["preempt", "priority 150 failover threshold 100"] };

testRule("RG201", "error", [
  {
    name: "group 2 only on chassis A: at A's group line, B's application redundancy related",
    a: groupsConfig("edge-a", [G1A, G2A]),
    b: groupsConfig("edge-b", [G1B]),
    // a: group 1 spans lines 4–9, group 2 starts at 10.
    expected: [
      {
        side: "a",
        line: 10,
        related: [{ side: "b", line: 3 }],
        messageIncludes: ["edge-a", "edge-b", "group 2"],
      },
    ],
  },
  {
    name: "group only on chassis B",
    a: groupsConfig("edge-a", [G2A]),
    b: groupsConfig("edge-b", [G1B, G2B]),
    expected: [{ side: "b", line: 4, related: [{ side: "a", line: 3 }] }],
  },
  {
    name: "peer without any redundancy block: no related location",
    a: groupsConfig("edge-a", [G1A]),
    b: cfg("hostname edge-b", "interface GigabitEthernet0/0/1", " ip address 10.10.1.3 255.255.255.0"),
    expected: [{ side: "a", line: 4, related: [], messageIncludes: ["no `application redundancy`"] }],
  },
  {
    name: "peer with `redundancy` but no `application redundancy`: its `redundancy` line is related",
    a: groupsConfig("edge-a", [G1A]),
    b: cfg("hostname edge-b", "redundancy", " mode none"),
    expected: [{ side: "a", line: 4, related: [{ side: "b", line: 2 }] }],
  },
  {
    name: "both groups on both chassis: no finding",
    a: groupsConfig("edge-a", [G1A, G2A]),
    b: groupsConfig("edge-b", [G1B, G2B]),
    expected: [],
  },
  {
    name: "a single chassis is not checked (pair rule)",
    a: groupsConfig("edge-a", [G1A, G2A]),
    expected: [],
  },
]);
