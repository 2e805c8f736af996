import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/registry.js";
import { runCli } from "./helpers.js";

describe("rglint rules", () => {
  it("lists every registered rule with its name, level and scope", async () => {
    const r = await runCli(["rules"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(RULES.length);
    expect(lines.find((l) => l.startsWith("RG104"))).toMatch(/^RG104\s+vip-mismatch\s+error\s+pair\s+/);
    expect(lines.find((l) => l.startsWith("RG102"))).toMatch(/^RG102\s+rii-duplicate\s+error\s+chassis\s+/);
  });
});

describe("rglint explain", () => {
  it("prints the rule's page, whatever the case of the ID", async () => {
    const r = await runCli(["explain", "rg104"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync("rules-docs/RG104.md", "utf8"));
  });

  it("an unknown rule is one line and exit 2", async () => {
    const r = await runCli(["explain", "RG999"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rglint: unknown rule "RG999" (see `rglint rules`)\n');
  });
});

describe("rglint parse", () => {
  it("prints a summary of the normalized model", async () => {
    const r = await runCli(["parse", "fixtures/pairs/clean/a.cfg"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("edge-a");
    expect(r.stdout).toMatch(/group 1 "RG1-DC1-G1": priority 150, failover threshold 100, preempt on/);
    expect(r.stdout).toContain("TenGigabitEthernet0/0/0.100: RII 101; group 1 VIP 10.10.1.1");
  });

  it("prints the model as JSON with locations and secrets masked", async () => {
    const r = await runCli(["parse", "fixtures/pairs/clean/a.cfg", "--format", "json"]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as {
      hostname: { value: string; location: { line: number } };
      interfaces: Record<string, { rii: { id: number; location: { line: number } } | null }>;
    };
    expect(model.hostname).toMatchObject({ value: "edge-a", location: { line: 15 } });
    expect(model.interfaces["TenGigabitEthernet0/0/0.100"]?.rii?.id).toBe(101);
    // The key chain's type-7 key string is in the file; neither it nor a digest is printed.
    const keyString = /key-string 7 (\S+)/.exec(readFileSync("fixtures/pairs/clean/a.cfg", "utf8"))![1]!;
    expect(r.stdout).not.toContain(keyString);
    expect(r.stdout).not.toMatch(/[0-9a-f]{64}/);
  });

  it("a missing file or a bad format is one line and exit 2", async () => {
    expect((await runCli(["parse", "nope.cfg"])).stderr).toBe(
      "rglint: nope.cfg: cannot read: no such file\n",
    );
    const bad = await runCli(["parse", "fixtures/pairs/clean/a.cfg", "--format", "yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('rglint: unknown format "yaml" (expected one of: text, json)\n');
  });
});

describe("README", () => {
  it("lists every registered rule with its registry name, level and scope", () => {
    const readme = readFileSync("README.md", "utf8");
    const rows = [
      ...readme.matchAll(
        /^\| \[(RG\d{3})\]\(rules-docs\/RG\d{3}\.md\) \| ([a-z0-9-]+) \| (\w+) \| (\w+) \|/gm,
      ),
    ].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`);
    expect(rows).toEqual(RULES.map((r) => `${r.id} ${r.name} ${r.level} ${r.scope}`));
  });
});
