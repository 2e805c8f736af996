import { describe, expect, it } from "vitest";
import { normalizeAclEntry } from "../../src/model/acl.js";
import { build, lines } from "./helpers.js";

/** NAT rules that use the given access lists: rglint reads only the lists NAT rules use. */
function NAT_USING(...names: string[]): string[] {
  return names.map(
    (name, i) => `ip nat inside source list ${name} pool POOL-${i} redundancy 1 mapping-id ${i + 1}`,
  );
}

describe("NAT", () => {
  const c = build(
    lines(
      "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 netmask 255.255.255.240", // 1
      "ip nat pool POOL-G2 203.0.113.32 203.0.113.47 prefix-length 28", // 2
      "ip nat switchover replication http", // 3
      "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 11 overload", // 4
      "ip nat inside source static 10.10.1.10 203.0.113.49 redundancy 1 mapping-id 101", // 5
      "ip nat inside source list 100 interface Gi0/0/6 overload", // 6
      "ip nat inside source static tcp 192.168.1.10 80 interface Dialer1 8080", // 7
      "ip nat outside source static 203.0.113.9 10.9.9.9 add-route", // 8
      "no ip nat service sip udp port 5060", // 9
    ),
  );

  it("reads pools and normalizes the netmask to a prefix length", () => {
    expect(c.nat.pools.get("POOL-G1")).toEqual({
      name: "POOL-G1",
      start: "203.0.113.16",
      end: "203.0.113.31",
      prefixLength: 28,
      options: [],
      location: expect.objectContaining({ line: 1, column: 1 }),
    });
    expect(c.nat.pools.get("POOL-G2")?.prefixLength).toBe(28);
  });

  it("reads a dynamic rule with its redundancy association and identity", () => {
    const r = c.nat.rules[0]!;
    expect(r).toMatchObject({
      direction: "inside",
      target: "source",
      kind: "list",
      match: "NAT-G1",
      pool: "POOL-G1",
      vrf: null,
      options: ["overload"],
      redundancy: { value: 1, isDefault: false, location: { line: 4 } },
      mappingId: { value: 11 },
      location: { line: 4, column: 1 },
    });
    expect(r.identity).toBe("inside|source|list|acl=NAT-G1|pool=POOL-G1|vrf=-|opts=overload");
  });

  it("gives static rules an identity from both addresses", () => {
    expect(c.nat.rules[1]!.identity).toBe(
      "inside|source|static|local=10.10.1.10|global=203.0.113.49|vrf=-|opts=-",
    );
    expect(c.nat.rules[1]!.mappingId?.value).toBe(101);
  });

  it("normalizes interface names in interface-overload and port-forward rules", () => {
    expect(c.nat.rules[2]).toMatchObject({
      overloadInterface: "GigabitEthernet0/0/6",
      redundancy: null,
      mappingId: null,
    });
    expect(c.nat.rules[2]!.identity).toBe(
      "inside|source|list|acl=100|interface=GigabitEthernet0/0/6|vrf=-|opts=overload",
    );
    expect(c.nat.rules[3]).toMatchObject({
      protocol: "tcp",
      local: "192.168.1.10",
      localPort: 80,
      global: null,
      globalInterface: "Dialer1",
      globalPort: 8080,
    });
    expect(c.nat.rules[3]!.identity).toBe(
      "inside|source|static|proto=tcp|local=192.168.1.10:80|global=interface:Dialer1:8080|vrf=-|opts=-",
    );
  });

  it("reads outside static rules global address first", () => {
    expect(c.nat.rules[4]).toMatchObject({ direction: "outside", global: "203.0.113.9", local: "10.9.9.9" });
  });

  it("reads HTTP replication and disabled services", () => {
    expect(c.nat.httpReplication).toMatchObject({ value: { port: null }, location: { line: 3 } });
    expect(c.nat.disabledServices.map((f) => f.value)).toEqual(["sip udp port 5060"]);
  });

  it("gives the same identity whatever the keyword order or the redundancy association", () => {
    const a = build(
      lines("ip nat inside source list ACL pool P vrf V redundancy 1 mapping-id 5 overload match-in-vrf"),
    );
    const b = build(
      lines("ip nat inside source list ACL pool P match-in-vrf overload mapping-id 9 redundancy 2 vrf V"),
    );
    expect(a.nat.rules[0]!.identity).toBe(b.nat.rules[0]!.identity);
    expect(a.nat.rules[0]!.identity).toBe(
      "inside|source|list|acl=ACL|pool=P|vrf=V|opts=match-in-vrf,overload",
    );
    expect(a.nat.rules[0]!.mappingId?.value).not.toBe(b.nat.rules[0]!.mappingId?.value);
  });

  it("reads the sapcc static NAT with vrf and match-in-vrf", () => {
    const s = build(
      lines(
        "ip nat inside source static 10.180.0.3 172.24.5.228 vrf f8a44de0fc8e45df93c7f79bf3b01c95 redundancy 1 mapping-id 112 match-in-vrf",
      ),
    ).nat.rules[0]!;
    expect(s).toMatchObject({
      kind: "static",
      local: "10.180.0.3",
      global: "172.24.5.228",
      vrf: "f8a44de0fc8e45df93c7f79bf3b01c95",
      options: ["match-in-vrf"],
      redundancy: { value: 1 },
      mappingId: { value: 112 },
    });
  });

  it("keeps an HSRP-name redundancy as a string", () => {
    const r = build(
      lines("ip nat inside source static 10.0.0.5 172.16.0.5 vrf nrouter-e7d4y5 redundancy neutron-hsrp-1"),
    ).nat.rules[0]!;
    expect(r.redundancy?.value).toBe("neutron-hsrp-1");
  });
});

