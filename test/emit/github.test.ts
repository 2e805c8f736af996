import { describe, expect, it } from "vitest";
import { emitGithub, escapeData, escapeProperty } from "../../src/emit/github.js";
import { FINDINGS, OPTIONS, pairRun, report, SECRETS } from "./report-fixture.js";

describe("github workflow commands", () => {
  it("match the golden output", async () => {
    await expect(emitGithub(report(), OPTIONS).text).toMatchFileSnapshot("golden/github.txt");
  });

  it("annotate the line with file, line, endLine, col, endColumn and title", () => {
    const lines = emitGithub(report(), OPTIONS).text.split("\n");
    expect(lines.find((l) => l.includes("title=RG104"))).toBe(
      "::error file=configs/edge-b.cfg,line=15,endLine=15,col=2,endColumn=43,title=RG104 vip-mismatch::edge-b's GigabitEthernet0/0/2 (RII 101) has virtual IP 10.10.1.11 in group 1, but its twin on edge-a has 10.10.1.1.%0ARelated: edge-a line 15 (configs/edge-a.cfg): virtual IP of GigabitEthernet0/0/2 on edge-a%0AFix: Use the same virtual IP on both twins with RII 101.",
    );
  });

  it("map levels to error, warning and notice, most severe first", () => {
    const kinds = emitGithub(report(), OPTIONS)
      .text.split("\n")
      .filter((l) => l.startsWith("::"))
      .map((l) => l.slice(2, l.indexOf(" ")));
    expect(kinds).toEqual(["error", "error", "warning", "warning", "notice"]);
  });

  it("escape %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });

  it("keep every finding on one line, so a message cannot inject a command", () => {
    const evil = { ...FINDINGS[0]!, message: "x\n::warning::injected" };
    const lines = emitGithub(report([pairRun([evil])]), OPTIONS)
      .text.trimEnd()
      .split("\n");
    expect(lines.filter((l) => l.startsWith("::"))).toHaveLength(1);
    expect(lines[0]).toContain("x%0A::warning::injected");
  });

  it("end with a plain summary line, dropped under --quiet", () => {
    expect(emitGithub(report(), OPTIONS).text.trimEnd().split("\n").pop()).toBe(
      "rglint: 2 errors, 2 warnings, 1 note in edge-a + edge-b",
    );
    expect(emitGithub(report(), { ...OPTIONS, quiet: true }).text).not.toContain("rglint:");
  });

  it("never contain a secret", () => {
    const text = emitGithub(report(), OPTIONS).text;
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});
