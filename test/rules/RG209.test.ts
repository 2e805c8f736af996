import { groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG209", "note", [
  {
    name: "hyphenated failover-threshold: at the priority line, with the normalized form",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 120 failover-threshold 80"] }]),
    expected: [{ side: "a", line: 7, messageIncludes: ["edge-a", "`priority 120 failover threshold 80`"] }],
  },
  {
    name: "on each chassis",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 120 failover-threshold 80"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100 failover-threshold 60"] }]),
    expected: [
      { side: "a", line: 6 },
      { side: "b", line: 6 },
    ],
  },
  {
    name: "current two-word form: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 120 failover threshold 80"] }]),
    expected: [],
  },
]);
