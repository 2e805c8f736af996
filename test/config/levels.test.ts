import { describe, expect, it } from "vitest";
import { applyLevels, resolveRuleLevels } from "../../src/config/levels.js";
import type { RglintConfig } from "../../src/config/types.js";
import type { Finding } from "../../src/rules/types.js";

const config: RglintConfig = {
  rules: { RG203: "error", RG306: "off", RG308: "note" },
  overrides: [
    { pairs: ["dc1-*"], rules: { RG203: "note", RG306: "warning" } },
    { files: ["cube/**"], rules: { RG203: "off" } },
    { pairs: ["dc1-edge"], files: ["lab/**"], rules: { RG308: "error" } },
  ],
};

const pair = (name: string, ...files: string[]) => ({ name, files });

describe("rule levels", () => {
  it("rules, then matching overrides in order, then the command line", () => {
    const levels = resolveRuleLevels(config, pair("dc1-edge", "configs/a.cfg", "configs/b.cfg"), {
      RG306: "error",
    });
    expect(Object.fromEntries(levels)).toEqual({ RG203: "note", RG306: "error", RG308: "note" });
  });

  it("an override applies by pair name glob, by file glob, and with both only when both match", () => {
    expect(resolveRuleLevels(config, pair("dc2-edge", "x/a.cfg"), {}).get("RG203")).toBe("error");
    expect(resolveRuleLevels(config, pair("dc2-cube", "cube/a.cfg", "cube/b.cfg"), {}).get("RG203")).toBe(
      "off",
    );
    expect(resolveRuleLevels(config, pair("dc1-edge", "lab/a.cfg"), {}).get("RG308")).toBe("error");
    expect(resolveRuleLevels(config, pair("dc2-edge", "lab/a.cfg"), {}).get("RG308")).toBe("note");
  });

  it("without a config only the command line counts", () => {
    expect(Object.fromEntries(resolveRuleLevels(null, pair("p"), { RG101: "warning" }))).toEqual({
      RG101: "warning",
    });
  });

  it("sets every finding of a rule to its level, also those the rule raised itself, and drops rules that are off", () => {
    const f = (ruleId: string, level: Finding["level"]): Finding => ({
      ruleId,
      ruleName: "x",
      level,
      message: "m",
      location: { file: "b.cfg", line: 1, column: 1, endColumn: 2 },
      side: "b",
      related: [],
      fix: null,
      fingerprint: `${ruleId}:x`,
    });
    const out = applyLevels(
      [f("RG202", "error"), f("RG202", "warning"), f("RG306", "warning"), f("RG101", "error")],
      new Map([
        ["RG202", "note"],
        ["RG306", "off"],
      ] as const),
    );
    expect(out.map((x) => `${x.ruleId} ${x.level}`)).toEqual(["RG202 note", "RG202 note", "RG101 error"]);
  });
});
