import { cfg } from "./pairing-configs.js";
import { testRule } from "./rule-tester.js";

const conf = (hostname: string, version: string | null) =>
  cfg(
    "Building configuration...",
    "",
    "Current configuration : 9120 bytes",
    "!",
    ...(version === null ? [] : [`version ${version}`]),
    `hostname ${hostname}`,
    "redundancy",
    " mode none",
  );

testRule("RG606", "warning", [
  {
    name: "17.9 and 17.12: at B's version line, A's related",
    a: conf("edge-a", "17.9"),
    b: conf("edge-b", "17.12"),
    expected: [
      {
        side: "b",
        line: 5,
        related: [{ side: "a", line: 5 }],
        messageIncludes: ["edge-b runs `version 17.12`, edge-a runs `version 17.9`"],
      },
    ],
  },
  {
    name: "the same train: no finding",
    a: conf("edge-a", "17.9"),
    b: conf("edge-b", "17.9"),
    expected: [],
  },
  {
    name: "a fragment without a version line: not compared",
    a: conf("edge-a", "17.9"),
    b: conf("edge-b", null),
    expected: [],
  },
]);
