import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChassis } from "../../src/model/chassis.js";
import { chassisToJson } from "../../src/model/json.js";
import { buildPair } from "../../src/model/pair.js";
import type { Chassis } from "../../src/model/types.js";
import { readConfig } from "../../src/parse/reader.js";
import { CORPUS, group, iface } from "./helpers.js";

function load(rel: string): Chassis {
  const file = path.join(CORPUS, rel);
  return buildChassis(readConfig(readFileSync(file), rel));
}

function corpusFiles(dir = CORPUS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...corpusFiles(full));
    else if (/\.(cfg|txt)$/.test(name)) out.push(path.relative(CORPUS, full));
  }
  return out;
}

describe("corpus: CUBE on ASR1000 (b2b/cisco-cube-ha-asr1k-doc)", () => {
  const r1 = load("b2b/cisco-cube-ha-asr1k-doc/router1-b2bred2.cfg");
  const r2 = load("b2b/cisco-cube-ha-asr1k-doc/router2-b2bred1.cfg");

  it("names the chassis by hostname (label and hostname cross over)", () => {
    expect(r1.hostname?.value).toBe("b2bred2");
    expect(r2.hostname?.value).toBe("b2bred1");
    expect(r1.version?.value).toBe("15.1");
  });

  it("merges router1's two Gi0/0/0 stanzas: no IPv4 address left, VRF Mgmt-intf", () => {
    const gi = iface(r1, "GigabitEthernet0/0/0");
    expect(gi.headerLocations.map((l) => l.line)).toEqual([84, 101]);
    expect(gi.ipv4).toBeNull();
    expect(gi.ipv4RemovedBy?.line).toBe(103);
    expect(gi.vrf).toMatchObject({ value: "Mgmt-intf", location: { line: 102, column: 2 } });
    expect(gi.rii?.id).toBe(1);
    expect(gi.groups.map((g) => [g.kind, g.vip, g.exclusive])).toEqual([
      ["ipv4", "10.1.20.155", true],
      ["ipv6", "2001:10:1:20::155/64", true],
    ]);
    expect(r1.diagnostics.map((d) => [d.code, d.location.line])).toEqual(
      expect.arrayContaining([
        ["misindented-line", 75],
        ["duplicate-stanza", 101],
        ["vrf-removes-address", 102],
      ]),
    );
  });

  it("router2's second stanza also shuts Gi0/0/0", () => {
    const gi = iface(r2, "GigabitEthernet0/0/0");
    expect(gi.ipv4).toBeNull();
    expect(gi.shutdown).toMatchObject({ value: true, location: { line: 99 } });
  });

  it("track 2 watches GigabitEthernet0/0/1, which router2 does not have", () => {
    for (const c of [r1, r2]) {
      expect(c.tracks.get(2)?.target).toEqual({
        kind: "interface",
        interface: "GigabitEthernet0/0/1",
        condition: "line-protocol",
      });
      expect(group(c, 1).tracks.map((t) => [t.track, t.action])).toEqual([
        [1, "shutdown"],
        [2, "shutdown"],
      ]);
    }
    expect(r1.interfaces.has("GigabitEthernet0/0/1")).toBe(true);
    expect(r2.interfaces.has("GigabitEthernet0/0/1")).toBe(false);
  });

  it("router1's misindented `protocol 1` lands under application redundancy with hello 3000 / hold 10000", () => {
    for (const c of [r1, r2]) {
      const p = c.redundancy?.protocols.get(1);
      expect(p?.helloMs).toMatchObject({ value: 3000, isDefault: false });
      expect(p?.holdMs).toMatchObject({ value: 10000, isDefault: false });
    }
    expect(r1.redundancy?.protocols.get(1)?.location).toMatchObject({ line: 75, column: 1 });
  });

  it("reads the shared group settings and the CUBE redundancy group", () => {
    for (const c of [r1, r2]) {
      const g = group(c, 1);
      expect(c.redundancy?.mode?.value).toBe("none");
      expect(g.name?.value).toBe("voice-b2bha");
      expect(g.priority.value).toBe(100);
      expect(g.failoverThreshold?.value).toBe(75);
      expect(g.delayMs.value).toBe(30000);
      expect(g.reloadMs.value).toBe(60000);
      expect(g.control).toMatchObject({ interface: "GigabitEthernet0/0/0", protocol: 1 });
      expect(g.data?.interface).toBe("GigabitEthernet0/0/0");
      expect(c.cubeRedundancyGroup?.value).toBe(1);
    }
  });

  it("pairs Gi0/0/0 by RII 1 and group 1 by number", () => {
    const pair = buildPair(r1, r2);
    expect(pair.interfacesByRii.map((m) => [m.key, m.a?.name, m.b?.name])).toEqual([
      ["1", "GigabitEthernet0/0/0", "GigabitEthernet0/0/0"],
    ]);
    expect(pair.groups.map((m) => m.key)).toEqual(["1"]);
    expect(pair.protocols.map((m) => [m.key, m.a !== null, m.b !== null])).toEqual([["1", true, true]]);
  });
});

