import { cfg, groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

const VOICE = ["voice service voip", " redundancy-group 1"];

testRule("RG203", "warning", [
  {
    name: "both configure priority 100: at B's priority line, A's related",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 100"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["preempt", "priority 100"] }]),
    expected: [
      {
        side: "b",
        line: 7,
        related: [{ side: "a", line: 7 }],
        messageIncludes: ["edge-b", "edge-a", "group 1"],
      },
    ],
  },
  {
    name: "neither configures a priority: both run the default, at the group lines",
    a: groupsConfig("edge-a", [{ id: 1 }]),
    b: groupsConfig("edge-b", [{ id: 1 }]),
    expected: [{ side: "b", line: 4, related: [{ side: "a", line: 4 }], messageIncludes: ["default"] }],
  },
  {
    name: "explicit 100 against the default 100 is a tie",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["preempt", "priority 100 failover threshold 60"] }]),
    expected: [{ side: "b", line: 7, related: [{ side: "a", line: 4 }] }],
  },
  {
    name: "one finding per tied group",
    a: groupsConfig("edge-a", [
      { id: 1, body: ["priority 150"] },
      { id: 2, body: ["priority 120"] },
    ]),
    b: groupsConfig("edge-b", [
      { id: 1, body: ["priority 100"] },
      { id: 2, body: ["priority 120"] },
    ]),
    expected: [{ side: "b", line: 11, related: [{ side: "a", line: 11 }] }],
  },
  {
    name: "CUBE pair (redundancy-group on either chassis): left to RG211",
    a: groupsConfig("cube-1", [{ id: 1, body: ["priority 100 failover threshold 75"] }], VOICE),
    b: groupsConfig("cube-2", [{ id: 1, body: ["priority 100 failover threshold 75"] }]),
    expected: [],
  },
  {
    name: "different priorities: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["preempt", "priority 150 failover threshold 100"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["preempt", "priority 100 failover threshold 60"] }]),
    expected: [],
  },
  {
    name: "a group on one chassis only is not a tie (RG201)",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 100"] }]),
    b: cfg("hostname edge-b"),
    expected: [],
  },
]);
