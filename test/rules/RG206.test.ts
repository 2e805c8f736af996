import { cfg, groupsConfig } from "./group-configs.js";
import { testRule } from "./rule-tester.js";

const G1 = [{ id: 1, body: ["preempt", "priority 150 failover threshold 100"] }];

testRule("RG206", "error", [
  {
    name: "interface VIP in a group that is not defined: at the interface line, application redundancy related",
    a: groupsConfig("edge-a", G1, [
      "interface TenGigabitEthernet0/0/0.110",
      " encapsulation dot1Q 110",
      " ip address 10.10.2.2 255.255.255.0",
      " redundancy rii 102",
      " redundancy group 2 ip 10.10.2.1 exclusive decrement 60",
    ]),
    // The group ends at line 9; the interface block starts at 10.
    expected: [
      { side: "a", line: 14, related: [{ side: "a", line: 3 }], messageIncludes: ["edge-a", "group 2"] },
    ],
  },
  {
    name: "no redundancy block at all (AWS template shape): interface and NAT references, no related",
    a: cfg(
      "hostname csr-nat-1",
      "interface GigabitEthernet1",
      " ip address 10.0.0.10 255.255.255.0",
      " ip nat outside",
      " redundancy rii 100",
      " redundancy group 1 decrement 100",
      "interface GigabitEthernet2",
      " ip address 10.0.1.10 255.255.255.0",
      " ip nat inside",
      " redundancy rii 200",
      " redundancy group 1 ip 10.0.1.100 exclusive decrement 100",
      "ip nat pool test 203.0.113.10 203.0.113.20 netmask 255.255.255.0",
      "ip nat inside source list 10 pool test redundancy 1 mapping-id 1 overload",
    ),
    expected: [
      { side: "a", line: 6, related: [], messageIncludes: ["no `application redundancy`"] },
      { side: "a", line: 11, related: [] },
      { side: "a", line: 13, related: [] },
    ],
  },
  {
    name: "static NAT with `redundancy 1 mapping-id` in a VRF (sapcc shape)",
    a: cfg(
      "hostname asr-1",
      "ip nat inside source static 10.180.0.3 172.24.5.228 vrf f8a44de0 redundancy 1 mapping-id 112 match-in-vrf",
    ),
    expected: [{ side: "a", line: 2 }],
  },
  {
    name: "CUBE `redundancy-group 1` without the group",
    a: cfg("hostname cube-1", "voice service voip", " allow-connections sip to sip", " redundancy-group 1"),
    expected: [{ side: "a", line: 4 }],
  },
  {
    name: "a NAT `redundancy NAME` is legacy HSRP stateful NAT, not a group reference",
    a: cfg(
      "hostname asr-2",
      "ip nat inside source static 10.2.0.5 172.16.6.5 vrf nrouter-e7d4y5 redundancy neutron-hsrp-1621-314",
    ),
    expected: [],
  },
  {
    name: "a group number out of range is left to RG207",
    a: groupsConfig("edge-a", G1, [
      "interface GigabitEthernet0/0/2",
      " ip address 10.10.3.2 255.255.255.0",
      " redundancy rii 103",
      " redundancy group 3 ip 10.10.3.1 exclusive",
    ]),
    expected: [],
  },
  {
    name: "references to defined groups: no finding",
    a: groupsConfig("edge-a", G1, [
      "interface TenGigabitEthernet0/0/0.100",
      " ip address 10.10.1.2 255.255.255.0",
      " redundancy rii 101",
      " redundancy group 1 ip 10.10.1.1 exclusive decrement 60",
      "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 prefix-length 28",
      "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 11 overload",
      "voice service voip",
      " redundancy-group 1",
    ]),
    expected: [],
  },
]);
