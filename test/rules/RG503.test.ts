import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

/** Lines 1–7: hostname, redundancy, group 1 (line 4); the `extra` group lines from line 8. */
const group = (hostname: string, extra: readonly string[], after: readonly string[] = []) =>
  cfg(
    `hostname ${hostname}`,
    "redundancy",
    " application redundancy",
    "  group 1",
    "   name RG1",
    "   control Port-channel1 protocol 1",
    "   data Port-channel1",
    ...extra.map((l) => `   ${l}`),
    ...after,
  );

/** RII 201 WAN subinterface: line 1 interface, 2 address, 3 rii, then `extra`. */
const wan = (host: number, extra: readonly string[], rii: number | null = 201) => [
  "interface TenGigabitEthernet0/0/1.201",
  ` ip address 198.51.100.${host} 255.255.255.248`,
  ...(rii === null ? [] : [` redundancy rii ${rii}`]),
  ...extra.map((l) => ` ${l}`),
];

const IFACE = "asymmetric-routing interface GigabitEthernet0/0/2";
const DIVERT = "asymmetric-routing always-divert enable";

testRule("RG503", "warning", [
  {
    name: "always-divert on A only: at A's line, B's group line related",
    a: group("edge-a", [IFACE, DIVERT]),
    b: group("edge-b", [IFACE]),
    expected: [
      {
        side: "a",
        line: 9,
        related: [{ side: "b", line: 4 }],
        messageIncludes: ["edge-a's group 1 has `asymmetric-routing always-divert enable`", "edge-b"],
      },
    ],
  },
  {
    name: "asymmetric routing in B's group only: at B's line",
    a: group("edge-a", []),
    b: group("edge-b", [IFACE]),
    expected: [{ side: "b", line: 8, related: [{ side: "a", line: 4 }] }],
  },
  {
    name: "another interlink interface: at B's line, A's related",
    a: group("edge-a", [IFACE]),
    b: group("edge-b", ["asymmetric-routing interface GigabitEthernet0/0/3"]),
    expected: [
      {
        side: "b",
        line: 8,
        related: [{ side: "a", line: 8 }],
        messageIncludes: ["GigabitEthernet0/0/3", "GigabitEthernet0/0/2"],
      },
    ],
  },
  {
    name: "interface names are compared normalized and lines in any order: no finding",
    a: group("edge-a", ["asymmetric-routing interface Gi0/0/2", DIVERT]),
    b: group("edge-b", [DIVERT, IFACE]),
    expected: [],
  },
  {
    name: "on one RII twin only: at the twin that lacks it, the other's line related",
    a: group("edge-a", [], wan(2, ["redundancy asymmetric-routing enable"])),
    b: group("edge-b", [], wan(3, [])),
    // 8 interface, 9 address, 10 rii, 11 asymmetric-routing
    expected: [
      {
        side: "b",
        line: 8,
        related: [{ side: "a", line: 11 }],
        messageIncludes: ["has no `redundancy asymmetric-routing`"],
      },
    ],
  },
  {
    name: "different interface lines on the twins: at B's line",
    a: group("edge-a", [], wan(2, ["redundancy asymmetric-routing enable"])),
    b: group("edge-b", [], wan(3, ["redundancy asymmetric-routing disable"])),
    expected: [{ side: "b", line: 11, related: [{ side: "a", line: 11 }] }],
  },
  {
    name: "interfaces without an RII are matched by name",
    a: group("edge-a", [], wan(2, ["redundancy asymmetric-routing enable"], null)),
    b: group("edge-b", [], wan(3, [], null)),
    expected: [{ side: "b", line: 8, related: [{ side: "a", line: 10 }] }],
  },
  {
    name: "a group on one chassis only is RG201's: no finding",
    a: group("edge-a", [IFACE]),
    b: cfg("hostname edge-b", "redundancy", " application redundancy"),
    expected: [],
  },
  {
    name: "the same settings on both chassis: no finding",
    a: group("edge-a", [IFACE, DIVERT], wan(2, ["redundancy asymmetric-routing enable"])),
    b: group("edge-b", [IFACE, DIVERT], wan(3, ["redundancy asymmetric-routing enable"])),
    expected: [],
  },
]);
