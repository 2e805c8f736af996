import { describe, expect, it } from "vitest";
import { resolveDirectives } from "../../src/parse/directives.js";
import { readConfig } from "../../src/parse/reader.js";
import { findRule } from "../../src/rules/registry.js";

const known = (id: string) => findRule(id) !== undefined;

function resolve(lines: readonly string[]) {
  return resolveDirectives(readConfig(`${lines.join("\n")}\n`, "b.cfg"), known);
}

const ranges = (lines: readonly string[]) =>
  resolve(lines).suppressions.map((s) => `${s.ruleId} ${s.firstLine}-${s.lastLine}`);

describe("inline suppression directives", () => {
  it("disable-next-line covers the next configuration line, skipping comments and blank lines", () => {
    const lines = [
      "interface GigabitEthernet0/0/1",
      " ! rglint-disable-next-line RG104 -- VIP moves in CHG-1234",
      " ! rglint-disable-next-line RG105, RG107 -- same change",
      "",
      " redundancy group 1 ip 10.10.1.111 exclusive",
    ];
    expect(ranges(lines)).toEqual(["RG104 5-5", "RG105 5-5", "RG107 5-5"]);
    expect(resolve(lines).directives[0]!.reason).toBe("VIP moves in CHG-1234");
    expect(resolve(lines).problems).toEqual([]);
  });

  it("the block form runs from the disable to its enable, or to the end of the file", () => {
    const lines = [
      "! rglint-disable RG203 -- CUBE pair: equal priorities by design",
      "redundancy",
      " application redundancy",
      "  ! rglint-disable RG208 RG303 -- timers differ until both chassis are upgraded",
      "  group 1",
      "   priority 100",
      "  ! rglint-enable RG203",
      "  group 2",
    ];
    expect(ranges(lines).sort()).toEqual(["RG203 1-7", "RG208 4-8", "RG303 4-8"]);
  });

  it("rglint-enable without IDs closes every open block", () => {
    const lines = ["! rglint-disable RG203, RG208 -- why", "redundancy", "! rglint-enable", "hostname x"];
    expect(ranges(lines).sort()).toEqual(["RG203 1-3", "RG208 1-3"]);
  });

  it("a directive without a reason suppresses nothing and is reported", () => {
    for (const text of [
      "! rglint-disable-next-line RG104",
      "! rglint-disable-next-line RG104 --",
      "! rglint-disable RG104 --   ",
    ]) {
      const r = resolve([text, "hostname edge-b"]);
      expect(r.suppressions, text).toEqual([]);
      expect(
        r.problems.map((p) => p.message),
        text,
      ).toEqual([expect.stringContaining("gives no reason")]);
    }
  });

  it("reports unknown rules, words that are not rule IDs, misspelt directives and stray enables", () => {
    const r = resolve([
      "! rglint-disable-next-line RG104, RG999 -- reason",
      "hostname edge-b",
      "! rglint-disable-next-line RG1O4 -- letter O",
      "! rglint-disable-nextline RG104 -- typo",
      "! rglint-enable RG308",
      "! rglint-disable -- no rule",
      "ip nat switchover replication http",
    ]);
    expect(r.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      expect.stringMatching(/^1:35 .*RG999, which is not an rglint rule/),
      expect.stringMatching(/^3:28 "RG1O4" in rglint-disable-next-line is not a rule ID/),
      expect.stringMatching(/^4:1 "rglint-disable-nextline" is not an rglint directive/),
      expect.stringMatching(/^5:1 rglint-enable RG308 has no rglint-disable RG308 before it/),
      expect.stringMatching(/^6:1 rglint-disable names no rule/),
    ]);
    // The known rule of the first directive still takes effect.
    expect(r.suppressions.map((s) => s.ruleId)).toEqual(["RG104"]);
  });

  it("ignores ordinary comments and text that only mentions rglint", () => {
    const r = resolve([
      "! rglint checks this pair in CI",
      "!",
      "hostname edge-b",
      "banner motd ^C rglint-disable ^C",
    ]);
    expect(r.directives).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it("gives fingerprint subjects without line numbers", () => {
    const top = resolve(["! rglint-disable-next-line RG104", "hostname b"]).problems[0]!;
    const moved = resolve(["hostname b", "!", "!", "! rglint-disable-next-line RG104", "interface Gi1"])
      .problems[0]!;
    expect(moved.subject).toBe(top.subject);
    expect(moved.location.line).toBe(4);
  });
});
