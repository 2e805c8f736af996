import { cfg, lanSubinterface } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG105", "warning", [
  {
    name: "VIP outside the primary subnet: at the VIP line, the ip address line related",
    a: lanSubinterface("edge-a", { host: 2, group: "1 ip 10.10.11.1 exclusive decrement 60" }),
    expected: [
      {
        side: "a",
        line: 7,
        related: [{ side: "a", line: 4 }],
        messageIncludes: ["edge-a's TenGigabitEthernet0/0/0.100 (RII 101)", "10.10.11.1", "10.10.1.0/24"],
      },
    ],
  },
  {
    name: "in a pair run, each chassis is checked on its own",
    a: lanSubinterface("edge-a", { host: 2, group: "1 ip 10.10.11.1 exclusive" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 ip 10.10.11.1 exclusive" }),
    expected: [
      { side: "a", line: 7, related: [{ side: "a", line: 4 }] },
      { side: "b", line: 7, related: [{ side: "b", line: 4 }] },
    ],
  },
  {
    name: "VIP equal to the peer's physical address: reported where it equals the chassis' own address",
    a: lanSubinterface("edge-a", { host: 2, group: "1 ip 10.10.1.3 exclusive" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 ip 10.10.1.3 exclusive" }),
    expected: [
      {
        side: "b",
        line: 7,
        related: [{ side: "b", line: 4 }],
        messageIncludes: ["its own", "physical address"],
      },
    ],
  },
  {
    name: "VIP equal to another interface's address in the same (global) table: one finding, not also the subnet one",
    a: cfg(
      "hostname edge-a", // 1
      "interface Loopback0", // 2
      " ip address 10.255.255.1 255.255.255.255", // 3
      "interface GigabitEthernet0/0/1", // 4
      " ip address 10.10.1.2 255.255.255.0", // 5
      " redundancy rii 101", // 6
      " redundancy group 1 ip 10.255.255.1 exclusive", // 7
    ),
    expected: [{ side: "a", line: 7, related: [{ side: "a", line: 3 }], messageIncludes: ["Loopback0"] }],
  },
  {
    name: "an equal address in another VRF is not a conflict",
    a: cfg(
      "hostname edge-a",
      "interface GigabitEthernet0",
      " vrf forwarding Mgmt-intf",
      " ip address 10.10.1.1 255.255.255.0",
      "interface GigabitEthernet0/0/1",
      " ip address 10.10.1.2 255.255.255.0",
      " redundancy rii 101",
      " redundancy group 1 ip 10.10.1.1 exclusive",
    ),
    expected: [],
  },
  {
    name: "VIP equal to a secondary address",
    a: cfg(
      "hostname edge-a", // 1
      "interface GigabitEthernet0/0/1", // 2
      " ip address 10.10.1.2 255.255.255.0", // 3
      " ip address 10.10.1.5 255.255.255.0 secondary", // 4
      " redundancy rii 101", // 5
      " redundancy group 1 ip 10.10.1.5 exclusive", // 6
    ),
    expected: [
      {
        side: "a",
        line: 6,
        related: [{ side: "a", line: 4 }],
        messageIncludes: ["secondary physical address"],
      },
    ],
  },
  {
    name: "VIP in a secondary subnet: still outside the primary subnet, and the message says so",
    a: cfg(
      "hostname edge-a", // 1
      "interface GigabitEthernet0/0/1", // 2
      " ip address 10.10.1.2 255.255.255.0", // 3
      " ip address 10.20.1.2 255.255.255.0 secondary", // 4
      " redundancy rii 101", // 5
      " redundancy group 1 ip 10.20.1.1 exclusive", // 6
    ),
    expected: [
      {
        side: "a",
        line: 6,
        related: [{ side: "a", line: 3 }],
        messageIncludes: ["secondary subnet 10.20.1.0/24"],
      },
    ],
  },
  {
    name: "VIP on an interface without an IPv4 address: the interface line related",
    a: cfg(
      "hostname b2bred2", // 1
      "interface GigabitEthernet0/0/0", // 2
      " vrf forwarding Mgmt-intf", // 3
      " no ip address", // 4
      " redundancy rii 1", // 5
      " redundancy group 1 ip 10.1.20.155 exclusive", // 6
    ),
    expected: [
      { side: "a", line: 6, related: [{ side: "a", line: 2 }], messageIncludes: ["no IPv4 address"] },
    ],
  },
  {
    name: "the second stanza of an interface removes its address (Cisco's CUBE example): reported",
    a: cfg(
      "hostname b2bred2", // 1
      "interface GigabitEthernet0/0/0", // 2
      " ip address 10.1.20.135 255.255.255.0", // 3
      " redundancy rii 1", // 4
      " redundancy group 1 ip 10.1.20.155 exclusive", // 5
      "!", // 6
      "interface GigabitEthernet0/0/0", // 7
      " vrf forwarding Mgmt-intf", // 8
      " no ip address", // 9
    ),
    expected: [{ side: "a", line: 5, related: [{ side: "a", line: 2 }] }],
  },
  {
    name: "an address from DHCP or `ip unnumbered` is not known: not judged",
    a: cfg(
      "hostname csr-a",
      "interface GigabitEthernet2",
      " ip address dhcp",
      " ip nat inside",
      " redundancy rii 200",
      " redundancy group 1 ip 172.31.2.100 exclusive decrement 100",
      "interface GigabitEthernet3",
      " ip unnumbered Loopback0",
      " redundancy rii 300",
      " redundancy group 1 ip 172.31.3.100 exclusive",
    ),
    expected: [],
  },
  {
    name: "IPv6 VIP outside the interface's IPv6 prefix",
    a: cfg(
      "hostname cube-1", // 1
      "interface GigabitEthernet0/0/1", // 2
      " ip address 10.1.20.14 255.255.255.0", // 3
      " ipv6 address 2001:10:1:20::14/119", // 4
      " redundancy rii 102", // 5
      " redundancy group 1 ip 10.1.20.135 exclusive", // 6
      " redundancy group 1 ipv6 2001:10:1:21::135/119 exclusive", // 7
    ),
    expected: [
      { side: "a", line: 7, related: [{ side: "a", line: 4 }], messageIncludes: ["2001:10:1:20::/119"] },
    ],
  },
  {
    name: "IPv6 VIP inside a /119 prefix, IPv4 VIP inside the subnet: no finding",
    a: cfg(
      "hostname cube-1",
      "interface GigabitEthernet0/0/1",
      " ip address 10.1.20.14 255.255.255.0",
      " ipv6 address 2001:10:1:20::14/119",
      " redundancy rii 102",
      " redundancy group 1 ip 10.1.20.135 exclusive",
      " redundancy group 1 ipv6 2001:10:1:20::135/119 exclusive",
    ),
    expected: [],
  },
  {
    name: "IPv6 VIP on an interface without a global IPv6 prefix: not judged",
    a: cfg(
      "hostname cube-1",
      "interface GigabitEthernet0/0/1",
      " ip address 10.1.20.14 255.255.255.0",
      " redundancy rii 102",
      " redundancy group 1 ipv6 2001:10:1:20::135/64 exclusive",
    ),
    expected: [],
  },
  {
    name: "IPv6 VIP equal to the interface's own IPv6 address (written differently)",
    a: cfg(
      "hostname cube-1", // 1
      "interface GigabitEthernet0/0/1", // 2
      " ip address 10.1.20.14 255.255.255.0", // 3
      " ipv6 address 2001:10:1:20::14/64", // 4
      " redundancy rii 102", // 5
      " redundancy group 1 ipv6 2001:10:1:20:0:0:0:14/64 exclusive", // 6
    ),
    expected: [{ side: "a", line: 6, related: [{ side: "a", line: 4 }] }],
  },
  {
    name: "VIP inside the primary subnet and distinct from every physical address: no finding",
    a: lanSubinterface("edge-a", { host: 2 }),
    b: lanSubinterface("edge-b", { host: 3 }),
    expected: [],
  },
]);
