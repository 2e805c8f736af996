import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateSimulation } from "../simulate/simulation-schema.js";
import { CLEAN, DEMO, runCli } from "./helpers.js";

const tmp = mkdtempSync(path.join(tmpdir(), "rglint-simulate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Doc {
  scenarios: Array<{ id: string; groups: Array<{ group: number; switchover: boolean }> }>;
}

describe("rglint simulate: exit codes and --fail-on", () => {
  it("prints the table and exits 0 without --fail-on", async () => {
    const r = await runCli(["simulate", ...CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^scenario\s+group\s+edge-a\s+edge-b\s+outcome\s+switchover after\s+failback$/m);
    expect(r.stdout).toContain("25 scenarios × 2 groups");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("exits 1 when an outcome named in --fail-on occurs, and 0 when none does", async () => {
    // The clean pair has a single control link: losing it is dual-active, nothing is black-holed.
    expect((await runCli(["simulate", ...CLEAN, "--fail-on", "dual-active"])).code).toBe(1);
    expect(
      (await runCli(["simulate", ...CLEAN, "--fail-on", "black-hole,stateless,undetermined"])).code,
    ).toBe(0);
    const r = await runCli(["simulate", ...CLEAN, "--fail-on", "black-hole", "--fail-on", "dual-active"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✖ fails at --fail-on black-hole,dual-active: dual-active");
  });

  it("fails the demo pair on stateless switchovers (HTTP replication on one chassis) and undetermined groups", async () => {
    expect((await runCli(["simulate", ...DEMO, "--fail-on", "stateless"])).code).toBe(1);
    expect((await runCli(["simulate", ...DEMO, "--fail-on", "undetermined"])).code).toBe(1);
    expect((await runCli(["simulate", ...DEMO, "--fail-on", "black-hole"])).code).toBe(0);
  });

  it("rejects an unknown --fail-on outcome with one line, exit 2", async () => {
    const r = await runCli(["simulate", ...CLEAN, "--fail-on", "black-hole,split-brain"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "rglint: --fail-on split-brain: expected one or more of: black-hole, dual-active, stateless, undetermined\n",
    );
  });
});

describe("rglint simulate: scenarios", () => {
  it("runs only the scenarios asked for, with IOS abbreviations and two-fault IDs put in order", async () => {
    const r = await runCli([
      "simulate",
      ...CLEAN,
      "-f",
      "json",
      "--scenario",
      "reload:a",
      "--scenario",
      "interface-down:a:Te0/0/0.100,data-link-down+reload:b",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.scenarios.map((s) => s.id)).toEqual([
      "reload:a",
      "interface-down:a:TenGigabitEthernet0/0/0.100",
      "reload:b+data-link-down",
    ]);
  });

  it("names an unknown scenario and lists the valid IDs, in one line, exit 2", async () => {
    const r = await runCli(["simulate", ...CLEAN, "--scenario", "track-down:a:99"]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^rglint: --scenario track-down:a:99: is not a scenario of this pair; valid IDs \(join two with \+\): baseline, reload:a, rg-reload:a:1, .*track-down:a:10, .*control-link-down, data-link-down$/,
    );
  });

  it("names the unknown part of a two-fault ID, and a fault given twice", async () => {
    const r = await runCli(["simulate", ...CLEAN, "--scenario", "reload:a+reload:c"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^rglint: --scenario reload:a\+reload:c: reload:c is not a scenario of this pair;/,
    );
    const twice = await runCli(["simulate", ...CLEAN, "--scenario", "reload:a+reload:a"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/names reload:a twice/);
  });

  it("--faults 2 adds every pair of single faults", async () => {
    const r = await runCli(["simulate", ...CLEAN, "--faults", "2", "-f", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.scenarios).toHaveLength(1 + 24 + 276);
    expect(doc.scenarios.at(-1)!.id).toBe("control-link-down+data-link-down");
  });

  it("rejects --faults 3 and --faults with --scenario", async () => {
    const three = await runCli(["simulate", ...CLEAN, "--faults", "3"]);
    expect(three.code).toBe(2);
    expect(three.stderr).toMatch(/argument '3' is invalid\. Allowed choices are 1, 2\./);
    const both = await runCli(["simulate", ...CLEAN, "--faults", "2", "--scenario", "reload:a"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      "rglint: --faults and --scenario cannot be combined: --scenario names the scenarios to run\n",
    );
  });
});

describe("rglint simulate: formats", () => {
  it("json is valid against schemas/simulation.schema.json", async () => {
    for (const pair of [CLEAN, DEMO]) {
      const r = await runCli(["simulate", ...pair, "--format", "json"]);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as unknown;
      expect(validateSimulation(doc), JSON.stringify(validateSimulation.errors?.slice(0, 3))).toBe(true);
    }
  });

  it("markdown has a Mermaid diagram per group", async () => {
    const r = await runCli(["simulate", ...CLEAN, "-f", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/```mermaid/g)).toHaveLength(2);
  });

  it("rejects an unknown format", async () => {
    const r = await runCli(["simulate", ...CLEAN, "-f", "sarif"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'sarif' is invalid\. Allowed choices are table, json, markdown\./);
  });

  it("colours the table on a terminal, not with NO_COLOR, and when forced", async () => {
    const args = ["simulate", ...CLEAN];
    expect((await runCli(args, {}, { isTTY: true })).stdout).toContain("\u001b[1m\u001b[31mDUAL-ACTIVE");
    expect((await runCli(args, { NO_COLOR: "1" }, { isTTY: true })).stdout).not.toContain("\u001b[");
    expect((await runCli([...args, "--color"])).stdout).toContain("\u001b[");
    expect((await runCli([...args, "-f", "json"], {}, { isTTY: true })).stdout).not.toContain("\u001b[");
  });
});

describe("rglint simulate: input errors", () => {
  it("a missing file: one line, exit 2", async () => {
    const r = await runCli(["simulate", "nope-a.cfg", CLEAN[1]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("rglint: nope-a.cfg: cannot read: no such file\n");
  });

  it("a file that is not a configuration: exit 2", async () => {
    const notConfig = path.join(tmp, "notes.txt");
    writeFileSync(notConfig, "shopping list\n\u0000\u0001\u0002");
    const r = await runCli(["simulate", notConfig, CLEAN[1]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes\.txt: not an IOS configuration/);
  });

  it("a pair without redundancy groups: nothing to simulate, exit 2", async () => {
    const a = path.join(tmp, "plain-a.cfg");
    const b = path.join(tmp, "plain-b.cfg");
    writeFileSync(a, "hostname r1\ninterface GigabitEthernet0/0/0\n ip address 192.0.2.1 255.255.255.0\n");
    writeFileSync(b, "hostname r2\ninterface GigabitEthernet0/0/0\n ip address 192.0.2.2 255.255.255.0\n");
    const r = await runCli(["simulate", a, b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/configures a redundancy group .*: nothing to simulate\n$/);
  });

  it("needs two files", async () => {
    const r = await runCli(["simulate", CLEAN[0]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'b'/);
  });

  it("has help with the scenario IDs and exit codes", async () => {
    const r = await runCli(["simulate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("interface-down:a:IF");
    expect(r.stdout).toContain(
      "Exit codes: 0, 1 when an outcome named in --fail-on occurs, 2 usage or input error.",
    );
  });
});
