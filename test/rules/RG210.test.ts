import { cfg, groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG210", "error", [
  {
    name: "track on a missing interface: at the track object, the group's track line related",
    a: groupsConfig(
      "b2bred1",
      [{ id: 1, body: ["priority 100 failover threshold 75", "track 1 shutdown", "track 2 shutdown"] }],
      [
        "track 1 interface Port-channel1 line-protocol", // 11
        "track 2 interface GigabitEthernet0/0/1 line-protocol", // 12
        "interface Port-channel1",
        " ip address 10.1.20.115 255.255.255.0",
      ],
    ),
    expected: [
      {
        side: "a",
        line: 12,
        related: [{ side: "a", line: 8 }],
        messageIncludes: ["b2bred1", "GigabitEthernet0/0/1", "never comes up"],
      },
    ],
  },
  {
    name: "track on a missing IP SLA operation, used by two groups",
    a: groupsConfig(
      "edge-a",
      [
        { id: 1, body: ["priority 150", "track 10 decrement 60"] },
        { id: 2, body: ["priority 100", "track 10 decrement 60"] },
      ],
      ["track 10 ip sla 10 reachability"], // 16
    ),
    expected: [
      {
        side: "a",
        line: 16,
        related: [
          { side: "a", line: 7 },
          { side: "a", line: 13 },
        ],
        messageIncludes: ["IP SLA operation 10", "60 below its priority"],
      },
    ],
  },
  {
    name: "abbreviated interface name in the track matches the full interface name",
    a: groupsConfig(
      "edge-a",
      [{ id: 1, body: ["track 2 shutdown"] }],
      [
        "track 2 interface Gi0/0/1 line-protocol",
        "interface GigabitEthernet0/0/1",
        " ip address 198.51.100.2 255.255.255.0",
      ],
    ),
    expected: [],
  },
  {
    name: "a track no group uses is not checked",
    a: groupsConfig(
      "edge-a",
      [{ id: 1, body: ["priority 150"] }],
      ["track 5 interface GigabitEthernet0/0/9 line-protocol"],
    ),
    expected: [],
  },
  {
    name: "existing targets: no finding",
    a: cfg(
      "hostname edge-a",
      "track 10 ip sla 10 reachability",
      "track 30 interface TenGigabitEthernet0/0/1 line-protocol",
      "ip sla 10",
      " icmp-echo 198.51.100.1 source-interface TenGigabitEthernet0/0/1",
      "interface TenGigabitEthernet0/0/1",
      " ip address 198.51.100.2 255.255.255.248",
      "redundancy",
      " application redundancy",
      "  group 1",
      "   track 10 decrement 60",
      "   track 30 decrement 60",
    ),
    expected: [],
  },
]);