describe("access lists", () => {
  it("normalizes entries so the same list written differently compares equal", () => {
    const a = build(
      lines(
        "ip access-list standard NAT-G1",
        " 10 permit 10.10.1.0 0.0.0.255",
        " 20 permit 10.20.1.7 0.0.0.0",
        " 30 permit 10.30.0.1",
        " 40 deny   0.0.0.0 255.255.255.255 log",
        "ip access-list extended WEB",
        " 10 permit tcp 10.0.0.5 0.0.0.255 host 192.0.2.1 eq 443",
        " 20 permit ip any any",
        ...NAT_USING("NAT-G1", "WEB"),
      ),
    );
    const b = build(
      lines(
        "ip access-list standard NAT-G1",
        " permit 10.10.1.0 0.0.0.255",
        " PERMIT host 10.20.1.7",
        " permit host 10.30.0.1",
        " deny any log",
        "ip access-list extended WEB",
        " permit tcp 10.0.0.0 0.0.0.255 192.0.2.1 0.0.0.0 eq 443",
        " permit   ip   0.0.0.0 255.255.255.255   any",
        ...NAT_USING("NAT-G1", "WEB"),
      ),
    );
    const entries = (c: typeof a, name: string) => c.acls.get(name)!.entries.map((e) => e.normalized);
    expect(entries(a, "NAT-G1")).toEqual([
      "permit 10.10.1.0 0.0.0.255",
      "permit host 10.20.1.7",
      "permit host 10.30.0.1",
      "deny any log",
    ]);
    expect(entries(a, "NAT-G1")).toEqual(entries(b, "NAT-G1"));
    expect(entries(a, "WEB")).toEqual([
      "permit tcp 10.0.0.0 0.0.0.255 host 192.0.2.1 eq 443",
      "permit ip any any",
    ]);
    expect(entries(a, "WEB")).toEqual(entries(b, "WEB"));
    expect(a.acls.get("NAT-G1")).toMatchObject({ kind: "standard", location: { line: 1 } });
    expect(a.acls.get("NAT-G1")!.entries[0]).toMatchObject({
      sequence: 10,
      location: { line: 2, column: 2 },
    });
  });

  it("collects numbered access lists and orders entries by sequence number", () => {
    const c = build(
      lines(
        "access-list 10 permit 10.0.0.0 0.0.0.255",
        "access-list 10 remark  inside  hosts",
        "access-list 100 permit ip 10.0.0.0 0.0.0.255 any",
        "ip access-list extended X",
        " 20 permit ip any any",
        " 10 deny ip host 10.0.0.9 any",
        ...NAT_USING("10", "100", "X"),
      ),
    );
    expect(c.acls.get("10")).toMatchObject({ kind: "standard", location: { line: 1 } });
    expect(c.acls.get("10")!.entries.map((e) => e.normalized)).toEqual([
      "permit 10.0.0.0 0.0.0.255",
      "remark inside hosts",
    ]);
    expect(c.acls.get("100")?.kind).toBe("extended");
    expect(c.acls.get("X")!.entries.map((e) => e.normalized)).toEqual([
      "deny ip host 10.0.0.9 any",
      "permit ip any any",
    ]);
  });

  it("reads only the lists NAT rules use: others are neither modelled nor parsed", () => {
    const c = build(
      lines(
        "ip access-list extended USED", // 1
        " permit ip 10.0.0.0 0.0.0.255 any", // 2
        " 10", // 3: a sequence number alone, not an entry
        "ip access-list extended FILTER-IN", // 4: an interface filter, no NAT rule uses it
        " permit tcp any any eq 443", // 5
        " 20", // 6: the same, in a list nothing here depends on
        "access-list 120 permit ip any any", // 7: numbered, unused
        "access-list 110 permit ip 10.1.0.0 0.0.0.255 any", // 8: numbered, used
        ...NAT_USING("USED", "110"),
      ),
    );
    expect([...c.acls.keys()].sort()).toEqual(["110", "USED"]);
    expect(c.acls.get("USED")!.entries.map((e) => e.location.line)).toEqual([2]);
    // Line 3 is parsed and not understood; FILTER-IN's lines 5 and 6 are not parsed: ignored.
    expect(c.lineCounts.unrecognized).toBe(1);
    const unused = build(lines("ip access-list extended FILTER-IN", " permit tcp any any eq 443", " 20"));
    expect(unused.acls.size).toBe(0);
    expect(unused.lineCounts).toEqual({ understood: 1, ignored: 2, unrecognized: 0 });
  });

  it("keeps the case of object-group names", () => {
    expect(normalizeAclEntry(["permit", "ip", "object-group", "Inside-Nets", "any"], "extended")).toBe(
      "permit ip object-group Inside-Nets any",
    );
  });
});

