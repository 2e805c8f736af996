import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

/** Lines 1–8: hostname, redundancy with group 1 (application redundancy at line 3). */
const groups = (hostname: string) => [
  `hostname ${hostname}`, // 1
  "redundancy", // 2
  " application redundancy", // 3
  "  group 1", // 4
  "   name ZBFW_HA", // 5
  "   control GigabitEthernet0/0/2 protocol 1", // 6
  "   data GigabitEthernet0/0/2", // 7
  "!", // 8
];

const zones = [
  "zone security INSIDE",
  "zone security OUTSIDE",
  "zone-pair security IN-TO-OUT source INSIDE destination OUTSIDE",
  " service-policy type inspect INSIDE-TO-OUTSIDE-POLICY",
];

const inside = [
  "interface GigabitEthernet0/0/0",
  " ip address 10.20.1.2 255.255.255.0",
  " zone-member security INSIDE",
  " redundancy rii 1",
  " redundancy group 1 ip 10.20.1.1 exclusive",
];

testRule("RG501", "error", [
  {
    name: "inspect global without redundancy: at its line, application redundancy related",
    a: cfg(
      ...groups("fw-a"),
      "parameter-map type inspect global",
      " log dropped-packets enable",
      ...zones,
      ...inside,
    ),
    expected: [
      {
        side: "a",
        line: 9,
        related: [{ side: "a", line: 3 }],
        messageIncludes: [
          "fw-a runs a zone-based firewall (2 zones and 1 zone pair)",
          "without `redundancy`",
        ],
      },
    ],
  },
  {
    name: "no inspect global: at the first zone line",
    a: cfg(...groups("fw-a"), ...zones, ...inside),
    expected: [
      { side: "a", line: 9, related: [{ side: "a", line: 3 }], messageIncludes: ["has no `parameter-map"] },
    ],
  },
  {
    name: "zone pair before the zones: at the earliest ZBF line",
    a: cfg(...groups("fw-a"), ...zones.slice(2), ...zones.slice(0, 2), ...inside),
    expected: [{ side: "a", line: 9, related: [{ side: "a", line: 3 }] }],
  },
  {
    name: "only zone-member lines (zones not defined): at the first zone-member line",
    a: cfg(...groups("fw-a"), ...inside),
    expected: [{ side: "a", line: 11, related: [{ side: "a", line: 3 }] }],
  },
  {
    name: "groups used only on interfaces (no application redundancy): the interface group line is related",
    a: cfg("hostname fw-a", ...zones, ...inside),
    expected: [{ side: "a", line: 2, related: [{ side: "a", line: 10 }] }],
  },
  {
    name: "inspect global with redundancy: no finding",
    a: cfg(
      ...groups("fw-a"),
      "parameter-map type inspect global",
      " redundancy",
      " log dropped-packets enable",
      ...zones,
      ...inside,
    ),
    expected: [],
  },
  {
    name: "the inspect-global spelling with redundancy: no finding",
    a: cfg(...groups("fw-a"), "parameter-map type inspect-global", " redundancy", ...zones, ...inside),
    expected: [],
  },
  {
    name: "the inspect-global spelling without redundancy: at its line",
    a: cfg(
      ...groups("fw-a"),
      "parameter-map type inspect-global",
      " log dropped-packets enable",
      ...zones,
      ...inside,
    ),
    expected: [{ side: "a", line: 9, related: [{ side: "a", line: 3 }] }],
  },
  {
    name: "a zone-based firewall without redundancy groups: no finding",
    a: cfg("hostname fw-a", ...zones, "interface GigabitEthernet0/0/0", " zone-member security INSIDE"),
    expected: [],
  },
  {
    name: "redundancy groups without a firewall: no finding",
    a: cfg(...groups("edge-a"), ...inside.filter((l) => !l.includes("zone"))),
    expected: [],
  },
  {
    name: "runs on each chassis of a pair",
    a: cfg(...groups("fw-a"), ...zones, ...inside),
    b: cfg(...groups("fw-b"), "parameter-map type inspect global", " redundancy", ...zones, ...inside),
    expected: [{ side: "a", line: 9, related: [{ side: "a", line: 3 }] }],
  },
]);
