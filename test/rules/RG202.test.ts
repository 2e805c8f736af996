import { groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG202", "error", [
  {
    name: "threshold above priority: error at the priority line",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 100 failover threshold 120"] }]),
    expected: [{ level: "error", side: "a", line: 7, messageIncludes: ["edge-a", "120", "100"] }],
  },
  {
    name: "threshold equal to priority: warning",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 150 failover threshold 150"] }]),
    expected: [{ level: "warning", side: "a", line: 7 }],
  },
  {
    name: "legacy `failover-threshold` is judged the same way",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 80 failover-threshold 90"] }]),
    expected: [{ level: "error", side: "a", line: 6 }],
  },
  {
    name: "runs on each chassis of a pair, one finding per group",
    a: groupsConfig("edge-a", [
      { id: 1, body: ["priority 150 failover threshold 100"] },
      { id: 2, body: ["priority 100 failover threshold 100"] },
    ]),
    b: groupsConfig("edge-b", [
      { id: 1, body: ["priority 100 failover threshold 200"] },
      { id: 2, body: ["priority 150 failover threshold 100"] },
    ]),
    // a: group 1 at 4..8, group 2 at 9; its priority line is 11.
    expected: [
      { level: "warning", side: "a", line: 11 },
      { level: "error", side: "b", line: 6 },
    ],
  },
  {
    name: "threshold below priority: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 150 failover threshold 100"] }]),
    expected: [],
  },
  {
    name: "no threshold: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 1"] }]),
    expected: [],
  },
]);
