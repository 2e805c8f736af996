import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

const TWO_SUBINTERFACES = (hostname: string, secondRii: number) =>
  cfg(
    `hostname ${hostname}`, // 1
    "interface TenGigabitEthernet0/0/0.100", // 2
    " encapsulation dot1Q 100", // 3
    " ip address 10.10.1.2 255.255.255.0", // 4
    " redundancy rii 101", // 5
    " redundancy group 1 ip 10.10.1.1 exclusive", // 6
    "interface TenGigabitEthernet0/0/0.110", // 7
    " encapsulation dot1Q 110", // 8
    " ip address 10.10.2.2 255.255.255.0", // 9
    ` redundancy rii ${secondRii}`, // 10
    " redundancy group 2 ip 10.10.2.1 exclusive", // 11
  );

testRule("RG102", "error", [
  {
    name: "same RII on two subinterfaces of chassis A: at the later rii line, the first related",
    a: TWO_SUBINTERFACES("edge-a", 101),
    b: TWO_SUBINTERFACES("edge-b", 102),
    expected: [
      {
        side: "a",
        line: 10,
        related: [{ side: "a", line: 5 }],
        messageIncludes: ["edge-a", "RII 101", "TenGigabitEthernet0/0/0.110", "TenGigabitEthernet0/0/0.100"],
      },
    ],
  },
  {
    name: "duplicate on both chassis: one finding per chassis",
    a: TWO_SUBINTERFACES("edge-a", 101),
    b: TWO_SUBINTERFACES("edge-b", 101),
    expected: [
      { side: "a", line: 10, related: [{ side: "a", line: 5 }] },
      { side: "b", line: 10, related: [{ side: "b", line: 5 }] },
    ],
  },
  {
    name: "a single file is checked (chassis rule)",
    a: TWO_SUBINTERFACES("edge-a", 101),
    expected: [{ side: "a", line: 10, related: [{ side: "a", line: 5 }] }],
  },
  {
    name: "three uses: each later one is reported against the first",
    a: cfg(
      "hostname edge-a", // 1
      "interface GigabitEthernet0/0/1", // 2
      " redundancy rii 40", // 3
      "interface GigabitEthernet0/0/2", // 4
      " redundancy rii 40", // 5
      "interface GigabitEthernet0/0/3", // 6
      " redundancy rii 40", // 7
    ),
    expected: [
      { side: "a", line: 5, related: [{ side: "a", line: 3 }] },
      { side: "a", line: 7, related: [{ side: "a", line: 3 }] },
    ],
  },
  {
    name: "an interface stanza given twice is one interface, not a duplicate",
    a: cfg(
      "hostname edge-a",
      "interface GigabitEthernet0/0/1",
      " ip address 10.10.1.2 255.255.255.0",
      " redundancy rii 40",
      "!",
      "interface GigabitEthernet0/0/1",
      " redundancy rii 40",
    ),
    expected: [],
  },
  {
    name: "unique RIIs: no finding",
    a: TWO_SUBINTERFACES("edge-a", 102),
    b: TWO_SUBINTERFACES("edge-b", 102),
    expected: [],
  },
]);
