/**
 * Real configs nobody here wrote (../shared/corpus, see its SOURCES.md): rglint finds the defects
 * SOURCES.md documents that a rule covers, at their file and line, and no file makes a rule throw.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, loadChassis } from "../src/analyze.js";
import { buildPair } from "../src/model/pair.js";
import { runRules } from "../src/rules/run.js";
import type { Finding } from "../src/rules/types.js";

const CORPUS = path.resolve(process.cwd(), "../shared/corpus");

interface Expected {
  readonly rule: string;
  readonly level: "error" | "warning" | "note";
  /** File name (base name) and line of the primary location. */
  readonly at: string;
  /** Related locations, as base-name:line, in order (omit to not check them). */
  readonly related?: readonly string[];
  /** What SOURCES.md says that the finding shows. */
  readonly why: string;
}

function run(...files: string[]): readonly Finding[] {
  return analyze(
    files.map((f) => ({ file: path.join(CORPUS, f), content: readFileSync(path.join(CORPUS, f)) })),
  ).findings;
}

const where = (loc: { file: string; line: number }) => `${path.basename(loc.file)}:${loc.line}`;

function expectFindings(findings: readonly Finding[], expected: readonly Expected[]): void {
  for (const e of expected) {
    const hit = findings.find((f) => f.ruleId === e.rule && where(f.location) === e.at);
    expect(
      hit,
      `${e.rule} at ${e.at} (${e.why}); got:\n${findings.map((f) => `${f.ruleId} ${where(f.location)}`).join("\n")}`,
    ).toBeDefined();
    expect(hit!.level).toBe(e.level);
    if (e.related !== undefined) expect(hit!.related.map((r) => where(r.location))).toEqual(e.related);
  }
}

describe("corpus: b2b/cisco-cube-ha-asr1k-doc (Cisco's CUBE ASR example pair)", () => {
  const findings = run(
    "b2b/cisco-cube-ha-asr1k-doc/router1-b2bred2.cfg",
    "b2b/cisco-cube-ha-asr1k-doc/router2-b2bred1.cfg",
  );

  it("finds the documented defects", () => {
    expectFindings(findings, [
      {
        rule: "RG210",
        level: "error",
        at: "router2-b2bred1.cfg:62",
        related: ["router2-b2bred1.cfg:76"],
        why: "both chassis track Gi0/0/1, which Router2 lacks",
      },
      {
        rule: "RG305",
        level: "error",
        at: "router1-b2bred2.cfg:71",
        why: "the second Gi0/0/0 stanza moves the control/data interface into Mgmt-intf with no ip address",
      },
      {
        rule: "RG305",
        level: "error",
        at: "router2-b2bred1.cfg:73",
        why: "Router2's second Gi0/0/0 stanza also shuts the control/data interface down",
      },
      {
        rule: "RG309",
        level: "warning",
        at: "router1-b2bred2.cfg:71",
        why: "the control/data interface ends up in VRF Mgmt-intf",
      },
      {
        rule: "RG602",
        level: "note",
        at: "router1-b2bred2.cfg:101",
        related: ["router1-b2bred2.cfg:84"],
        why: "duplicate interface stanza, merged in order",
      },
      {
        rule: "RG602",
        level: "note",
        at: "router2-b2bred1.cfg:96",
        related: ["router2-b2bred1.cfg:85"],
        why: "duplicate interface stanza, merged in order",
      },
      {
        rule: "RG602",
        level: "note",
        at: "router1-b2bred2.cfg:75",
        related: ["router1-b2bred2.cfg:66"],
        why: "`protocol 1` at column 0 on Router1, re-attached to application redundancy",
      },
    ]);
  });

  it("does not report what the pair gets right", () => {
    // Same priorities and thresholds (a CUBE requirement), same timers, same RII and VIPs.
    for (const rule of ["RG101", "RG104", "RG203", "RG208", "RG211", "RG303"]) {
      expect(findings.filter((f) => f.ruleId === rule).map((f) => where(f.location))).toEqual([]);
    }
  });
});

describe("corpus: fragments/cisco-cube-ha-c8000v-doc", () => {
  const findings = run(
    "fragments/cisco-cube-ha-c8000v-doc/cube-1.cfg",
    "fragments/cisco-cube-ha-c8000v-doc/cube-2.cfg",
  );

  it("finds the unequal CUBE priorities, the cleartext authentication and the invalid IPv6 line", () => {
    expectFindings(findings, [
      {
        rule: "RG211",
        level: "error",
        at: "cube-2.cfg:13",
        related: ["cube-1.cfg:13"],
        why: "priority 125 on cube-1, 100 on cube-2; CUBE requires them equal",
      },
      { rule: "RG308", level: "warning", at: "cube-1.cfg:20", why: "authentication text sol_ha1" },
      { rule: "RG308", level: "warning", at: "cube-2.cfg:20", why: "authentication text sol_ha1" },
      {
        rule: "RG602",
        level: "note",
        at: "cube-2.cfg:26",
        why: "invalid syntax `ipv6 address …/119 255.255.255.0`",
      },
    ]);
    // The cleartext key never reaches a message.
    expect(findings.some((f) => f.message.includes("sol_ha1") || f.fingerprint.includes("sol_ha1"))).toBe(
      false,
    );
  });
});

