import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import {
  GROUP_TREATMENT,
  PROTOCOL_TREATMENT,
  REDUNDANCY_TREATMENT,
  treatmentMatchesPolicy,
} from "../../src/rules/drift/normalized-redundancy.js";
import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

/** The global track objects the groups use (after the redundancy block, so line numbers above stay put). */
const TRACKS = [
  "track 10 interface TenGigabitEthernet0/0/1 line-protocol",
  "track 20 ip sla 20 reachability",
  "track 30 ip sla 30 reachability",
];

/**
 * hostname (1), redundancy (2), mode none (3), application redundancy (4), group 1 (5), then the
 * group lines from line 6, then `tail` (protocol blocks), then the track objects.
 */
const red = (hostname: string, groupLines: readonly string[], tail: readonly string[] = []) =>
  cfg(
    `hostname ${hostname}`,
    "redundancy",
    " mode none",
    " application redundancy",
    "  group 1",
    ...groupLines.map((l) => `   ${l}`),
    ...tail,
    ...TRACKS,
  );

const BASE = ["name RG1", "control Port-channel1 protocol 1", "data Port-channel1", "track 10 decrement 60"];
const withLine = (index: number, line: string) => BASE.map((l, i) => (i === index ? line : l));
const PROTO = ["  protocol 1", "   name rg-proto-1", "   timers hellotime 1 holdtime 3"];

const KEY_A = "023423161B140035431C4412000E";
const KEY_B = "05392142315E411D16575A1D0708";
const spare = (key: string) => ["  protocol 2", "   name spare", `   authentication md5 key-string 7 ${key}`];

