import { describe, expect, it } from "vitest";
import { codeFrame, printable, renderFrame } from "../../src/emit/frame.js";
import { emitStylish } from "../../src/emit/stylish.js";
import { A_LINES, B_FILE, FINDINGS, OPTIONS, pairRun, report, SECRETS } from "./report-fixture.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point.
const ANSI = /\u001b\[/;

describe("code frames", () => {
  it("show the block header, a gap marker, the line and an underline of the location", () => {
    const frame = codeFrame(A_LINES, { file: "a", line: 15, column: 2, endColumn: 43 });
    expect(renderFrame(frame!, "")).toEqual([
      "  12 | interface GigabitEthernet0/0/2",
      "     :",
      "> 15 |  redundancy group 1 ip 10.10.1.1 exclusive",
      "     |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    ]);
  });

  it("mask secrets and clamp the underline to the masked line", () => {
    const frame = codeFrame(A_LINES, { file: "a", line: 10, column: 4, endColumn: 37 });
    const text = renderFrame(frame!, "").join("\n");
    expect(text).toContain("authentication text *****");
    expect(text).not.toContain("Cl3arA-Secret");
    expect(text).toContain("   8 |   protocol 1");
  });

  it("have no header for a top-level line and none for a line outside the file", () => {
    expect(codeFrame(A_LINES, { file: "a", line: 1, column: 1, endColumn: 16 })!.lines).toHaveLength(1);
    expect(codeFrame(A_LINES, { file: "a", line: 99, column: 1, endColumn: 2 })).toBeNull();
  });

  it("turn control characters (terminal escapes in a banner) into ?", () => {
    expect(printable("ab\u001b[2Jcd\tef")).toBe("ab?[2Jcd ef");
  });
});

describe("stylish", () => {
  it("matches the golden output", async () => {
    await expect(emitStylish(report(), OPTIONS).text).toMatchFileSnapshot("golden/stylish.txt");
  });

  it("groups by rule, errors first, and frames the offending and the peer's line", () => {
    const text = emitStylish(report(), OPTIONS).text;
    const order = ["RG104 vip-mismatch", "RG303 protocol-mismatch", "RG208", "RG308", "RG407"].map((s) =>
      text.indexOf(s),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toContain(`${B_FILE}:15:2  error`);
    expect(text).toContain("> 15 |  redundancy group 1 ip 10.10.1.11 exclusive");
    expect(text).toContain("> 15 |  redundancy group 1 ip 10.10.1.1 exclusive");
    expect(text).toContain("2 errors, 2 warnings, 1 note in edge-a + edge-b: fails at --fail-on error");
  });

  it("never prints a secret", () => {
    const text = emitStylish(report(), OPTIONS).text;
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it("colours only when asked", () => {
    expect(emitStylish(report(), OPTIONS).text).not.toMatch(ANSI);
    expect(emitStylish(report(), { ...OPTIONS, color: true }).text).toMatch(ANSI);
  });

  it("says when nothing fails the run", () => {
    const warningsOnly = FINDINGS.filter((f) => f.level !== "error");
    expect(emitStylish(report([pairRun(warningsOnly)]), OPTIONS).text).toContain(
      "2 warnings, 1 note in edge-a + edge-b: nothing at or above --fail-on error",
    );
    expect(emitStylish(report([pairRun([])]), OPTIONS).text).toContain("✔ no findings in edge-a + edge-b");
  });

  it("prints nothing at all under --quiet when there is nothing to show", () => {
    expect(emitStylish(report([pairRun([])]), { ...OPTIONS, quiet: true }).text).toBe("");
  });

  it("drops the summary chatter under --quiet", () => {
    const errors = FINDINGS.filter((f) => f.level === "error");
    const text = emitStylish(report([pairRun(errors)]), { ...OPTIONS, quiet: true }).text;
    expect(text).toContain("RG104 vip-mismatch");
    expect(text).not.toContain("errors,");
    expect(text).not.toContain("rglint explain");
  });

  it("says so when one chassis was checked", () => {
    const single = { ...pairRun([]), mode: "single" as const, chassis: [pairRun().chassis[0]!] };
    expect(emitStylish(report([single]), OPTIONS).text).toContain("one chassis given: chassis rules only");
  });
});
