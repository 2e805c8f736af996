import { groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG208", "warning", [
  {
    name: "different timers lines: at B's timers line, A's related",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 150", "timers delay 30 reload 60"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100", "timers delay 10 reload 20"] }]),
    expected: [
      {
        side: "b",
        line: 7,
        related: [{ side: "a", line: 7 }],
        messageIncludes: ["edge-b", "edge-a", "delay 10 s"],
      },
    ],
  },
  {
    name: "B runs the defaults: at B's group line",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 150", "timers delay 10 reload 20"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100"] }]),
    expected: [{ side: "b", line: 4, related: [{ side: "a", line: 7 }], messageIncludes: ["(default)"] }],
  },
  {
    name: "A runs the defaults: A's group line is related",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 150"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100", "timers delay 30 reload 90"] }]),
    expected: [{ side: "b", line: 7, related: [{ side: "a", line: 4 }] }],
  },
  {
    name: "only reload differs",
    a: groupsConfig("edge-a", [{ id: 1, body: ["timers delay 30"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["timers delay 30 reload 120"] }]),
    expected: [{ side: "b", line: 6, related: [{ side: "a", line: 6 }] }],
  },
  {
    name: "explicit values equal to the defaults compare equal to no timers line",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 150", "timers delay 30 reload 60"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100"] }]),
    expected: [],
  },
  {
    name: "same timers: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["timers delay 10 reload 20"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["timers delay 10 reload 20"] }]),
    expected: [],
  },
]);
