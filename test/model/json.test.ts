import { describe, expect, it } from "vitest";
import { chassisSummary, chassisToJson } from "../../src/model/json.js";
import { build, lines } from "./helpers.js";

const SECRETS = ["sol_ha1", "0822455D0A16", "s3cr3t-k3y", "bhks", "TopSecret99"];

const TEXT = lines(
  "hostname cube-1",
  "version 17.12",
  "ip ftp password bhks",
  "key chain RG-KEYS",
  " key 1",
  "  key-string 7 0822455D0A16",
  " key 2",
  "  key-string s3cr3t-k3y",
  "redundancy",
  " mode none",
  " application redundancy",
  "  group 1",
  "   name cube_b2b_ha_1",
  "   priority 125 failover threshold 75",
  "   control GigabitEthernet0/0/1 protocol 1",
  "   data GigabitEthernet0/0/1",
  "   track 1 shutdown",
  "  protocol 1",
  "   name cube_b2b_ha_1",
  "   authentication text sol_ha1",
  "  protocol 2",
  // Misindented, so the reader quotes it in a diagnostic: the quote must be masked.
  "authentication text TopSecret99",
  "track 1 interface GigabitEthernet0/0/1 line-protocol",
  "interface GigabitEthernet0/0/1",
  " ip address 10.1.20.14 255.255.255.0",
  " redundancy rii 102",
  " redundancy group 1 ip 10.1.20.135 exclusive",
  "ip nat pool P 203.0.113.1 203.0.113.1 prefix-length 32",
  "ip nat inside source list 10 pool P redundancy 1 mapping-id 1 overload",
  "voice service voip",
  " redundancy-group 1",
);

describe("chassisToJson", () => {
  const c = build(TEXT, "cube-1.cfg");
  const json = chassisToJson(c);
  const text = JSON.stringify(json);

  it("turns maps into objects and keeps the model's shape", () => {
    const redundancy = json.redundancy as { groups: Record<string, { priority: { value: number } }> };
    expect(redundancy.groups["1"]!.priority.value).toBe(125);
    expect(Object.keys(json.interfaces as object)).toEqual(["GigabitEthernet0/0/1"]);
    expect((json.nat as { pools: Record<string, unknown> }).pools.P).toBeDefined();
    expect(json.lineCounts).toEqual(c.lineCounts);
  });

  it("leaves the tree out", () => {
    expect(json).not.toHaveProperty("tree");
    expect(text).not.toContain('"roots"');
  });

  it("masks every secret: no value, no digest", () => {
    for (const s of SECRETS) expect(text).not.toContain(s);
    const p1 = (json.redundancy as { protocols: Record<string, { authentication: unknown }> }).protocols[
      "1"
    ]!;
    expect(p1.authentication).toMatchObject({ kind: "text", secret: "<secret>" });
    const p = c.redundancy!.protocols.get(1)!.authentication;
    if (p.kind !== "text") throw new Error("text expected");
    expect(text).not.toContain(p.secret.digest);
  });

  it("keeps secrets out of JSON.stringify of the chassis itself, diagnostics included", () => {
    expect(c.diagnostics.some((d) => d.code === "misindented-line")).toBe(true);
    const whole = JSON.stringify(c);
    for (const s of SECRETS) expect(whole).not.toContain(s);
    expect(c.tree.roots.length).toBeGreaterThan(0);
  });
});

describe("chassisSummary", () => {
  it("summarizes hostname, groups, protocols, interfaces, tracks and NAT in plain text", () => {
    const s = chassisSummary(build(TEXT, "cube-1.cfg"));
    expect(s).toContain("cube-1  (cube-1.cfg)");
    expect(s).toContain("version 17.12, redundancy mode none, CUBE redundancy-group 1");
    expect(s).toContain(
      'group 1 "cube_b2b_ha_1": priority 125, failover threshold 75, preempt off (default)',
    );
    expect(s).toContain("timers delay 30000 ms (default), reload 60000 ms (default)");
    expect(s).toContain("control GigabitEthernet0/0/1 protocol 1");
    expect(s).toContain("tracks: 1 shutdown");
    expect(s).toContain(
      'protocol 1 "cube_b2b_ha_1": hello 3000 ms (default), hold 10000 ms (default), authentication text <secret>',
    );
    expect(s).toContain("GigabitEthernet0/0/1: RII 102; group 1 VIP 10.1.20.135 exclusive; 10.1.20.14/24");
    expect(s).toContain("track 1: interface GigabitEthernet0/0/1 line-protocol");
    expect(s).toContain(
      "NAT: 1 pool(s), 1 rule(s) (0 static, 1 dynamic; 1 with redundancy), HTTP replication off",
    );
    for (const secret of SECRETS) expect(s).not.toContain(secret);
    expect(s.includes(String.fromCharCode(27))).toBe(false);
  });
});