describe("tracks, IP SLA, firewall, key chains, CUBE", () => {
  const c = build(
    lines(
      "hostname edge-a", // 1
      "version 17.9", // 2
      "track 10 ip sla 10 reachability", // 3
      "track 30 interface Te0/0/1 line-protocol", // 4
      "track 40 ip route 10.0.0.0 255.0.0.0 reachability", // 5
      "ip sla 10", // 6
      " icmp-echo 198.51.100.1 source-interface TenGigabitEthernet0/0/1.201", // 7
      " frequency 5", // 8
      "zone security INSIDE", // 9
      "zone security OUTSIDE", // 10
      "zone-pair security IN-TO-OUT source INSIDE destination OUTSIDE", // 11
      " service-policy type inspect PM-IN-OUT", // 12
      "parameter-map type inspect global", // 13
      " redundancy", // 14
      "key chain RG-KEYS", // 15
      " key 1", // 16
      "  key-string 7 0822455D0A16", // 17
      "voice service voip", // 18
      " redundancy-group 1", // 19
    ),
  );

  it("reads hostname, version and the display name", () => {
    expect(c.hostname).toMatchObject({ value: "edge-a", location: { line: 1 } });
    expect(c.version?.value).toBe("17.9");
    expect(c.displayName).toBe("edge-a");
    expect(build(lines("interface Gi1"), "configs/b.cfg").displayName).toBe("b.cfg");
  });

  it("reads track objects with normalized targets", () => {
    expect(c.tracks.get(10)).toEqual({
      id: 10,
      target: { kind: "ip-sla", sla: 10, condition: "reachability" },
      location: expect.objectContaining({ line: 3 }),
    });
    expect(c.tracks.get(30)?.target).toEqual({
      kind: "interface",
      interface: "TenGigabitEthernet0/0/1",
      condition: "line-protocol",
    });
    expect(c.tracks.get(40)?.target).toEqual({
      kind: "other",
      text: "ip route 10.0.0.0 255.0.0.0 reachability",
    });
  });

  it("reads IP SLA operations", () => {
    expect(c.ipSlas.get(10)).toMatchObject({
      id: 10,
      operation: {
        value: "icmp-echo 198.51.100.1 source-interface TenGigabitEthernet0/0/1.201",
        location: { line: 7 },
      },
      location: { line: 6 },
    });
  });

  it("reads zones, zone pairs and the inspect-global redundancy", () => {
    expect([...c.firewall.zones.keys()]).toEqual(["INSIDE", "OUTSIDE"]);
    expect(c.firewall.zonePairs).toEqual([
      {
        name: "IN-TO-OUT",
        source: "INSIDE",
        destination: "OUTSIDE",
        servicePolicy: "PM-IN-OUT",
        location: expect.objectContaining({ line: 11 }),
      },
    ]);
    expect(c.firewall.inspectGlobal).toMatchObject({
      location: { line: 13 },
      redundancy: { line: 14, column: 2 },
    });
  });

  it("keeps key strings as digests", () => {
    const key = c.keyChains.get("RG-KEYS")?.keys.get(1);
    expect(key?.secret).toMatchObject({ secret: true, encryption: 7 });
    expect(key?.location.line).toBe(16);
    expect(JSON.stringify(c)).not.toContain("0822455D0A16");
  });

  it("reads the CUBE redundancy group", () => {
    expect(c.cubeRedundancyGroup).toMatchObject({ value: 1, location: { line: 19, column: 2 } });
  });
});

describe("looksLikeConfig", () => {
  it("is true for IOS configuration, even a fragment", () => {
    expect(build(lines("interface GigabitEthernet1", " ip nat outside")).looksLikeConfig).toBe(true);
    expect(build(lines("service timestamps debug datetime msec")).looksLikeConfig).toBe(true);
  });

  it("is false for a README, a JSON file, an empty file", () => {
    const readme = lines(
      "# rglint",
      "",
      "Checks a pair of IOS-XE configurations for box-to-box redundancy mistakes.",
      "Interface names are normalized.",
      "version 2 of the tool",
    );
    expect(build(readme, "README.md").looksLikeConfig).toBe(false);
    const json = JSON.stringify(
      { hostname: "edge-a", interfaces: ["Gi1"], redundancy: { group: 1 } },
      null,
      2,
    );
    expect(build(json, "config.json").looksLikeConfig).toBe(false);
    expect(build("", "empty.cfg").looksLikeConfig).toBe(false);
  });
});
