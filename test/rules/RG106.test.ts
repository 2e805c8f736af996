import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG106", "error", [
  {
    name: "decrement-only group line without an RII: at the group line",
    a: cfg(
      "hostname csr-a", // 1
      "interface GigabitEthernet1", // 2
      " ip address 172.31.1.10 255.255.255.0", // 3
      " ip nat outside", // 4
      " redundancy group 1 decrement 100", // 5
    ),
    expected: [
      {
        side: "a",
        line: 5,
        related: [],
        messageIncludes: ["csr-a's GigabitEthernet1", "no `redundancy rii`"],
      },
    ],
  },
  {
    name: "two group lines without an RII: one finding, at the first",
    a: cfg(
      "hostname b2bred2", // 1
      "interface GigabitEthernet0/0/0", // 2
      " ip address 10.1.20.135 255.255.255.0", // 3
      " ipv6 address 2001:10:1:20::135/64", // 4
      " redundancy group 1 ip 10.1.20.155 exclusive", // 5
      " redundancy group 1 ipv6 2001:10:1:20::155/64 exclusive", // 6
    ),
    b: cfg(
      "hostname b2bred1",
      "interface GigabitEthernet0/0/0",
      " ip address 10.1.20.115 255.255.255.0",
      " redundancy rii 1",
      " redundancy group 1 ip 10.1.20.155 exclusive",
    ),
    expected: [{ side: "a", line: 5 }],
  },
  {
    name: "RII written after the group line (order as pasted): no finding",
    a: cfg(
      "hostname csr-a",
      "interface GigabitEthernet2",
      " ip address 172.31.2.10 255.255.255.0",
      " redundancy group 1 ip 172.31.2.100 exclusive decrement 100",
      " redundancy rii 200",
    ),
    expected: [],
  },
  {
    name: "RII only, no group (NAT-outside BDI): no finding",
    a: cfg(
      "hostname asr-a",
      "interface BDI4501",
      " ip address 172.24.4.6 255.255.255.0",
      " redundancy rii 10",
    ),
    expected: [],
  },
  {
    name: "RII and group: no finding",
    a: cfg(
      "hostname csr-a",
      "interface GigabitEthernet1",
      " ip address 172.31.1.10 255.255.255.0",
      " redundancy rii 100",
      " redundancy group 1 decrement 100",
    ),
    expected: [],
  },
]);
