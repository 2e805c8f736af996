import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

/** hostname (1), redundancy (2), the mode line (3) when given, application redundancy, group 1. */
const red = (hostname: string, mode: string | null) =>
  cfg(
    `hostname ${hostname}`,
    "redundancy",
    ...(mode === null ? [] : [` mode ${mode}`]),
    " application redundancy",
    "  group 1",
    "   name RG1",
    "   control Port-channel1 protocol 1",
    "   data Port-channel1",
  );

testRule("RG603", "warning", [
  {
    name: "sso and none: at B's mode line, A's related",
    a: red("edge-a", "none"),
    b: red("edge-b", "sso"),
    expected: [
      {
        side: "b",
        line: 3,
        related: [{ side: "a", line: 3 }],
        messageIncludes: ["edge-b has `mode sso` under `redundancy`, edge-a has `mode none`"],
      },
    ],
  },
  {
    name: "mode on A only: at B's redundancy line, A's mode line related",
    a: red("edge-a", "rpr"),
    b: red("edge-b", null),
    expected: [
      {
        side: "b",
        line: 2,
        related: [{ side: "a", line: 3 }],
        messageIncludes: ["edge-b's `redundancy` block has no `mode` line", "`mode rpr`"],
      },
    ],
  },
  {
    name: "mode on B only: at A's redundancy line",
    a: red("edge-a", null),
    b: red("edge-b", "none"),
    expected: [{ side: "a", line: 2, related: [{ side: "b", line: 3 }] }],
  },
  {
    name: "the mode is compared case-insensitively",
    a: red("edge-a", "SSO"),
    b: red("edge-b", "sso"),
    expected: [],
  },
  {
    name: "no mode line on either chassis: no finding",
    a: red("edge-a", null),
    b: red("edge-b", null),
    expected: [],
  },
  {
    name: "a chassis without a redundancy block (RG605): no finding",
    a: red("edge-a", "none"),
    b: cfg("hostname edge-b", "interface Port-channel1", " ip address 172.16.255.2 255.255.255.252"),
    expected: [],
  },
]);
