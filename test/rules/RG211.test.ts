import { groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

const VOICE = ["voice service voip", " allow-connections sip to sip", " redundancy-group 1"];

testRule("RG211", "error", [
  {
    name: "CUBE pair with different priorities (Cisco's C8000V example): at B's priority line, A's related",
    a: groupsConfig("cube-1", [{ id: 1, body: ["priority 125 failover threshold 75"] }], VOICE),
    b: groupsConfig("cube-2", [{ id: 1, body: ["priority 100 failover threshold 75"] }], VOICE),
    expected: [
      {
        side: "b",
        line: 6,
        related: [{ side: "a", line: 6 }],
        messageIncludes: ["cube-2", "cube-1", "same priority"],
      },
    ],
  },
  {
    name: "only the threshold differs",
    a: groupsConfig("cube-1", [{ id: 1, body: ["priority 100 failover threshold 75"] }], VOICE),
    b: groupsConfig("cube-2", [{ id: 1, body: ["priority 100 failover threshold 80"] }], VOICE),
    expected: [
      { side: "b", line: 6, related: [{ side: "a", line: 6 }], messageIncludes: ["same failover threshold"] },
    ],
  },
  {
    name: "a threshold on one router only differs",
    a: groupsConfig("cube-1", [{ id: 1, body: ["priority 100 failover threshold 75"] }], VOICE),
    b: groupsConfig("cube-2", [{ id: 1, body: ["priority 100"] }], VOICE),
    expected: [{ side: "b", line: 6, related: [{ side: "a", line: 6 }] }],
  },
  {
    name: "`redundancy-group` on one chassis is enough to make it a CUBE pair; a default priority is at the group line",
    a: groupsConfig("cube-1", [{ id: 1, body: ["priority 125 failover threshold 75"] }], VOICE),
    b: groupsConfig("cube-2", [{ id: 1, body: ["preempt"] }]),
    expected: [{ side: "b", line: 4, related: [{ side: "a", line: 6 }] }],
  },
  {
    name: "equal priority and threshold: no finding",
    a: groupsConfig("cube-1", [{ id: 1, body: ["priority 100 failover threshold 75"] }], VOICE),
    b: groupsConfig("cube-2", [{ id: 1, body: ["priority 100 failover threshold 75"] }], VOICE),
    expected: [],
  },
  {
    name: "not a CUBE pair: no finding (different priorities are the normal design)",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 150 failover threshold 100"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["priority 100 failover threshold 60"] }]),
    expected: [],
  },
]);
