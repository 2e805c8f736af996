import { describe, expect, it } from "vitest";
import { effectiveProtocol } from "../../src/model/defaults.js";
import { sha256 } from "../../src/model/secrets.js";
import { build, group, lines } from "./helpers.js";

const NAT_EDGE = lines(
  "hostname edge-a", // 1
  "!", // 2
  "redundancy", // 3
  " mode none", // 4
  " application redundancy", // 5
  "  group 1", // 6
  "   name RG1-DC1-G1", // 7
  "   preempt", // 8
  "   priority 150 failover threshold 100", // 9
  "   timers delay 30 reload 60", // 10
  "   control Po1 protocol 1", // 11
  "   data Port-channel1", // 12
  "   track 10 decrement 60", // 13
  "   track 30 shutdown", // 14
  "  group 2", // 15
  "   name RG2-DC1-G2", // 16
  "  protocol 1", // 17
  "   name rg-proto-1", // 18
  "   timers hellotime msec 250 holdtime msec 750", // 19
  "   authentication md5 key-chain RG-KEYS", // 20
  "   bfd", // 21
);

describe("redundancy groups", () => {
  const c = build(NAT_EDGE);

  it("reads the mode and the application block", () => {
    expect(c.redundancy?.mode).toEqual({
      value: "none",
      location: { file: "edge-a.cfg", line: 4, column: 2, endColumn: 11 },
      isDefault: false,
    });
    expect(c.redundancy?.location.line).toBe(3);
    expect(c.redundancy?.applicationLocation?.line).toBe(5);
  });

  it("reads a configured group with its values and lines", () => {
    const g = group(c, 1);
    expect(g.location).toMatchObject({ line: 6, column: 3 });
    expect(g.name?.value).toBe("RG1-DC1-G1");
    expect(g.preempt).toMatchObject({ value: true, isDefault: false, location: { line: 8, column: 4 } });
    expect(g.priority).toMatchObject({ value: 150, isDefault: false, location: { line: 9, column: 4 } });
    expect(g.failoverThreshold).toMatchObject({ value: 100, location: { line: 9 } });
    expect(g.legacyThresholdSyntax).toBe(false);
    expect(g.delayMs).toMatchObject({ value: 30000, isDefault: false, location: { line: 10 } });
    expect(g.reloadMs).toMatchObject({ value: 60000, isDefault: false });
    expect(g.control).toMatchObject({
      interface: "Port-channel1",
      protocol: 1,
      location: { line: 11, column: 4 },
    });
    expect(g.data).toMatchObject({ interface: "Port-channel1", location: { line: 12 } });
    expect(g.tracks).toEqual([
      { track: 10, action: "decrement", decrement: 60, location: expect.objectContaining({ line: 13 }) },
      { track: 30, action: "shutdown", decrement: null, location: expect.objectContaining({ line: 14 }) },
    ]);
    expect(g.shutdown).toMatchObject({ value: false, isDefault: true });
  });

  it("applies and marks the defaults of an empty group", () => {
    const g = group(c, 2);
    expect(g.priority).toEqual({ value: 100, isDefault: true, location: g.location });
    expect(g.preempt).toMatchObject({ value: false, isDefault: true });
    expect(g.failoverThreshold).toBeNull();
    expect(g.delayMs).toMatchObject({ value: 30000, isDefault: true });
    expect(g.reloadMs).toMatchObject({ value: 60000, isDefault: true });
    expect(g.control).toBeNull();
    expect(g.data).toBeNull();
    expect(g.tracks).toEqual([]);
  });

  it("normalizes the legacy failover-threshold syntax and marks it", () => {
    const legacy = build(
      lines("redundancy", " application redundancy", "  group 1", "   priority 120 failover-threshold 80"),
    );
    const g = group(legacy, 1);
    expect(g.priority.value).toBe(120);
    expect(g.failoverThreshold?.value).toBe(80);
    expect(g.legacyThresholdSyntax).toBe(true);
  });

  it("keeps out-of-range values (rules judge them)", () => {
    const odd = build(
      lines(
        "redundancy",
        " application redundancy",
        "  group 3",
        "   priority 300 failover threshold 0",
        "   timers delay 20000 reload 10001",
        "   track 2000 decrement 256",
        "   control Gi0/0/2 protocol 9",
      ),
    );
    const g = group(odd, 3);
    expect(g.priority.value).toBe(300);
    expect(g.failoverThreshold?.value).toBe(0);
    expect(g.delayMs.value).toBe(20_000_000);
    expect(g.reloadMs.value).toBe(10_001_000);
    expect(g.tracks[0]).toMatchObject({ track: 2000, decrement: 256 });
    expect(g.control).toMatchObject({ interface: "GigabitEthernet0/0/2", protocol: 9 });
  });

  it("merges a group given twice, later lines replacing earlier ones", () => {
    const twice = build(
      lines(
        "redundancy",
        " application redundancy",
        "  group 1",
        "   priority 150 failover threshold 100",
        "   track 10 decrement 60",
        "  group 1",
        "   priority 110",
        "   track 10 shutdown",
      ),
    );
    const g = group(twice, 1);
    expect(g.location.line).toBe(3);
    expect(g.priority).toMatchObject({ value: 110, location: { line: 7 } });
    expect(g.failoverThreshold).toBeNull();
    expect(g.tracks).toEqual([expect.objectContaining({ track: 10, action: "shutdown", decrement: null })]);
  });

  it("has no redundancy application without a redundancy block", () => {
    expect(build(lines("hostname x", "interface Gi1", " redundancy rii 1")).redundancy).toBeNull();
  });
});