describe("corpus: fragments/cisco-cube-multivrf-rg-infra-doc (CLI transcripts)", () => {
  const findings = run(
    "fragments/cisco-cube-multivrf-rg-infra-doc/active-transcript.txt",
    "fragments/cisco-cube-multivrf-rg-infra-doc/standby-transcript.txt",
  );

  it("finds the same control address on both chassis", () => {
    expectFindings(findings, [
      {
        rule: "RG108",
        level: "error",
        at: "standby-transcript.txt:7",
        related: ["active-transcript.txt:7"],
        why: "both chassis set Gi0/0/0 to 14.2.43.81",
      },
    ]);
  });
});

describe("corpus: README templates that use a redundancy group never defined", () => {
  it("aws-csr1kv-nat-ha (680c415): the interface decrement and the NAT rule refer to RG 1", () => {
    const findings = run("fragments/aws-csr1kv-nat-ha-readme/csr1kv-template-680c415.cfg");
    expectFindings(findings, [
      {
        rule: "RG206",
        level: "error",
        at: "csr1kv-template-680c415.cfg:14",
        why: "redundancy group 1 decrement 100",
      },
      {
        rule: "RG206",
        level: "error",
        at: "csr1kv-template-680c415.cfg:30",
        why: "NAT redundancy 1 mapping-id 1",
      },
    ]);
  });

  it("aws-csr1kv-nat-ha (HEAD, blank line after every line): the same, at its own lines", () => {
    const findings = run("fragments/aws-csr1kv-nat-ha-readme/csr1kv-template-head-f328a30.cfg");
    expectFindings(findings, [
      {
        rule: "RG206",
        level: "error",
        at: "csr1kv-template-head-f328a30.cfg:26",
        why: "redundancy group 1 decrement 100",
      },
      {
        rule: "RG206",
        level: "error",
        at: "csr1kv-template-head-f328a30.cfg:58",
        why: "NAT redundancy 1 mapping-id 1",
      },
    ]);
  });

  it("sapcc asr1k: RG 1 is referenced by a VIP and a static NAT but never defined", () => {
    expectFindings(run("fragments/sapcc-asr1k-neutron-l3-readme/global-failover-rg-tracking-eem.cfg"), [
      {
        rule: "RG206",
        level: "error",
        at: "global-failover-rg-tracking-eem.cfg:17",
        why: "redundancy group 1 ip 1.1.3.3 exclusive decrement 10",
      },
    ]);
    expectFindings(run("fragments/sapcc-asr1k-neutron-l3-readme/floating-ip-static-nat-rg-mapping-id.cfg"), [
      {
        rule: "RG206",
        level: "error",
        at: "floating-ip-static-nat-rg-mapping-id.cfg:11",
        why: "static NAT with redundancy 1 mapping-id 112",
      },
    ]);
  });

  it("cisco-cube-stateful-switchover: the column-0 VIP line is read as the interface's and its RG is undefined", () => {
    expectFindings(run("fragments/cisco-cube-stateful-switchover-doc/asr-rg-infra-interface.cfg"), [
      {
        rule: "RG602",
        level: "note",
        at: "asr-rg-infra-interface.cfg:5",
        related: ["asr-rg-infra-interface.cfg:1"],
        why: "misindented `redundancy group 1 ip …`",
      },
      {
        rule: "RG206",
        level: "error",
        at: "asr-rg-infra-interface.cfg:5",
        why: "RG 1 is not defined in the fragment",
      },
    ]);
  });
});

describe("corpus: fragments/openstack-networking-cisco-asr-hsrp-pair (HSRP, not RG)", () => {
  it("says there is nothing to check on either chassis", () => {
    const findings = run(
      "fragments/openstack-networking-cisco-asr-hsrp-pair/asr-0004.cfg",
      "fragments/openstack-networking-cisco-asr-hsrp-pair/asr-0005.cfg",
    );
    expectFindings(findings, [
      { rule: "RG605", level: "warning", at: "asr-0004.cfg:1", why: "HSRP pair, no box-to-box redundancy" },
      { rule: "RG605", level: "warning", at: "asr-0005.cfg:1", why: "HSRP pair, no box-to-box redundancy" },
    ]);
    expect(findings.filter((f) => f.level === "error")).toEqual([]);
  });
});

describe("corpus: every file", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return files(full);
      return name === "SOURCES.md" ? [] : [path.relative(CORPUS, full)];
    });
  }
  const all = files(CORPUS).sort();

  it("is analyzed alone without any rule throwing, and general IOS configs get RG605 only as a warning", () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const f of all) {
      const findings = run(f);
      for (const finding of findings) {
        expect(finding.location.line).toBeGreaterThanOrEqual(1);
        expect(finding.message.length).toBeGreaterThan(0);
      }
      if (f.startsWith("ios/")) {
        expect(findings.filter((x) => x.ruleId === "RG605").length, f).toBe(1);
        expect(
          findings.filter((x) => x.level === "error").map((x) => `${x.ruleId} ${where(x.location)}`),
          f,
        ).toEqual([]);
      }
    }
  });

  it("is analyzed in every ordered pair without any rule throwing", () => {
    const chassis = all.map((f) => loadChassis({ file: f, content: readFileSync(path.join(CORPUS, f)) }));
    for (const a of chassis) for (const b of chassis) runRules({ kind: "pair", pair: buildPair(a, b) });
  });
});
