import { expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { cfg, groupOnPo1 } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

/** Line 9 `protocol 1`, then the given lines from line 10. */
const withProtocol = (hostname: string, ...body: string[]) =>
  cfg(...groupOnPo1(hostname), "  protocol 1", ...body);

const MD5_7 = "   authentication md5 key-string 7 0539211C244F5C0C0D"; // RGsecret
const MD5_0 = "   authentication md5 key-string 0 RGsecret";
const TIMERS = "   timers hellotime 1 holdtime 3";

testRule("RG303", "error", [
  {
    name: "MD5 on one chassis, no authentication on the other",
    a: withProtocol("edge-a", TIMERS, MD5_7),
    b: withProtocol("edge-b", TIMERS),
    expected: [
      {
        side: "b",
        line: 9,
        related: [{ side: "a", line: 11 }],
        messageIncludes: ["edge-b uses no authentication, edge-a uses MD5 authentication with a key string"],
      },
    ],
  },
  {
    name: "both MD5 key strings, different keys",
    a: withProtocol("edge-a", TIMERS, MD5_7),
    b: withProtocol("edge-b", TIMERS, "   authentication md5 key-string 0 OtherKey"),
    expected: [
      {
        side: "b",
        line: 11,
        related: [{ side: "a", line: 11 }],
        messageIncludes: ["the authentication keys differ"],
      },
    ],
  },
  {
    name: "the same key written as type 7 and in clear text is the same key",
    a: withProtocol("edge-a", TIMERS, MD5_7),
    b: withProtocol("edge-b", TIMERS, MD5_0),
    expected: [],
  },
  {
    name: "key chains with the same name but different keys",
    a: cfg(
      "key chain RG-KEYS",
      " key 1",
      "  key-string 0 RGsecret",
      ...groupOnPo1("edge-a"),
      "  protocol 1",
      "   authentication md5 key-chain RG-KEYS",
    ),
    b: cfg(
      "key chain RG-KEYS",
      " key 1",
      "  key-string 0 Different",
      ...groupOnPo1("edge-b"),
      "  protocol 1",
      "   authentication md5 key-chain RG-KEYS",
    ),
    expected: [
      {
        side: "b",
        line: 13,
        related: [{ side: "a", line: 13 }],
        messageIncludes: ["the keys in key chain RG-KEYS differ"],
      },
    ],
  },
  {
    name: "key chains with different names but the same keys authenticate alike",
    a: cfg(
      "key chain RG-A",
      " key 1",
      "  key-string 0 RGsecret",
      ...groupOnPo1("edge-a"),
      "  protocol 1",
      "   authentication md5 key-chain RG-A",
    ),
    b: cfg(
      "key chain RG-B",
      " key 1",
      "  key-string 7 0539211C244F5C0C0D",
      ...groupOnPo1("edge-b"),
      "  protocol 1",
      "   authentication md5 key-chain RG-B",
    ),
    expected: [],
  },
  {
    name: "a key chain defined on one chassis only",
    a: cfg(
      "key chain RG-KEYS",
      " key 1",
      "  key-string 0 RGsecret",
      ...groupOnPo1("edge-a"),
      "  protocol 1",
      "   authentication md5 key-chain RG-KEYS",
    ),
    b: withProtocol("edge-b", "   authentication md5 key-chain RG-KEYS"),
    expected: [
      {
        side: "b",
        line: 10,
        related: [{ side: "a", line: 13 }],
        messageIncludes: ["key chain RG-KEYS is not defined on edge-b"],
      },
    ],
  },
  {
    name: "BFD switched off on one chassis",
    a: withProtocol("edge-a", TIMERS, MD5_7, "   bfd"),
    b: withProtocol("edge-b", TIMERS, MD5_7, "   no bfd"),
    expected: [
      { side: "b", line: 12, related: [{ side: "a", line: 12 }], messageIncludes: ["BFD off", "BFD on"] },
    ],
  },
  {
    name: "only the timers differ: a warning",
    a: withProtocol("edge-a", TIMERS, MD5_7),
    b: withProtocol("edge-b", "   timers hellotime msec 250 holdtime msec 750", MD5_7),
    expected: [
      {
        level: "warning",
        side: "b",
        line: 10,
        related: [{ side: "a", line: 10 }],
        messageIncludes: ["hellotime 250 ms, holdtime 750 ms", "hellotime 1 s, holdtime 3 s"],
      },
    ],
  },
  {
    name: "authentication and timers differ: the error and the timers warning",
    a: withProtocol("edge-a", TIMERS, MD5_7),
    b: withProtocol("edge-b", "   timers hellotime 3 holdtime 10", "   authentication text RGsecret"),
    expected: [
      { level: "error", side: "b", line: 11, related: [{ side: "a", line: 11 }] },
      { level: "warning", side: "b", line: 10, related: [{ side: "a", line: 10 }] },
    ],
  },
  {
    name: "a protocol without a block compares with its defaults, at the control line",
    a: withProtocol("edge-a", TIMERS, MD5_7),
    b: cfg(...groupOnPo1("edge-b")),
    expected: [
      {
        level: "error",
        side: "b",
        line: 7,
        related: [{ side: "a", line: 11 }],
        messageIncludes: ["no block, defaults apply"],
      },
      {
        level: "warning",
        side: "b",
        line: 7,
        related: [{ side: "a", line: 10 }],
      },
    ],
  },
  {
    name: "no block on either chassis: the same defaults",
    a: cfg(...groupOnPo1("edge-a")),
    b: cfg(...groupOnPo1("edge-b")),
    expected: [],
  },
  {
    name: "two groups sharing one instance are compared once",
    a: cfg(
      ...groupOnPo1("edge-a"),
      "  group 2",
      "   name RG2",
      "   control Port-channel1 protocol 1",
      "   data Port-channel1",
      "  protocol 1",
      TIMERS,
      MD5_7,
    ),
    b: cfg(
      ...groupOnPo1("edge-b"),
      "  group 2",
      "   name RG2",
      "   control Port-channel1 protocol 1",
      "   data Port-channel1",
      "  protocol 1",
      TIMERS,
    ),
    expected: [
      {
        side: "b",
        line: 13,
        related: [{ side: "a", line: 15 }],
        messageIncludes: ["used by groups 1 and 2"],
      },
    ],
  },
  {
    name: "identical instances pass",
    a: withProtocol("edge-a", TIMERS, MD5_7, "   bfd"),
    b: withProtocol("edge-b", TIMERS, MD5_7, "   bfd"),
    expected: [],
  },
]);

it("RG303 never puts a key into a message or fix", () => {
  const result = analyze([
    { file: "a.cfg", content: withProtocol("edge-a", TIMERS, "   authentication text TopSecret1") },
    { file: "b.cfg", content: withProtocol("edge-b", TIMERS, "   authentication text TopSecret2") },
  ]);
  const findings = result.findings.filter((f) => f.ruleId === "RG303");
  expect(findings).toHaveLength(1);
  const text = JSON.stringify(findings);
  expect(text).not.toContain("TopSecret");
  expect(findings[0]?.message).toContain("the authentication keys differ");
  expect(findings[0]?.fingerprint).toBe("RG303:protocol=1:authentication");
});

it("RG303 says when a side runs the default timers", () => {
  const result = analyze([
    { file: "a.cfg", content: withProtocol("edge-a", TIMERS, MD5_7) },
    { file: "b.cfg", content: withProtocol("edge-b", MD5_7) },
  ]);
  const findings = result.findings.filter((f) => f.ruleId === "RG303");
  expect(findings.map((f) => [f.level, f.fingerprint])).toEqual([["warning", "RG303:protocol=1:timers"]]);
  expect(findings[0]?.message).toContain(
    "edge-b has hellotime 3 s, holdtime 10 s (defaults), edge-a has hellotime 1 s, holdtime 3 s",
  );
});
