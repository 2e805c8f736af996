import { expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { cfg, groupOnPo1 } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG308", "warning", [
  {
    name: "plain-text authentication (Cisco's C8000V CUBE example)",
    a: cfg(
      ...groupOnPo1("cube-1"),
      "  protocol 1",
      "   name cube_b2b_ha_1",
      "   authentication text sol_ha1",
    ),
    b: cfg(
      ...groupOnPo1("cube-2"),
      "  protocol 1",
      "   name cube_b2b_ha_1",
      "   authentication md5 key-chain RG-KEYS",
    ),
    expected: [
      { side: "a", line: 11, messageIncludes: ["cube-1's protocol 1 uses plain-text authentication"] },
    ],
  },
  {
    name: "a protocol block without authentication, reported at its protocol line",
    a: cfg(...groupOnPo1("edge-a"), "  protocol 1", "   timers hellotime 1 holdtime 3"),
    expected: [{ side: "a", line: 9, messageIncludes: ["has no authentication"] }],
  },
  {
    name: "a protocol block no group uses is still checked",
    a: cfg(
      ...groupOnPo1("edge-a"),
      "  protocol 1",
      "   authentication md5 key-chain RG-KEYS",
      "  protocol 2",
      "   timers hellotime 1 holdtime 3",
    ),
    expected: [{ side: "a", line: 11 }],
  },
  {
    name: "no protocol block: one finding per instance, at the first control line",
    a: cfg(
      ...groupOnPo1("edge-a"),
      "  group 2",
      "   name RG2",
      "   control Port-channel1 protocol 1",
      "   data Port-channel1",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [{ side: "a", line: 11 }],
        messageIncludes: ["used by groups 1 and 2", "default of no authentication"],
      },
    ],
  },
  {
    name: "MD5 from a key chain or a key string passes",
    a: cfg(...groupOnPo1("edge-a"), "  protocol 1", "   authentication md5 key-chain RG-KEYS"),
    b: cfg(...groupOnPo1("edge-b"), "  protocol 1", "   authentication md5 key-string 7 0539211C244F5C0C0D"),
    expected: [],
  },
]);

it("RG308 never shows the text key", () => {
  const result = analyze([
    {
      file: "a.cfg",
      content: cfg(...groupOnPo1("cube-1"), "  protocol 1", "   authentication text sol_ha1"),
    },
  ]);
  const findings = result.findings.filter((f) => f.ruleId === "RG308");
  expect(findings).toHaveLength(1);
  expect(JSON.stringify(findings)).not.toContain("sol_ha1");
});
