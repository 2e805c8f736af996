import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

const link = (hostname: string, lines: readonly string[]) =>
  cfg(`hostname ${hostname}`, "interface GigabitEthernet0/0/0", ...lines.map((l) => ` ${l}`));

testRule("RG108", "error", [
  {
    name: "same primary address on both chassis (Cisco's multi-VRF CUBE example): at B's line, A's related",
    a: link("cube-a", ["ip address 14.2.43.81 255.255.0.0", "negotiation auto"]),
    b: link("cube-b", ["ip address 14.2.43.81 255.255.0.0", "negotiation auto"]),
    expected: [
      {
        side: "b",
        line: 3,
        related: [{ side: "a", line: 3 }],
        messageIncludes: ["cube-b's GigabitEthernet0/0/0 has IPv4 address 14.2.43.81", "cube-a"],
      },
    ],
  },
  {
    name: "same address on differently named interfaces",
    a: cfg("hostname edge-a", "interface Loopback0", " ip address 10.255.255.1 255.255.255.255"),
    b: cfg("hostname edge-b", "interface Loopback1", " ip address 10.255.255.1 255.255.255.255"),
    expected: [{ side: "b", line: 3, related: [{ side: "a", line: 3 }], messageIncludes: ["Loopback0"] }],
  },
  {
    name: "a secondary address equal to the peer's primary",
    a: link("edge-a", ["ip address 10.10.1.2 255.255.255.0", "ip address 10.20.1.3 255.255.255.0 secondary"]),
    b: cfg("hostname edge-b", "interface GigabitEthernet0/0/0", " ip address 10.20.1.3 255.255.255.0"),
    expected: [{ side: "b", line: 3, related: [{ side: "a", line: 4 }] }],
  },
  {
    name: "same address in the same VRF",
    a: link("asr-a", ["vrf forwarding CUST-1", "ip address 172.24.4.6 255.255.255.0"]),
    b: link("asr-b", ["vrf forwarding CUST-1", "ip address 172.24.4.6 255.255.255.0"]),
    expected: [{ side: "b", line: 4, related: [{ side: "a", line: 4 }], messageIncludes: ["in VRF CUST-1"] }],
  },
  {
    name: "same address in different VRFs: not a conflict",
    a: link("asr-a", ["vrf forwarding CUST-1", "ip address 172.24.4.6 255.255.255.0"]),
    b: link("asr-b", ["vrf forwarding CUST-2", "ip address 172.24.4.6 255.255.255.0"]),
    expected: [],
  },
  {
    name: "same IPv6 host address, written differently",
    a: link("b2bred2", ["ipv6 address 2001:10:1:20::135/64"]),
    b: link("b2bred1", ["ipv6 address 2001:10:1:20:0:0:0:135/64"]),
    expected: [
      {
        side: "b",
        line: 3,
        related: [{ side: "a", line: 3 }],
        messageIncludes: ["IPv6 address 2001:10:1:20::135"],
      },
    ],
  },
  {
    name: "the same eui-64 prefix, link-local addresses and VIPs are not physical duplicates",
    a: link("b2bred2", [
      "ip address 10.1.20.135 255.255.255.0",
      "ipv6 address 2001:10:1:20::/64 eui-64",
      "ipv6 address fe80::1 link-local",
      "redundancy rii 1",
      "redundancy group 1 ip 10.1.20.155 exclusive",
    ]),
    b: link("b2bred1", [
      "ip address 10.1.20.115 255.255.255.0",
      "ipv6 address 2001:10:1:20::/64 eui-64",
      "ipv6 address fe80::1 link-local",
      "redundancy rii 1",
      "redundancy group 1 ip 10.1.20.155 exclusive",
    ]),
    expected: [],
  },
  {
    name: "a shut-down interface still counts; the related message says so",
    a: link("edge-a", ["ip address 10.10.9.2 255.255.255.0", "shutdown"]),
    b: link("edge-b", ["ip address 10.10.9.2 255.255.255.0"]),
    expected: [{ side: "b", line: 3, related: [{ side: "a", line: 3 }] }],
  },
  {
    name: "distinct physical addresses: no finding",
    a: link("cube-a", ["ip address 14.2.43.81 255.255.0.0"]),
    b: link("cube-b", ["ip address 14.2.43.82 255.255.0.0"]),
    expected: [],
  },
]);