describe("protocol instances", () => {
  it("reads timers in ms, md5 key-chain and bfd", () => {
    const c = build(NAT_EDGE);
    const p = c.redundancy?.protocols.get(1);
    expect(p).toBeDefined();
    expect(p?.location?.line).toBe(17);
    expect(p?.name?.value).toBe("rg-proto-1");
    expect(p?.helloMs).toMatchObject({ value: 250, isDefault: false, location: { line: 19, column: 4 } });
    expect(p?.holdMs).toMatchObject({ value: 750, isDefault: false });
    expect(p?.timersLocation?.line).toBe(19);
    expect(p?.authentication).toMatchObject({
      kind: "md5-key-chain",
      keyChain: "RG-KEYS",
      location: { line: 20 },
    });
    expect(p?.bfd).toMatchObject({ value: true, isDefault: false, location: { line: 21 } });
  });

  it("applies defaults: 3000/10000 ms, no authentication, bfd on", () => {
    const c = build(lines("redundancy", " application redundancy", "  protocol 2", "   name p2"));
    const p = c.redundancy?.protocols.get(2);
    expect(p?.helloMs).toMatchObject({ value: 3000, isDefault: true });
    expect(p?.holdMs).toMatchObject({ value: 10000, isDefault: true });
    expect(p?.timersLocation).toBeNull();
    expect(p?.authentication).toEqual({ kind: "none", location: null });
    expect(p?.bfd).toMatchObject({ value: true, isDefault: true });
  });

  it("gives a referenced but unconfigured protocol its defaults, without a location", () => {
    const c = build(
      lines("redundancy", " application redundancy", "  group 1", "   control Gi0/0/2 protocol 1"),
    );
    expect(c.redundancy?.protocols.size).toBe(0);
    const p = effectiveProtocol(c.redundancy, 1);
    expect(p).toMatchObject({ id: 1, location: null, helloMs: { value: 3000, isDefault: true } });
  });

  it("keeps authentication secrets only as digests; type 7 and clear text compare equal", () => {
    const text = lines(
      "redundancy",
      " application redundancy",
      "  protocol 1",
      "   authentication text sol_ha1",
      "  protocol 2",
      "   authentication md5 key-string 7 0822455D0A16",
      "  protocol 3",
      "   authentication md5 key-string cisco",
    );
    const c = build(text);
    const auth = (id: number) => c.redundancy!.protocols.get(id)!.authentication;
    expect(auth(1)).toEqual({
      kind: "text",
      secret: { secret: true, digest: sha256("sol_ha1"), encryption: null },
      location: expect.objectContaining({ line: 4 }),
    });
    const two = auth(2);
    const three = auth(3);
    if (two.kind !== "md5-key-string" || three.kind !== "md5-key-string") throw new Error("md5 expected");
    expect(two.secret.encryption).toBe(7);
    expect(two.secret.digest).toBe(three.secret.digest);
    expect(two.secret.digest).toBe(sha256("cisco"));
    const serialized = JSON.stringify(c);
    for (const clear of ["sol_ha1", "0822455D0A16", "cisco"]) expect(serialized).not.toContain(clear);
  });
});

describe("router1's misindented protocol (corpus shape)", () => {
  it("lands `protocol 1` at column 0 under application redundancy", () => {
    const c = build(
      lines(
        "redundancy",
        " mode none",
        " application redundancy",
        "  group 1",
        "   name voice-b2bha",
        "   control GigabitEthernet0/0/0 protocol 1",
        "protocol 1",
        "   timers hellotime 3 holdtime 10",
      ),
    );
    const p = c.redundancy?.protocols.get(1);
    expect(p?.location).toMatchObject({ line: 7, column: 1 });
    expect(p?.helloMs.value).toBe(3000);
    expect(p?.holdMs.value).toBe(10000);
    expect(c.diagnostics.map((d) => d.code)).toContain("misindented-line");
  });
});