describe("corpus: CUBE on C8000V (fragments/cisco-cube-ha-c8000v-doc)", () => {
  const c1 = load("fragments/cisco-cube-ha-c8000v-doc/cube-1.cfg");
  const c2 = load("fragments/cisco-cube-ha-c8000v-doc/cube-2.cfg");

  it("has priority 125 vs 100 with the same threshold", () => {
    expect(group(c1, 1).priority.value).toBe(125);
    expect(group(c2, 1).priority.value).toBe(100);
    expect(group(c1, 1).failoverThreshold?.value).toBe(75);
    expect(group(c2, 1).failoverThreshold?.value).toBe(75);
  });

  it("uses `authentication text`, the same secret on both, kept only as a digest", () => {
    const a1 = c1.redundancy?.protocols.get(1)?.authentication;
    const a2 = c2.redundancy?.protocols.get(1)?.authentication;
    if (a1?.kind !== "text" || a2?.kind !== "text") throw new Error("authentication text expected");
    expect(a1.secret.digest).toBe(a2.secret.digest);
    for (const c of [c1, c2]) {
      expect(JSON.stringify(c)).not.toContain("sol_ha1");
      expect(JSON.stringify(chassisToJson(c))).not.toContain("sol_ha1");
    }
  });

  it("keeps cube-2's invalid `ipv6 address X/len 255.255.255.0` with a note", () => {
    expect(iface(c2, "GigabitEthernet0/0/1").ipv6).toEqual([
      expect.objectContaining({ address: "2001:10:1:20::115", prefixLength: 119 }),
    ]);
    expect(c2.diagnostics.find((d) => d.code === "invalid-value")?.location.line).toBe(26);
  });

  it("pairs Gi0/0/1 by RII 102 and has no hostname", () => {
    expect(c1.hostname).toBeNull();
    expect(c1.displayName).toBe("cube-1.cfg");
    expect(buildPair(c1, c2).interfacesByRii.map((m) => m.key)).toEqual(["102"]);
  });
});

describe("corpus: fragments", () => {
  it("AWS CSR template: decrement-only group, NAT with redundancy 1 mapping-id 1 overload", () => {
    for (const rel of [
      "fragments/aws-csr1kv-nat-ha-readme/csr1kv-template-680c415.cfg",
      "fragments/aws-csr1kv-nat-ha-readme/csr1kv-template-head-f328a30.cfg",
    ]) {
      const c = load(rel);
      expect(iface(c, "GigabitEthernet1").groups).toEqual([
        expect.objectContaining({ group: 1, kind: "decrement-only", vip: null, decrement: 100 }),
      ]);
      expect(iface(c, "GigabitEthernet1").rii?.id).toBe(100);
      expect(iface(c, "GigabitEthernet2").rii?.id).toBe(200);
      const nat = c.nat.rules[0]!;
      expect(nat).toMatchObject({ kind: "list", match: "10", pool: "test", options: ["overload"] });
      expect(nat.redundancy?.value).toBe(1);
      expect(nat.mappingId?.value).toBe(1);
      expect(c.redundancy).toBeNull();
      // The placeholders are reported, not silently dropped.
      const unrecognized = c.diagnostics.filter((d) => d.code === "unrecognized-line");
      expect(unrecognized.map((d) => d.message)).toEqual([
        expect.stringContaining("<virtual IP>"),
        expect.stringContaining("ip nat pool test"),
      ]);
    }
  });

  it("sapcc: static NAT with vrf + match-in-vrf, and an RII without a group", () => {
    const c = load("fragments/sapcc-asr1k-neutron-l3-readme/floating-ip-static-nat-rg-mapping-id.cfg");
    expect(c.nat.rules).toHaveLength(1);
    expect(c.nat.rules[0]).toMatchObject({
      kind: "static",
      local: "10.180.0.3",
      global: "172.24.5.228",
      vrf: "f8a44de0fc8e45df93c7f79bf3b01c95",
      options: ["match-in-vrf"],
      redundancy: { value: 1 },
      mappingId: { value: 112 },
      identity:
        "inside|source|static|local=10.180.0.3|global=172.24.5.228|vrf=f8a44de0fc8e45df93c7f79bf3b01c95|opts=match-in-vrf",
    });
    const bdi = iface(c, "BDI4501");
    expect(bdi).toMatchObject({ rii: { id: 10 }, groups: [], natRole: { value: "outside" } });
    expect(bdi.vrf?.value).toBe("f8a44de0fc8e45df93c7f79bf3b01c95");
    expect(bdi.ipv4?.address).toBe("172.24.4.6");
  });

  it("ASR interface fragment: the column-0 `redundancy group` line belongs to the interface", () => {
    const c = load("fragments/cisco-cube-stateful-switchover-doc/asr-rg-infra-interface.cfg");
    expect(iface(c, "GigabitEthernet0/0/0").groups).toEqual([
      expect.objectContaining({ group: 1, vip: "10.13.25.123", exclusive: true }),
    ]);
  });

  it("multi-VRF transcripts: read in IOS's modes; the same control address on both chassis", () => {
    const active = load("fragments/cisco-cube-multivrf-rg-infra-doc/active-transcript.txt");
    const standby = load("fragments/cisco-cube-multivrf-rg-infra-doc/standby-transcript.txt");
    for (const c of [active, standby]) {
      const g = group(c, 1);
      expect(g.priority).toMatchObject({ value: 1, isDefault: false });
      expect(g.failoverThreshold).toBeNull();
      expect(g.control?.interface).toBe("GigabitEthernet0/0/0");
      expect(c.redundancy?.protocols.size).toBe(0);
      expect(iface(c, "GigabitEthernet0/0/0").ipv4?.address).toBe("14.2.43.81");
      expect(iface(c, "GigabitEthernet0/0/1").groups[0]?.vip).toBe("10.0.0.1");
      expect(iface(c, "GigabitEthernet0/0/2").groups[0]?.vip).toBe("11.0.0.1");
    }
    expect(iface(active, "GigabitEthernet0/0/1").ipv4?.address).toBe("10.0.0.3");
    expect(iface(standby, "GigabitEthernet0/0/1").ipv4?.address).toBe("10.0.0.4");
  });

  it("openstack HSRP pair: NAT without redundancy, malformed interface names kept", () => {
    const c = load("fragments/openstack-networking-cisco-asr-hsrp-pair/asr-0004.cfg");
    expect(c.redundancy).toBeNull();
    expect(c.nat.rules[0]).toMatchObject({
      kind: "list",
      vrf: "nrouter-085eba",
      redundancy: null,
      mappingId: null,
    });
    expect(c.interfaces.has("GigabitEthernet/1/0/2.1086")).toBe(true);
  });
});

