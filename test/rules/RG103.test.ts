import { cfg, lanSubinterface } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

/** WAN subinterface: line 6 is the rii line, line 7 the group line when `group` is given. */
const wan = (hostname: string, host: number, group: string | null) =>
  cfg(
    `hostname ${hostname}`, // 1
    "interface TenGigabitEthernet0/0/1.201", // 2
    " encapsulation dot1Q 201", // 3
    ` ip address 198.51.100.${host} 255.255.255.248`, // 4
    " ip nat outside", // 5
    " redundancy rii 201", // 6
    ...(group === null ? [] : [` redundancy group ${group}`]), // 7
  );

testRule("RG103", "error", [
  {
    name: "twins in different groups: at B's group line, A's related",
    a: lanSubinterface("edge-a", { host: 2, group: "2 ip 10.10.1.1 exclusive" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 ip 10.10.1.1 exclusive" }),
    expected: [
      {
        side: "b",
        line: 7,
        related: [{ side: "a", line: 7 }],
        messageIncludes: ["edge-b's TenGigabitEthernet0/0/0.100 (RII 101)", "group 1", "edge-a", "group 2"],
      },
    ],
  },
  {
    name: "group on A only: at B's rii line (B lacks it), A's group line related",
    a: wan("edge-a", 2, "1 decrement 60"),
    b: wan("edge-b", 3, null),
    expected: [
      {
        side: "b",
        line: 6,
        related: [{ side: "a", line: 7 }],
        messageIncludes: ["has no `redundancy group`"],
      },
    ],
  },
  {
    name: "group on B only: at A's rii line",
    a: wan("edge-a", 2, null),
    b: wan("edge-b", 3, "2 decrement 60"),
    expected: [{ side: "a", line: 6, related: [{ side: "b", line: 7 }] }],
  },
  {
    name: "twins in groups {1,2} and {1}: at B's group line, A's group-2 line (the one B lacks) related",
    a: cfg(
      "hostname edge-a",
      "interface GigabitEthernet0/0/1",
      " ip address 10.1.20.135 255.255.255.0",
      " redundancy rii 1",
      " redundancy group 1 ip 10.1.20.155 exclusive",
      " redundancy group 2 ip 10.1.20.156 exclusive",
    ),
    b: cfg(
      "hostname edge-b",
      "interface GigabitEthernet0/0/1",
      " ip address 10.1.20.115 255.255.255.0",
      " redundancy rii 1",
      " redundancy group 1 ip 10.1.20.155 exclusive",
    ),
    expected: [{ side: "b", line: 5, related: [{ side: "a", line: 6 }] }],
  },
  {
    name: "twins in groups {1} and {1,2}: at A's group line (A lacks group 2), B's group-2 line related",
    a: cfg(
      "hostname edge-a",
      "interface GigabitEthernet0/0/1",
      " ip address 10.1.20.135 255.255.255.0",
      " redundancy rii 1",
      " redundancy group 1 ip 10.1.20.155 exclusive",
    ),
    b: cfg(
      "hostname edge-b",
      "interface GigabitEthernet0/0/1",
      " ip address 10.1.20.115 255.255.255.0",
      " redundancy rii 1",
      " redundancy group 1 ip 10.1.20.155 exclusive",
      " redundancy group 2 ip 10.1.20.156 exclusive",
    ),
    expected: [{ side: "a", line: 5, related: [{ side: "b", line: 6 }] }],
  },
  {
    name: "neither twin has a group (RII only, as on a NAT-outside BDI): no finding",
    a: wan("edge-a", 2, null),
    b: wan("edge-b", 3, null),
    expected: [],
  },
  {
    name: "same group, different decrement: no finding",
    a: wan("edge-a", 2, "1 decrement 60"),
    b: wan("edge-b", 3, "1 decrement 50"),
    expected: [],
  },
  {
    name: "an RII without a twin is RG101's finding, not this one",
    a: lanSubinterface("edge-a", { host: 2, rii: 101 }),
    b: lanSubinterface("edge-b", { host: 3, rii: 110, group: "2 ip 10.10.1.1 exclusive" }),
    expected: [],
  },
]);
