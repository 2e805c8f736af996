import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

const ZONES = ["zone security INSIDE", "zone security OUTSIDE"]; // lines 2, 3

/** Lines 1–3 hostname and zones; then the zone pairs (2 lines each); then `rest`. */
const fw = (hostname: string, zonePairs: readonly string[][], rest: readonly string[] = []) =>
  cfg(`hostname ${hostname}`, ...ZONES, ...zonePairs.flat(), ...rest);

const pair = (name: string, source: string, destination: string, policy: string | null) => [
  `zone-pair security ${name} source ${source} destination ${destination}`,
  ...(policy === null ? [] : [` service-policy type inspect ${policy}`]),
];

const IN_OUT = pair("IN-TO-OUT", "INSIDE", "OUTSIDE", "INSIDE-TO-OUTSIDE-POLICY");
const OUT_IN = pair("OUT-TO-IN", "OUTSIDE", "INSIDE", "OUTSIDE-TO-INSIDE-POLICY");

/** An RII 201 WAN interface: line 1 interface, 2 address, 3 zone-member (when given), then rii. */
const wan = (host: number, zone: string | null) => [
  "interface GigabitEthernet0/0/1",
  ` ip address 198.51.100.${host} 255.255.255.248`,
  ...(zone === null ? [] : [` zone-member security ${zone}`]),
  " redundancy rii 201",
  " redundancy group 1 decrement 60",
];

testRule("RG502", "error", [
  {
    name: "twins in different zones: at B's zone-member line, A's related",
    a: fw("fw-a", [IN_OUT], wan(2, "OUTSIDE")),
    b: fw("fw-b", [IN_OUT], wan(3, "INSIDE")),
    // 1 hostname, 2–3 zones, 4–5 zone pair, 6 interface, 7 address, 8 zone-member
    expected: [
      {
        side: "b",
        line: 8,
        related: [{ side: "a", line: 8 }],
        messageIncludes: ["fw-b's GigabitEthernet0/0/1 (RII 201) is a member of zone INSIDE", "zone OUTSIDE"],
      },
    ],
  },
  {
    name: "a twin in no zone: at that twin's interface line, the other's zone-member related",
    a: fw("fw-a", [IN_OUT], wan(2, null)),
    b: fw("fw-b", [IN_OUT], wan(3, "OUTSIDE")),
    expected: [
      { side: "a", line: 6, related: [{ side: "b", line: 8 }], messageIncludes: ["is in no security zone"] },
    ],
  },
  {
    name: "zone names are case-sensitive",
    a: fw("fw-a", [IN_OUT], wan(2, "OUTSIDE")),
    b: fw("fw-b", [IN_OUT], wan(3, "outside")),
    expected: [{ side: "b", line: 8, related: [{ side: "a", line: 8 }] }],
  },
  {
    name: "a zone pair on B only: at its line, A's first zone pair related",
    a: fw("fw-a", [IN_OUT]),
    b: fw("fw-b", [IN_OUT, OUT_IN]),
    expected: [
      {
        side: "b",
        line: 6,
        related: [{ side: "a", line: 4 }],
        messageIncludes: ["fw-b has zone pair OUT-TO-IN (OUTSIDE → INSIDE)", "drops that traffic"],
      },
    ],
  },
  {
    name: "a zone pair on A only, peer's zone pair of the same name related; self-zone traffic is passed",
    a: fw("fw-a", [IN_OUT, pair("SELF-TO-OUT", "self", "OUTSIDE", "SELF-POLICY")]),
    b: fw("fw-b", [IN_OUT, pair("SELF-TO-OUT", "INSIDE", "self", "SELF-POLICY")]),
    expected: [
      { side: "a", line: 6, related: [{ side: "b", line: 6 }], messageIncludes: ["passes (uninspected)"] },
      { side: "b", line: 6, related: [{ side: "a", line: 6 }] },
    ],
  },
  {
    name: "a zone pair with another service policy: at B's service-policy line",
    a: fw("fw-a", [IN_OUT]),
    b: fw("fw-b", [pair("IN-TO-OUT", "INSIDE", "OUTSIDE", "IN-OUT-V2")]),
    expected: [
      {
        side: "b",
        line: 5,
        related: [{ side: "a", line: 5 }],
        messageIncludes: ["applies service policy IN-OUT-V2", "applies INSIDE-TO-OUTSIDE-POLICY"],
      },
    ],
  },
  {
    name: "a service policy on A only: at B's zone-pair line",
    a: fw("fw-a", [IN_OUT]),
    b: fw("fw-b", [pair("IN-TO-OUT", "INSIDE", "OUTSIDE", null)]),
    expected: [
      { side: "b", line: 4, related: [{ side: "a", line: 5 }], messageIncludes: ["has no service policy"] },
    ],
  },
  {
    name: "zone pairs are matched by zones, not names: no finding",
    a: fw("fw-a", [IN_OUT, OUT_IN], wan(2, "OUTSIDE")),
    b: fw(
      "fw-b",
      [
        pair("ZP-OUT-IN", "OUTSIDE", "INSIDE", "OUTSIDE-TO-INSIDE-POLICY"),
        pair("ZP-IN-OUT", "INSIDE", "OUTSIDE", "INSIDE-TO-OUTSIDE-POLICY"),
      ],
      wan(3, "OUTSIDE"),
    ),
    expected: [],
  },
  {
    name: "interfaces without an RII twin are not compared (RG101)",
    a: fw("fw-a", [IN_OUT], wan(2, "OUTSIDE")),
    b: fw(
      "fw-b",
      [IN_OUT],
      wan(3, "INSIDE").map((l) => l.replace("rii 201", "rii 202")),
    ),
    expected: [],
  },
  {
    name: "no firewall on either chassis: no finding",
    a: cfg("hostname edge-a", ...wan(2, null)),
    b: cfg("hostname edge-b", ...wan(3, null)),
    expected: [],
  },
]);