describe("corpus: every file", () => {
  const files = corpusFiles();

  it("finds the corpus", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s builds and looks like a configuration", (rel) => {
    const c = load(rel);
    expect(c.looksLikeConfig).toBe(true);
    expect(() => JSON.stringify(chassisToJson(c))).not.toThrow();
  });

  it("the large synthetic config leaves its 100 extended ACLs unread: no NAT rule uses them", () => {
    const c = load("ios/ciscoconfparse-sample_05-synthetic-large.cfg");
    expect(c.nat.rules).toHaveLength(0);
    expect(c.acls.size).toBe(0);
    expect(c.lineCounts.unrecognized).toBe(0);
  });

  it("the large synthetic config reads its 100 extended ACLs once a NAT rule uses each", () => {
    const file = path.join(CORPUS, "ios/ciscoconfparse-sample_05-synthetic-large.cfg");
    const text = readFileSync(file, "utf8");
    const names = [...text.matchAll(/^ip access-list extended (\S+)/gm)].map((m) => m[1]!);
    expect(names).toHaveLength(100);
    const rules = names.map((n, i) => `ip nat inside source list ${n} pool P${i} overload`).join("\n");
    const c = buildChassis(readConfig(`${text}\n${rules}\n`, "sample_05+nat.cfg"));
    expect(c.acls.size).toBe(100);
    expect(c.lineCounts.unrecognized).toBe(0);
  });

  it("buildChassis never throws on mutated corpus configurations", () => {
    const texts = files
      .filter((f) => !f.includes("synthetic"))
      .map((f) => readFileSync(path.join(CORPUS, f), "utf8").split("\n"));
    const mutation = fc.oneof(
      fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("swap" as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ op: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
      fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
      fc.record({ op: fc.constant("truncate" as const), at: fc.nat(), keep: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { maxLength: 12 }), (which, mutations) => {
        const lines = [...texts[which % texts.length]!];
        for (const m of mutations) {
          if (lines.length === 0) break;
          const i = m.at % lines.length;
          if (m.op === "delete") lines.splice(i, 1);
          else if (m.op === "duplicate") lines.splice(i, 0, lines[i]!);
          else if (m.op === "swap") {
            const j = m.to % lines.length;
            [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          } else if (m.op === "indent") {
            lines[i] = m.by >= 0 ? " ".repeat(m.by) + lines[i] : lines[i]!.slice(-m.by);
          } else if (m.op === "insert") lines.splice(i, 0, m.text);
          else lines[i] = lines[i]!.slice(0, m.keep % (lines[i]!.length + 1));
        }
        const c = buildChassis(readConfig(lines.join("\n"), "mutated.cfg"));
        expect(c.file).toBe("mutated.cfg");
        buildPair(c, c);
      }),
      { numRuns: 300 },
    );
  });

  it("buildChassis never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const c = buildChassis(readConfig(bytes, "random.bin"));
        expect(typeof c.looksLikeConfig).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
