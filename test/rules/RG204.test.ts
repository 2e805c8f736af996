import { groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG204", "note", [
  {
    name: "preempt on A only: at A's preempt line, B's group line related",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 150 failover threshold 100"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100 failover threshold 60"] }]),
    expected: [
      {
        side: "a",
        line: 6,
        related: [{ side: "b", line: 4 }],
        messageIncludes: ["edge-a", "edge-b", "preempt"],
      },
    ],
  },
  {
    name: "preempt on B only: at B's preempt line",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 100 failover threshold 60"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 150 failover threshold 100", "preempt"] }]),
    expected: [{ side: "b", line: 7, related: [{ side: "a", line: 4 }] }],
  },
  {
    name: "one finding per group",
    a: groupsConfig("edge-a", [
      { id: 1, body: ["preempt", "priority 150"] },
      { id: 2, body: ["priority 100"] },
    ]),
    b: groupsConfig("edge-b", [
      { id: 1, body: ["preempt", "priority 100"] },
      { id: 2, body: ["preempt", "priority 150"] },
    ]),
    // b: group 1 spans 4–9, group 2 starts at 10, its preempt at 12.
    expected: [{ side: "b", line: 12, related: [{ side: "a", line: 10 }] }],
  },
  {
    name: "preempt on both: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 150"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["preempt", "priority 100"] }]),
    expected: [],
  },
  {
    name: "preempt on neither: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 150"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100"] }]),
    expected: [],
  },
]);
