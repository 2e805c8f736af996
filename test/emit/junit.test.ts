import { describe, expect, it } from "vitest";
import { emitJunit, escapeXml } from "../../src/emit/junit.js";
import { OPTIONS, pairRun, RULE_TABLE, report, SECRETS } from "./report-fixture.js";

function testcase(xml: string, name: string): string {
  const start = xml.indexOf(`name="${name}"`);
  expect(start, name).toBeGreaterThan(0);
  const end = xml.indexOf("<testcase", start);
  return xml.slice(start, end < 0 ? undefined : end);
}

describe("junit", () => {
  it("matches the golden output", async () => {
    await expect(emitJunit(report(), OPTIONS).text).toMatchFileSnapshot("golden/junit.xml");
  });

  it("has one test case per rule and pair, failing the rules with findings at or above --fail-on", () => {
    const xml = emitJunit(report(), OPTIONS).text;
    expect(xml.match(/<testcase /g)).toHaveLength(RULE_TABLE.length);
    expect(xml).toContain(
      `<testsuites name="rglint" tests="6" failures="2" errors="0" skipped="0" time="0">`,
    );
    expect(testcase(xml, "RG104 vip-mismatch")).toContain(`<failure message="1 finding at or above error: `);
    // Below --fail-on: passed, the finding in system-out.
    expect(testcase(xml, "RG208 group-timers-mismatch")).not.toContain("<failure");
    expect(testcase(xml, "RG208 group-timers-mismatch")).toContain(
      "<system-out>configs/edge-b.cfg:7:4  warning",
    );
    expect(testcase(xml, "RG202 threshold-not-below-priority")).toMatch(/time="0"\/>/);
  });

  it("follows --fail-on: warning fails the warning rules too, never fails nothing", () => {
    expect(emitJunit(report(), { ...OPTIONS, failOn: "warning" }).text).toContain(`failures="4"`);
    expect(emitJunit(report(), { ...OPTIONS, failOn: "never" }).text).not.toContain("<failure");
  });

  it("skips the pair rules when one chassis was checked", () => {
    const single = { ...pairRun([]), mode: "single" as const, chassis: [pairRun().chassis[0]!] };
    const xml = emitJunit(report([single]), OPTIONS).text;
    expect(xml).toContain(`skipped="3"`);
    expect(testcase(xml, "RG104 vip-mismatch")).toContain("<skipped");
  });

  it("escapes XML and drops characters XML cannot carry", () => {
    expect(escapeXml(`<a & "b" 'c'>\u0001`)).toBe("&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;?");
  });

  it("frames the lines but never shows a secret", () => {
    const xml = emitJunit(report(), { ...OPTIONS, failOn: "note" }).text;
    expect(xml).toContain("authentication text *****");
    for (const secret of SECRETS) expect(xml).not.toContain(secret);
  });
});
