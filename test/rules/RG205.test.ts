import { groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

const TRACKS = [
  "track 10 ip sla 10 reachability",
  "ip sla 10",
  " icmp-echo 198.51.100.1 source-interface TenGigabitEthernet0/0/1",
  "interface TenGigabitEthernet0/0/1",
  " ip address 198.51.100.2 255.255.255.248",
];

testRule("RG205", "error", [
  {
    name: "group tracks an object no `track` defines: at the group's track line",
    a: groupsConfig(
      "edge-a",
      [{ id: 1, body: ["priority 150", "track 10 decrement 60", "track 30 decrement 60"] }],
      TRACKS,
    ),
    expected: [{ side: "a", line: 8, messageIncludes: ["edge-a", "track 30"] }],
  },
  {
    name: "`track N shutdown` too, on each chassis",
    a: groupsConfig("edge-a", [{ id: 1, body: ["track 2 shutdown"] }]),
    b: groupsConfig("edge-b", [{ id: 1, body: ["track 2 shutdown"] }]),
    expected: [
      { side: "a", line: 6 },
      { side: "b", line: 6 },
    ],
  },
  {
    name: "an out-of-range number is left to RG207",
    a: groupsConfig("edge-a", [{ id: 1, body: ["track 1001 decrement 10"] }]),
    expected: [],
  },
  {
    name: "defined objects: no finding",
    a: groupsConfig("edge-a", [{ id: 1, body: ["priority 150", "track 10 decrement 60"] }], TRACKS),
    expected: [],
  },
]);