testRule("RG601", "warning", [
  {
    name: "data interface differs: at B's data line, A's related, diff in the message",
    a: red("edge-a", BASE, PROTO),
    b: red("edge-b", withLine(2, "data Port-channel2"), PROTO),
    expected: [
      {
        side: "b",
        line: 8,
        related: [{ side: "a", line: 8 }],
        messageIncludes: [
          "edge-b's `redundancy` block differs from edge-a's",
          "--- edge-a (a, normalized)",
          "+++ edge-b (b, normalized)",
          "-   data Port-channel1",
          "+   data Port-channel2",
          "    name RG1",
        ],
      },
    ],
  },
  {
    name: "group name differs",
    a: red("edge-a", BASE),
    b: red("edge-b", withLine(0, "name RG-ONE")),
    expected: [
      { side: "b", line: 6, related: [{ side: "a", line: 6 }], messageIncludes: ["+   name RG-ONE"] },
    ],
  },
  {
    name: "a track line on A only: at B's group line, A's track line related",
    a: red("edge-a", [...BASE, "track 30 shutdown"]),
    b: red("edge-b", BASE),
    expected: [
      {
        side: "b",
        line: 5,
        related: [{ side: "a", line: 10 }],
        messageIncludes: ["edge-b lacks `track 30 shutdown` (edge-a line 10)", "-   track 30 shutdown"],
      },
    ],
  },
  {
    name: "a track line on B only: at B's track line, A's group line related",
    a: red("edge-a", BASE),
    b: red("edge-b", [...BASE, "track 30 decrement 10"]),
    expected: [{ side: "b", line: 10, related: [{ side: "a", line: 5 }] }],
  },
  {
    name: "a group tracks an undefined object (RG205): its track lines are left out on both chassis",
    a: red("edge-a", BASE),
    b: red("edge-b", withLine(3, "track 11 decrement 60")),
    expected: [],
  },
  {
    name: "tracks of defined objects with another decrement",
    a: red("edge-a", BASE),
    b: red("edge-b", withLine(3, "track 10 decrement 50")),
    expected: [{ side: "b", line: 9, related: [{ side: "a", line: 9 }] }],
  },
  {
    name: "the protocol number of the control line differs",
    a: red("edge-a", BASE),
    b: red("edge-b", withLine(1, "control Port-channel1 protocol 2")),
    expected: [{ side: "b", line: 7, related: [{ side: "a", line: 7 }] }],
  },
  {
    name: "keys of an unused protocol instance differ: marked without showing a key",
    a: red("edge-a", BASE, spare(KEY_A)),
    b: red("edge-b", BASE, spare(KEY_B)),
    // 10 protocol 2, 11 name, 12 authentication
    expected: [
      {
        side: "b",
        line: 12,
        related: [{ side: "a", line: 12 }],
        messageIncludes: [
          "-   authentication md5 key-string <secret>",
          "+   authentication md5 key-string <secret> ! not the same key as edge-a's",
          "Keys are never shown",
        ],
      },
    ],
  },
  {
    name: "an unused protocol instance on A only: at B's application redundancy line",
    a: red("edge-a", BASE, spare(KEY_A)),
    b: red("edge-b", BASE),
    expected: [{ side: "b", line: 4, related: [{ side: "a", line: 10 }] }],
  },
  {
    name: "priority, threshold and preempt differ (per chassis): no finding",
    a: red("edge-a", ["preempt", "priority 150 failover threshold 100", ...BASE]),
    b: red("edge-b", ["priority 100", ...BASE]),
    expected: [],
  },
  {
    name: "what more specific rules report (mode, timers, asymmetric routing, protocol settings, a group on one chassis): no finding",
    a: red(
      "edge-a",
      ["timers delay 30 reload 60", ...BASE, "asymmetric-routing always-divert enable"],
      [...PROTO, "   authentication md5 key-chain RG-KEYS", "  group 2", "   name RG2"],
    ),
    b: red(
      "edge-b",
      ["timers delay 10 reload 20", ...BASE],
      ["  protocol 1", "   name rg-proto-1", "   no bfd"],
    ).replace(" mode none", " mode sso"),
    expected: [],
  },
  {
    name: "a protocol referenced without a block on B (RG304): left out on both chassis",
    a: red("edge-a", BASE, PROTO),
    b: red("edge-b", BASE),
    expected: [],
  },
  {
    name: "normalized: interface abbreviations, track order, defaults written or not",
    a: red(
      "edge-a",
      ["name RG1", "control Po1 protocol 1", "data Po1", "track 20 shutdown", "track 10 decrement 60"],
      ["  protocol 2", "   timers hellotime 3 holdtime 10", "   bfd"],
    ),
    b: red(
      "edge-b",
      [
        "name RG1",
        "control Port-channel1 protocol 1",
        "data Port-channel1",
        "track 10 decrement 60",
        "track 20 shutdown",
      ],
      ["  protocol 2"],
    ),
    expected: [],
  },
  {
    name: "a chassis without a redundancy block (RG605): no finding",
    a: red("edge-a", BASE),
    b: cfg("hostname edge-b", "interface Port-channel1", " ip address 172.16.255.2 255.255.255.252"),
    expected: [],
  },
]);

describe("RG601 normalization", () => {
  it("treats per-chassis and local fields as FIELD_POLICIES says", () => {
    expect(treatmentMatchesPolicy("redundancy", REDUNDANCY_TREATMENT)).toEqual([]);
    expect(treatmentMatchesPolicy("group", GROUP_TREATMENT)).toEqual([]);
    expect(treatmentMatchesPolicy("protocol", PROTOCOL_TREATMENT)).toEqual([]);
  });

  it("never puts a key or its digest in the message, and fingerprints without the diff", () => {
    const a = { file: "a.cfg", content: red("edge-a", BASE, spare(KEY_A)) };
    const b = { file: "b.cfg", content: red("edge-b", withLine(0, "name RG-ONE"), spare(KEY_B)) };
    const analysis = analyze([a, b]);
    const [finding, ...rest] = analysis.findings.filter((f) => f.ruleId === "RG601");
    expect(rest).toEqual([]);
    expect(finding?.fingerprint).toBe("RG601:redundancy");
    const protocol = analysis.chassis[0]?.redundancy?.protocols.get(2);
    const digest =
      protocol?.authentication.kind === "md5-key-string" ? protocol.authentication.secret.digest : "";
    expect(digest.length).toBeGreaterThan(0);
    for (const forbidden of [KEY_A, KEY_B, digest, digest.slice(0, 12), "RG-proto2"]) {
      expect(finding?.message).not.toContain(forbidden);
    }
  });
});
