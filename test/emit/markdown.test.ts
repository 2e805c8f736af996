import { describe, expect, it } from "vitest";
import { cell, emitMarkdown } from "../../src/emit/markdown.js";
import { FINDINGS, OPTIONS, pairRun, report, SECRETS } from "./report-fixture.js";

describe("markdown summary", () => {
  it("matches the golden output", async () => {
    await expect(emitMarkdown(report(), OPTIONS).text).toMatchFileSnapshot("golden/markdown.md.snap");
  });

  it("has the verdict, counts by rule with links to the rule pages, and a findings table", () => {
    const md = emitMarkdown(report(), OPTIONS).text;
    expect(md).toContain("❌ **2 errors, 2 warnings, 1 note**: fails at `--fail-on error`.");
    expect(md).toContain(
      "| [RG104 vip-mismatch](https://github.com/rglint/rglint/blob/main/rules-docs/RG104.md) | 🔴 error | 1 |",
    );
    expect(md).toContain(
      "| 🔴 error | [RG104 vip-mismatch](https://github.com/rglint/rglint/blob/main/rules-docs/RG104.md) | `configs/edge-b.cfg:15` |",
    );
  });

  it("links lines to the commit inside GitHub Actions", () => {
    const md = emitMarkdown(report(), {
      ...OPTIONS,
      sourceLinkBase: "https://github.com/o/r/blob/abc123",
    }).text;
    expect(md).toContain(
      "[`configs/edge-b.cfg:15`](https://github.com/o/r/blob/abc123/configs/edge-b.cfg#L15)",
    );
  });

  it("keeps table cells on one line, without pipes or HTML", () => {
    expect(cell("a | b <script>\nsecond line")).toBe("a \\| b &lt;script&gt;");
  });

  it("says so when there is nothing to report, and prints nothing under --quiet", () => {
    expect(emitMarkdown(report([pairRun([])]), OPTIONS).text).toContain("✅ No findings.");
    expect(emitMarkdown(report([pairRun([])]), { ...OPTIONS, quiet: true }).text).toBe("");
  });

  it("cuts long tables", () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ ...FINDINGS[0]!, fingerprint: `x${i}` }));
    expect(emitMarkdown(report([pairRun(many)]), OPTIONS).text).toContain(
      "50 more findings are not shown here",
    );
  });

  it("never contains a secret", () => {
    const md = emitMarkdown(report(), OPTIONS).text;
    for (const secret of SECRETS) expect(md).not.toContain(secret);
  });
});
