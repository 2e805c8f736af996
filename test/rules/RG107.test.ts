import { cfg, lanSubinterface } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

/** A BDI with RII 10; `extra` lines go between the interface line (2) and the ip address. */
const bdi = (hostname: string, host: number, extra: readonly string[], after: readonly string[] = []) =>
  cfg(
    `hostname ${hostname}`, // 1
    "interface BDI4501", // 2
    ...extra.map((l) => ` ${l}`), // 3…
    ` ip address 172.24.4.${host} 255.255.255.0`,
    " ip nat outside",
    " redundancy rii 10",
    ...after.map((l) => ` ${l}`),
  );

testRule("RG107", "warning", [
  {
    name: "NAT role differs: at B's ip nat line, A's related; subject per attribute",
    a: lanSubinterface("edge-a", { host: 2, nat: "inside" }),
    b: lanSubinterface("edge-b", { host: 3, nat: "outside" }),
    expected: [
      {
        side: "b",
        line: 5,
        related: [{ side: "a", line: 5 }],
        messageIncludes: [
          "edge-b's TenGigabitEthernet0/0/0.100 (RII 101) is `ip nat outside`",
          "edge-a",
          "`ip nat inside`",
        ],
      },
    ],
  },
  {
    name: "NAT role on A only: at B's interface line, A's ip nat line related",
    a: bdi("asr-a", 6, []),
    b: cfg(
      "hostname asr-b",
      "interface BDI4501",
      " ip address 172.24.4.7 255.255.255.0",
      " redundancy rii 10",
    ),
    expected: [
      { side: "b", line: 2, related: [{ side: "a", line: 4 }], messageIncludes: ["has no NAT role"] },
    ],
  },
  {
    name: "mask differs: at B's ip address line",
    a: lanSubinterface("edge-a", { host: 2 }),
    b: cfg(
      "hostname edge-b",
      "interface TenGigabitEthernet0/0/0.100",
      " encapsulation dot1Q 100",
      " ip address 10.10.1.3 255.255.255.128",
      " ip nat inside",
      " redundancy rii 101",
      " redundancy group 1 ip 10.10.1.1 exclusive decrement 60",
    ),
    expected: [
      {
        side: "b",
        line: 4,
        related: [{ side: "a", line: 4 }],
        messageIncludes: ["255.255.255.128", "10.10.1.0/24"],
      },
    ],
  },
  {
    name: "subnet differs (same mask)",
    a: bdi("asr-a", 6, []),
    b: cfg(
      "hostname asr-b",
      "interface BDI4501",
      " ip address 172.24.5.7 255.255.255.0",
      " ip nat outside",
      " redundancy rii 10",
    ),
    expected: [
      {
        side: "b",
        line: 3,
        related: [{ side: "a", line: 3 }],
        messageIncludes: ["172.24.5.0/24", "172.24.4.0/24"],
      },
    ],
  },
  {
    name: "IPv4 address on B only: at A's interface line",
    a: cfg("hostname asr-a", "interface BDI4501", " no ip address", " ip nat outside", " redundancy rii 10"),
    b: bdi("asr-b", 7, []),
    expected: [{ side: "a", line: 2, related: [{ side: "b", line: 3 }] }],
  },
  {
    name: "an address from DHCP on one twin: the subnet is not compared",
    a: cfg(
      "hostname csr-a",
      "interface GigabitEthernet2",
      " ip address dhcp",
      " ip nat inside",
      " redundancy rii 200",
    ),
    b: cfg(
      "hostname csr-b",
      "interface GigabitEthernet2",
      " ip address 172.31.2.11 255.255.255.0",
      " ip nat inside",
      " redundancy rii 200",
    ),
    expected: [],
  },
  {
    name: "VRF differs only in case: VRF names are case-sensitive",
    a: bdi("asr-a", 6, ["vrf forwarding VRF2"]),
    b: bdi("asr-b", 7, ["ip vrf forwarding vrf2"]),
    expected: [
      { side: "b", line: 3, related: [{ side: "a", line: 3 }], messageIncludes: ["VRF vrf2", "VRF VRF2"] },
    ],
  },
  {
    name: "VRF on A only: at B's interface line, A's vrf line related",
    a: bdi("asr-a", 6, ["vrf forwarding f8a44de0fc8e45df93c7f79bf3b01c95"]),
    b: bdi("asr-b", 7, []),
    expected: [{ side: "b", line: 2, related: [{ side: "a", line: 3 }], messageIncludes: ["has no VRF"] }],
  },
  {
    name: "`vrf forwarding` and `ip vrf forwarding` of the same VRF: no finding",
    a: bdi("asr-a", 6, ["vrf forwarding CUST-1"]),
    b: bdi("asr-b", 7, ["ip vrf forwarding CUST-1"]),
    expected: [],
  },
  {
    name: "security zone differs: RG502's (error), not reported here",
    a: bdi("asr-a", 6, [], ["zone-member security OUTSIDE"]),
    b: bdi("asr-b", 7, [], ["zone-member security DMZ"]),
    expected: [],
  },
  {
    name: "IPv6 prefix differs",
    a: cfg(
      "hostname b2bred2",
      "interface GigabitEthernet0/0/0",
      " ip address 10.1.20.135 255.255.255.0",
      " ipv6 address 2001:10:1:20::135/64",
      " redundancy rii 1",
    ),
    b: cfg(
      "hostname b2bred1",
      "interface GigabitEthernet0/0/0",
      " ip address 10.1.20.115 255.255.255.0",
      " ipv6 address 2001:10:1:21::115/64",
      " redundancy rii 1",
    ),
    expected: [
      { side: "b", line: 4, related: [{ side: "a", line: 4 }], messageIncludes: ["2001:10:1:21::/64"] },
    ],
  },
  {
    name: "several attributes differ: one finding each",
    a: bdi("asr-a", 6, ["vrf forwarding CUST-1"], ["zone-member security OUTSIDE"]),
    b: cfg(
      "hostname asr-b", // 1
      "interface BDI4501", // 2
      " vrf forwarding CUST-2", // 3
      " ip address 172.24.4.7 255.255.255.128", // 4
      " ip nat inside", // 5
      " redundancy rii 10", // 6
      " zone-member security INSIDE", // 7
    ),
    expected: [
      { side: "b", line: 3, related: [{ side: "a", line: 3 }] },
      { side: "b", line: 4, related: [{ side: "a", line: 4 }] },
      { side: "b", line: 5, related: [{ side: "a", line: 5 }] },
      // line 7 (zone INSIDE vs OUTSIDE) is RG502's
    ],
  },
  {
    name: "same role, subnet, VRF and zone, different host addresses and descriptions: no finding",
    a: bdi("asr-a", 6, ["description to asr-b", "vrf forwarding CUST-1"], ["zone-member security OUTSIDE"]),
    b: bdi("asr-b", 7, ["description to asr-a", "vrf forwarding CUST-1"], ["zone-member security OUTSIDE"]),
    expected: [],
  },
  {
    name: "an RII on two interfaces of one chassis (RG102): the twin is ambiguous, nothing is compared",
    a: cfg(
      "hostname edge-a",
      "interface TenGigabitEthernet0/0/0.100",
      " ip address 10.10.1.2 255.255.255.0",
      " ip nat inside",
      " redundancy rii 101",
      "interface TenGigabitEthernet0/0/1.201",
      " ip address 198.51.100.2 255.255.255.248",
      " ip nat outside",
      " redundancy rii 101",
    ),
    b: cfg(
      "hostname edge-b",
      "interface TenGigabitEthernet0/0/0.100",
      " ip address 10.10.1.3 255.255.255.0",
      " ip nat inside",
      " redundancy rii 101",
    ),
    expected: [],
  },
  {
    name: "interfaces without an RII twin are not compared",
    a: lanSubinterface("edge-a", { host: 2, rii: 101, nat: "inside" }),
    b: lanSubinterface("edge-b", { host: 3, rii: 110, nat: "outside" }),
    expected: [],
  },
]);
