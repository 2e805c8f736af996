import { cfg, lanSubinterface } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

/** CUBE-style interface: 5 rii, then one line per entry of `groups` from line 6. */
const cube = (hostname: string, host: number, groups: readonly string[]) =>
  cfg(
    `hostname ${hostname}`, // 1
    "interface GigabitEthernet0/0/0", // 2
    ` ip address 10.1.20.${host} 255.255.255.0`, // 3
    ` ipv6 address 2001:10:1:20::${host}/64`, // 4
    " redundancy rii 1", // 5
    ...groups.map((g) => ` redundancy group ${g}`), // 6, 7, …
  );

testRule("RG104", "error", [
  {
    name: "different IPv4 VIPs: at B's VIP line, A's related",
    a: lanSubinterface("edge-a", { host: 2, group: "1 ip 10.10.1.1 exclusive decrement 60" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 ip 10.10.1.4 exclusive decrement 60" }),
    expected: [
      {
        side: "b",
        line: 7,
        related: [{ side: "a", line: 7 }],
        messageIncludes: [
          "edge-b's TenGigabitEthernet0/0/0.100 (RII 101) has virtual IP 10.10.1.4",
          "edge-a",
          "10.10.1.1",
        ],
      },
    ],
  },
  {
    name: "IPv4 VIP on B only (A has a decrement-only line for the group): at A's group line",
    a: lanSubinterface("edge-a", { host: 2, group: "1 decrement 60" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 ip 10.10.1.1 exclusive decrement 60" }),
    expected: [
      { side: "a", line: 7, related: [{ side: "b", line: 7 }], messageIncludes: ["has no virtual IP"] },
    ],
  },
  {
    name: "IPv6 VIP on A only: at B's group line for that group",
    a: cube("b2bred2", 135, ["1 ip 10.1.20.155 exclusive", "1 ipv6 2001:10:1:20::155/64 exclusive"]),
    b: cube("b2bred1", 115, ["1 ip 10.1.20.155 exclusive"]),
    expected: [
      { side: "b", line: 6, related: [{ side: "a", line: 7 }], messageIncludes: ["virtual IPv6 address"] },
    ],
  },
  {
    name: "IPv6 VIPs compared in canonical form, case-insensitive: no finding",
    a: cube("b2bred2", 135, ["1 ip 10.1.20.155 exclusive", "1 ipv6 2001:10:1:20::155/64 exclusive"]),
    b: cube("b2bred1", 115, ["1 ip 10.1.20.155 exclusive", "1 ipv6 2001:0010:1:20:0:0:0:155/64 exclusive"]),
    expected: [],
  },
  {
    name: "IPv6 VIPs with another prefix length differ",
    a: cube("b2bred2", 135, ["1 ipv6 2001:10:1:20::155/64 exclusive"]),
    b: cube("b2bred1", 115, ["1 ipv6 2001:10:1:20::155/119 exclusive"]),
    expected: [{ side: "b", line: 6, related: [{ side: "a", line: 6 }] }],
  },
  {
    name: "IPv4 and IPv6 both differ: one finding per family",
    a: cube("b2bred2", 135, ["1 ip 10.1.20.155 exclusive", "1 ipv6 2001:10:1:20::155/64 exclusive"]),
    b: cube("b2bred1", 115, ["1 ip 10.1.20.156 exclusive", "1 ipv6 2001:10:1:20::156/64 exclusive"]),
    expected: [
      { side: "b", line: 6, related: [{ side: "a", line: 6 }] },
      { side: "b", line: 7, related: [{ side: "a", line: 7 }] },
    ],
  },
  {
    name: "`exclusive` on A only: at B's VIP line (B omits it), A's related",
    a: lanSubinterface("edge-a", { host: 2, group: "1 ip 10.10.1.1 exclusive" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 ip 10.10.1.1" }),
    expected: [
      { side: "b", line: 7, related: [{ side: "a", line: 7 }], messageIncludes: ["without `exclusive`"] },
    ],
  },
  {
    name: "twins in different groups: RG103's finding, VIPs not compared",
    a: lanSubinterface("edge-a", { host: 2, group: "1 ip 10.10.1.1 exclusive" }),
    b: lanSubinterface("edge-b", { host: 3, group: "2 ip 10.10.1.9 exclusive" }),
    expected: [],
  },
  {
    name: "same VIP and keywords, different decrement: no finding",
    a: lanSubinterface("edge-a", { host: 2, group: "1 ip 10.10.1.1 exclusive decrement 60" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 ip 10.10.1.1 exclusive decrement 50" }),
    expected: [],
  },
  {
    name: "no VIP on either twin (decrement only): no finding",
    a: lanSubinterface("edge-a", { host: 2, group: "1 decrement 60" }),
    b: lanSubinterface("edge-b", { host: 3, group: "1 decrement 60" }),
    expected: [],
  },
]);
