import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { emitGitlab } from "../../src/emit/gitlab.js";
import { FINDINGS, OPTIONS, pairRun, report } from "./report-fixture.js";

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const issues = (r = report()): Issue[] => JSON.parse(emitGitlab(r, OPTIONS).text) as Issue[];

describe("gitlab code quality", () => {
  it("matches the golden output", async () => {
    await expect(emitGitlab(report(), OPTIONS).text).toMatchFileSnapshot("golden/gitlab.json.snap");
  });

  it("has exactly the fields GitLab requires", () => {
    for (const issue of issues()) {
      expect(Object.keys(issue).sort()).toEqual([
        "check_name",
        "description",
        "fingerprint",
        "location",
        "severity",
      ]);
      expect(Object.keys(issue.location).sort()).toEqual(["lines", "path"]);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
    }
  });

  it("maps a finding: repository path, line, severity, md5 of our fingerprint", () => {
    const rg104 = issues().find((i) => i.check_name === "RG104 vip-mismatch")!;
    expect(rg104).toEqual({
      description:
        "RG104 edge-b's GigabitEthernet0/0/2 (RII 101) has virtual IP 10.10.1.11 in group 1, but its twin on edge-a has 10.10.1.1. Related: edge-a line 15.",
      check_name: "RG104 vip-mismatch",
      fingerprint: createHash("md5").update("RG104:rii=101:group=1").digest("hex"),
      severity: "major",
      location: { path: "configs/edge-b.cfg", lines: { begin: 15 } },
    });
    expect(issues().map((i) => i.severity)).toEqual(["minor", "minor", "major", "major", "info"]);
  });

  it("keeps fingerprints of several pairs apart", () => {
    const two = issues(report([pairRun(FINDINGS, "p1"), pairRun(FINDINGS, "p2")]));
    expect(new Set(two.map((i) => i.fingerprint)).size).toBe(two.length);
  });
});
