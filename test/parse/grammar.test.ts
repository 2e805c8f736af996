import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContextKind } from "../../src/parse/contexts.js";
import {
  type Command,
  type ParsedConfig,
  parseCommand,
  parseConfigTree,
} from "../../src/parse/grammar/index.js";
import { CommandParser } from "../../src/parse/grammar/parser.js";
import { readConfig } from "../../src/parse/reader.js";
import type { ConfigNode } from "../../src/parse/types.js";

function parse(text: string): ParsedConfig {
  return parseConfigTree(readConfig(text, "t.cfg"));
}

/** The node on 1-based `line` and how the grammar read it. */
function at(
  parsed: ParsedConfig,
  line: number,
): { node: ConfigNode; classification: string; command: Command | null } {
  for (const [node, result] of parsed.lines) {
    if (node.location.line === line) return { node, ...result };
  }
  throw new Error(`no command on line ${line}`);
}

describe("redundancy block", () => {
  const text = [
    "redundancy", // 1
    " mode none", // 2
    " application redundancy", // 3
    "  group 1", // 4
    "   name voice-b2bha", // 5
    "   preempt", // 6
    "   priority 100 failover threshold 75", // 7
    "   timers delay 30 reload 60", // 8
    "   control GigabitEthernet0/0/0 protocol 1", // 9
    "   data GigabitEthernet0/0/0", // 10
    "   track 1 shutdown", // 11
    "   track 2 decrement 20", // 12
    "   asymmetric-routing interface GigabitEthernet0/0/3", // 13
    "   asymmetric-routing always-divert enable", // 14
    "   shutdown", // 15
    "  protocol 1", // 16
    "   name rg-proto", // 17
    "   timers hellotime msec 250 holdtime msec 750", // 18
    "   authentication md5 key-chain RG-KEYS", // 19
    "   bfd", // 20
    "",
  ].join("\n");
  const parsed = parse(text);

  it.each<[number, Command]>([
    [1, { kind: "redundancy" }],
    [2, { kind: "red-mode", mode: "none" }],
    [3, { kind: "red-application" }],
    [4, { kind: "red-group", id: 1 }],
    [5, { kind: "group-name", name: "voice-b2bha" }],
    [6, { kind: "group-preempt" }],
    [7, { kind: "group-priority", priority: 100, threshold: 75, legacy: false }],
    [8, { kind: "group-timers", delay: 30, reload: 60 }],
    [9, { kind: "group-control", interface: "GigabitEthernet0/0/0", protocol: 1 }],
    [10, { kind: "group-data", interface: "GigabitEthernet0/0/0" }],
    [11, { kind: "group-track", track: 1, action: "shutdown", decrement: null }],
    [12, { kind: "group-track", track: 2, action: "decrement", decrement: 20 }],
    [13, { kind: "group-asymmetric-routing", text: "interface GigabitEthernet0/0/3" }],
    [14, { kind: "group-asymmetric-routing", text: "always-divert enable" }],
    [15, { kind: "group-shutdown" }],
    [16, { kind: "red-protocol", id: 1 }],
    [17, { kind: "protocol-name", name: "rg-proto" }],
    [18, { kind: "protocol-timers", helloMs: 250, holdMs: 750 }],
    [19, { kind: "protocol-auth-md5-key-chain", keyChain: "RG-KEYS" }],
    [20, { kind: "protocol-bfd", enabled: true }],
  ])("line %i is understood with its values", (line, expected) => {
    const l = at(parsed, line);
    expect(l.classification).toBe("understood");
    expect(l.command).toEqual(expected);
  });

  it("keeps each line's exact location", () => {
    expect(at(parsed, 7).node.location).toEqual({ file: "t.cfg", line: 7, column: 4, endColumn: 38 });
    expect(at(parsed, 16).node.location).toEqual({ file: "t.cfg", line: 16, column: 3, endColumn: 13 });
  });

  it("reports nothing for a fully understood block", () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.counts).toEqual({ understood: 20, ignored: 0, unrecognized: 0 });
  });

  it("normalizes the legacy failover-threshold form and marks it", () => {
    expect(parseCommand("red-group", "priority 120 failover-threshold 80")).toEqual({
      kind: "group-priority",
      priority: 120,
      threshold: 80,
      legacy: true,
    });
    expect(parseCommand("red-group", "priority 1")).toEqual({
      kind: "group-priority",
      priority: 1,
      threshold: null,
      legacy: false,
    });
  });

  it("reads timers in seconds, or milliseconds with msec, on either value", () => {
    expect(parseCommand("red-protocol", "timers hellotime 3 holdtime 10")).toEqual({
      kind: "protocol-timers",
      helloMs: 3000,
      holdMs: 10000,
    });
    expect(parseCommand("red-protocol", "timers hellotime msec 500 holdtime 3")).toEqual({
      kind: "protocol-timers",
      helloMs: 500,
      holdMs: 3000,
    });
    expect(parseCommand("red-group", "timers delay 10")).toEqual({
      kind: "group-timers",
      delay: 10,
      reload: null,
    });
  });

  it("keeps out-of-range values for the rules to judge", () => {
    expect(parseCommand("red-app", "group 3")).toEqual({ kind: "red-group", id: 3 });
    expect(parseCommand("red-group", "priority 300 failover threshold 0")).toEqual({
      kind: "group-priority",
      priority: 300,
      threshold: 0,
      legacy: false,
    });
    expect(parseCommand("red-group", "timers delay 20000 reload 99999")).toEqual({
      kind: "group-timers",
      delay: 20000,
      reload: 99999,
    });
    expect(parseCommand("red-group", "control Port-channel1 protocol 9")).toEqual({
      kind: "group-control",
      interface: "Port-channel1",
      protocol: 9,
    });
    expect(parseCommand("interface", "redundancy rii 70000")).toEqual({
      kind: "if-rii",
      id: 70000,
      decrement: null,
    });
  });

  it("reads the three authentication forms; secrets keep their internal spacing", () => {
    expect(parseCommand("red-protocol", "authentication text sol_ha1")).toEqual({
      kind: "protocol-auth-text",
      secret: { encryption: null, value: "sol_ha1" },
    });
    expect(parseCommand("red-protocol", "authentication md5 key-string 7 0822455D0A16")).toEqual({
      kind: "protocol-auth-md5-key-string",
      secret: { encryption: 7, value: "0822455D0A16" },
    });
    expect(parseCommand("red-protocol", "authentication md5 key-string 0 my  key")).toEqual({
      kind: "protocol-auth-md5-key-string",
      secret: { encryption: 0, value: "my  key" },
    });
    // A lone `7` is the key itself, not a type.
    expect(parseCommand("red-protocol", "authentication md5 key-string 7")).toEqual({
      kind: "protocol-auth-md5-key-string",
      secret: { encryption: null, value: "7" },
    });
    expect(parseCommand("red-protocol", "no bfd")).toEqual({ kind: "protocol-bfd", enabled: false });
  });

  it("is case-insensitive for keywords and keeps names as written", () => {
    expect(parseCommand("red-group", "PRIORITY 150 Failover Threshold 90")).toEqual({
      kind: "group-priority",
      priority: 150,
      threshold: 90,
      legacy: false,
    });
    expect(parseCommand("red-group", "name Voice-HA")).toEqual({ kind: "group-name", name: "Voice-HA" });
  });

  it("does not take a longer word for a keyword", () => {
    expect(parseCommand("red-group", "preempted")).toBeNull();
    expect(parseCommand("red-group", "priority 100 failover thresholds 75")).toBeNull();
  });
});

describe("interface sub-commands", () => {
  it.each<[string, Command]>([
    ["description LAN side  (VLAN 100)", { kind: "if-description", text: "LAN side  (VLAN 100)" }],
    [
      "ip address 10.1.20.135 255.255.255.0",
      { kind: "if-ip-address", address: "10.1.20.135", mask: "255.255.255.0", secondary: false },
    ],
    [
      "ip address 172.16.6.47 255.255.255.224 secondary",
      { kind: "if-ip-address", address: "172.16.6.47", mask: "255.255.255.224", secondary: true },
    ],
    ["ip address dhcp", { kind: "if-ip-address-dynamic", method: "dhcp" }],
    ["ip address negotiated", { kind: "if-ip-address-dynamic", method: "negotiated" }],
    ["ip unnumbered Loopback0", { kind: "if-ip-unnumbered", interface: "Loopback0" }],
    ["no ip address", { kind: "if-no-ip-address" }],
    [
      "ipv6 address 2001:10:1:20::135/64",
      {
        kind: "if-ipv6-address",
        address: "2001:10:1:20::135",
        prefixLength: 64,
        extra: null,
        qualifier: null,
      },
    ],
    [
      "ipv6 address FE80::1 link-local",
      {
        kind: "if-ipv6-address",
        address: "fe80::1",
        prefixLength: null,
        extra: null,
        qualifier: "link-local",
      },
    ],
    ["ip nat inside", { kind: "if-nat-role", role: "inside" }],
    ["ip nat outside", { kind: "if-nat-role", role: "outside" }],
    ["vrf forwarding Mgmt-intf", { kind: "if-vrf", vrf: "Mgmt-intf" }],
    ["ip vrf forwarding VRF1", { kind: "if-vrf", vrf: "VRF1" }],
    ["shutdown", { kind: "if-shutdown", shutdown: true }],
    ["no shutdown", { kind: "if-shutdown", shutdown: false }],
    ["redundancy rii 40", { kind: "if-rii", id: 40, decrement: null }],
    ["redundancy rii 40 decrement 10", { kind: "if-rii", id: 40, decrement: 10 }],
    [
      "redundancy group 1 ip 10.10.1.1 exclusive decrement 20",
      { kind: "if-group", group: 1, family: "ipv4", vip: "10.10.1.1", exclusive: true, decrement: 20 },
    ],
    [
      "redundancy group 2 ip 10.10.1.1",
      { kind: "if-group", group: 2, family: "ipv4", vip: "10.10.1.1", exclusive: false, decrement: null },
    ],
    [
      "redundancy group 1 ipv6 2001:10:1:20::155/64 exclusive",
      {
        kind: "if-group",
        group: 1,
        family: "ipv6",
        vip: "2001:10:1:20::155/64",
        exclusive: true,
        decrement: null,
      },
    ],
    [
      "redundancy group 1 decrement 100",
      { kind: "if-group", group: 1, family: "decrement-only", vip: null, exclusive: false, decrement: 100 },
    ],
    ["redundancy asymmetric-routing enable", { kind: "if-asymmetric-routing", text: "enable" }],
    ["zone-member security INSIDE", { kind: "if-zone", zone: "INSIDE" }],
    [
      "bfd interval 100 min_rx 100 multiplier 3",
      { kind: "if-bfd", interval: 100, minRx: 100, multiplier: 3 },
    ],
    ["channel-group 1 mode active", { kind: "if-channel-group", group: 1, mode: "active" }],
  ])("%s", (text, expected) => {
    expect(parseCommand("interface", text)).toEqual(expected);
  });

  it("ignores other sub-commands on purpose, without a diagnostic", () => {
    const parsed = parse(
      [
        "interface GigabitEthernet0/0/0",
        " media-type rj45",
        " negotiation auto",
        " mtu 9000",
        " no mop enabled",
        " h323-gateway voip interface",
      ].join("\n"),
    );
    for (const line of [2, 3, 4, 5, 6]) expect(at(parsed, line).classification).toBe("ignored");
    expect(at(parsed, 1).command).toEqual({ kind: "interface", name: "GigabitEthernet0/0/0" });
    expect(parsed.diagnostics).toEqual([]);
  });

  it("understands `ipv6 address X/len 255.255.255.0` (corpus cube-2) with an invalid-value note", () => {
    const parsed = parse(
      ["interface GigabitEthernet0/0/1", " ipv6 address 2001:10:1:20::115/119 255.255.255.0"].join("\n"),
    );
    const l = at(parsed, 2);
    expect(l.classification).toBe("understood");
    expect(l.command).toMatchObject({
      address: "2001:10:1:20::115",
      prefixLength: 119,
      extra: "255.255.255.0",
    });
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({
      code: "invalid-value",
      severity: "note",
      location: { line: 2, column: 2 },
    });
    expect(parsed.diagnostics[0]!.message).toContain("255.255.255.0");
  });

  it("reports an unrecognized `redundancy …` line with what, where and from which word", () => {
    const parsed = parse(
      [
        "interface GigabitEthernet2", // 1
        " ip address 10.0.0.2 255.255.255.0", // 2
        " redundancy rii 200", // 3
        " redundancy group 1 ip <virtual IP> exclusive decrement 100", // 4
      ].join("\n"),
    );
    expect(at(parsed, 4).classification).toBe("unrecognized");
    expect(parsed.diagnostics).toHaveLength(1);
    const d = parsed.diagnostics[0]!;
    expect(d).toMatchObject({
      code: "unrecognized-line",
      severity: "note",
      location: { line: 4, column: 2 },
    });
    expect(d.message).toContain('"redundancy group 1 ip <virtual IP> exclusive decrement 100"');
    expect(d.message).toContain('from "<virtual" (column 24)');
    expect(d.message).toContain('"interface GigabitEthernet2" (line 1)');
  });

  it("reports unrecognized `ip nat` interface lines but not other unrecognized address lines", () => {
    const parsed = parse(
      [
        "interface GigabitEthernet1",
        " ip address <public IP>",
        " ip nat enable",
        " ipv6 address autoconfig",
      ].join("\n"),
    );
    expect(at(parsed, 2).classification).toBe("unrecognized");
    expect(at(parsed, 3).classification).toBe("unrecognized");
    expect(at(parsed, 4).classification).toBe("unrecognized");
    expect(parsed.diagnostics.map((d) => d.location.line)).toEqual([3]);
  });
});

describe("global commands", () => {
  it.each<[string, Command]>([
    ["hostname b2bred2", { kind: "hostname", name: "b2bred2" }],
    ["version 17.9", { kind: "version", version: "17.9" }],
    ["interface Port-channel1.100", { kind: "interface", name: "Port-channel1.100" }],
    [
      "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 netmask 255.255.255.240",
      {
        kind: "nat-pool",
        name: "POOL-G1",
        start: "203.0.113.16",
        end: "203.0.113.31",
        netmask: "255.255.255.240",
        prefixLength: null,
        options: [],
      },
    ],
    [
      "ip nat pool P 10.0.0.1 10.0.0.9 prefix-length 28 type match-host",
      {
        kind: "nat-pool",
        name: "P",
        start: "10.0.0.1",
        end: "10.0.0.9",
        netmask: null,
        prefixLength: 28,
        options: ["type match-host"],
      },
    ],
    ["ip nat switchover replication http", { kind: "nat-http-replication", port: null }],
    ["ip nat switchover replication http port 8080", { kind: "nat-http-replication", port: 8080 }],
    ["no ip nat service sip udp port 5060", { kind: "nat-service-disabled", text: "sip udp port 5060" }],
    ["ip access-list standard NAT-G1", { kind: "acl", aclKind: "standard", name: "NAT-G1" }],
    ["ip access-list extended 150", { kind: "acl", aclKind: "extended", name: "150" }],
    [
      "access-list 10 permit 10.0.0.0 0.0.0.255",
      { kind: "acl-numbered", name: "10", entry: ["permit", "10.0.0.0", "0.0.0.255"] },
    ],
    [
      "track 1 interface GigabitEthernet0/0/0 line-protocol",
      {
        kind: "track",
        id: 1,
        target: { kind: "interface", interface: "GigabitEthernet0/0/0", condition: "line-protocol" },
      },
    ],
    [
      "track 3 interface Te0/0/1 ip routing",
      { kind: "track", id: 3, target: { kind: "interface", interface: "Te0/0/1", condition: "ip-routing" } },
    ],
    [
      "track 4 interface Te0/0/1 ipv6 routing",
      {
        kind: "track",
        id: 4,
        target: { kind: "interface", interface: "Te0/0/1", condition: "ipv6-routing" },
      },
    ],
    [
      "track 10 ip sla 10 reachability",
      { kind: "track", id: 10, target: { kind: "ip-sla", sla: 10, condition: "reachability" } },
    ],
    [
      "track 11 ip sla 11",
      { kind: "track", id: 11, target: { kind: "ip-sla", sla: 11, condition: "state" } },
    ],
    [
      "track 12 ip route 10.0.0.0 255.0.0.0 reachability",
      { kind: "track", id: 12, target: { kind: "other", text: "ip route 10.0.0.0 255.0.0.0 reachability" } },
    ],
    [
      "track 13 list boolean and",
      { kind: "track", id: 13, target: { kind: "other", text: "list boolean and" } },
    ],
    ["ip sla 10", { kind: "ip-sla", id: 10 }],
    ["zone security INSIDE", { kind: "zone", name: "INSIDE" }],
    [
      "zone-pair security IN-TO-OUT source INSIDE destination OUTSIDE",
      { kind: "zone-pair", name: "IN-TO-OUT", source: "INSIDE", destination: "OUTSIDE" },
    ],
    ["parameter-map type inspect global", { kind: "inspect-global" }],
    ["voice service voip", { kind: "voice-service-voip" }],
    ["key chain RG-KEYS", { kind: "key-chain", name: "RG-KEYS" }],
  ])("%s", (text, expected) => {
    expect(parseCommand("global", text)).toEqual(expected);
  });

  const natRule = (text: string) => {
    const c = parseCommand("global", text);
    if (c?.kind !== "nat-rule") throw new Error(`not a NAT rule: ${text}`);
    return c.rule;
  };

  it("reads a dynamic rule with redundancy, mapping-id and overload", () => {
    expect(
      natRule("ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 11 overload"),
    ).toEqual({
      direction: "inside",
      target: "source",
      kind: "list",
      match: "NAT-G1",
      pool: "POOL-G1",
      interface: null,
      first: null,
      second: null,
      protocol: null,
      firstPort: null,
      secondPort: null,
      vrf: null,
      redundancy: 1,
      mappingId: 11,
      flags: ["overload"],
    });
  });

  it("reads the options in any order", () => {
    const a = natRule("ip nat inside source list 10 pool test redundancy 1 mapping-id 1 overload");
    const b = natRule("ip nat inside source list 10 pool test overload mapping-id 1 redundancy 1");
    expect(a).toEqual(b);
    expect(a.match).toBe("10");
  });

  it("reads static rules: plain, with vrf and match-in-vrf, port forwards, networks, HSRP name", () => {
    expect(
      natRule(
        "ip nat inside source static 10.180.0.3 172.24.5.228 vrf f8a44de0fc8e45df93c7f79bf3b01c95 redundancy 1 mapping-id 112 match-in-vrf",
      ),
    ).toMatchObject({
      kind: "static",
      first: "10.180.0.3",
      second: "172.24.5.228",
      vrf: "f8a44de0fc8e45df93c7f79bf3b01c95",
      redundancy: 1,
      mappingId: 112,
      flags: ["match-in-vrf"],
    });
    expect(
      natRule("ip nat inside source static tcp 192.168.1.10 80 interface GigabitEthernet0/6 8080"),
    ).toMatchObject({
      kind: "static",
      protocol: "tcp",
      first: "192.168.1.10",
      firstPort: 80,
      second: null,
      interface: "GigabitEthernet0/6",
      secondPort: 8080,
    });
    expect(natRule("ip nat inside source static network 10.1.1.0 192.168.1.0 255.255.255.0")).toMatchObject({
      first: "10.1.1.0/24",
      second: "192.168.1.0/24",
    });
    expect(
      natRule("ip nat inside source static 10.0.0.5 172.16.0.5 redundancy neutron-hsrp-1621-314"),
    ).toMatchObject({
      redundancy: "neutron-hsrp-1621-314",
      mappingId: null,
    });
    expect(natRule("ip nat outside source static 203.0.113.9 10.9.9.9 add-route")).toMatchObject({
      direction: "outside",
      first: "203.0.113.9",
      second: "10.9.9.9",
      flags: ["add-route"],
    });
  });

  it("reads interface overload, route-map and inside destination rules", () => {
    expect(natRule("ip nat inside source list 100 interface GigabitEthernet0/6 overload")).toMatchObject({
      kind: "list",
      match: "100",
      interface: "GigabitEthernet0/6",
      pool: null,
      flags: ["overload"],
    });
    expect(
      natRule("ip nat inside source route-map RM-NAT pool P1 redundancy 2 mapping-id 7 reversible"),
    ).toMatchObject({
      kind: "route-map",
      match: "RM-NAT",
      pool: "P1",
      redundancy: 2,
      mappingId: 7,
      flags: ["reversible"],
    });
    expect(natRule("ip nat inside destination list ACL-D pool P2 redundancy 1 mapping-id 3")).toMatchObject({
      target: "destination",
      kind: "list",
      match: "ACL-D",
      pool: "P2",
    });
  });

  it("reports unrecognized ip nat, track and redundancy lines; ignores routine NAT settings", () => {
    const parsed = parse(
      [
        "ip nat translation timeout 300", // 1 ignored
        "ip nat pool test <NAT IP POOL> <NAT IP POOL>  prefix-length mask-length", // 2 reported
        "track 5 interface Gi0/0/0 up", // 3 reported
        "redundancy group 1 ip 10.13.25.123 exclusive", // 4 reported (global)
        "ip nat translation max-entries redundancy 1 1000", // 5 reported: carries redundancy
        "service timestamps debug datetime msec", // 6 ignored
        "hostname", // 7 unrecognized, not reported
      ].join("\n"),
    );
    expect([1, 2, 3, 4, 5, 6, 7].map((l) => at(parsed, l).classification)).toEqual([
      "ignored",
      "unrecognized",
      "unrecognized",
      "unrecognized",
      "unrecognized",
      "ignored",
      "unrecognized",
    ]);
    expect(parsed.diagnostics.map((d) => d.location.line)).toEqual([2, 3, 4, 5]);
    expect(parsed.diagnostics[1]!.message).toContain('from "up" (column 27)');
    expect(parsed.diagnostics[1]!.message).toContain("the global configuration");
  });

  it("says an incomplete track command is incomplete, and where a wrong one goes wrong", () => {
    const parsed = parse(
      [
        "track 15 interface", // 1: the interface is missing
        "track 16 interface Gi0/0/1 bogus", // 2
        "track 17 ip sla", // 3: the operation is missing
        "track 18 ip route 10.0.0.0 255.0.0.0 reachability", // 4: another kind, kept as text
      ].join("\n"),
    );
    expect([1, 2, 3, 4].map((l) => at(parsed, l).classification)).toEqual([
      "unrecognized",
      "unrecognized",
      "unrecognized",
      "understood",
    ]);
    const messages = parsed.diagnostics.map((d) => d.message);
    expect(messages[0]).toContain("(the command is incomplete or not a known form)");
    expect(messages[1]).toContain('from "bogus" (column 28)');
    expect(messages[2]).toContain("(the command is incomplete or not a known form)");
  });
});

describe("other blocks", () => {
  it("reads ACL entries with or without sequence numbers", () => {
    const parsed = parse(
      [
        "ip access-list standard NAT-G1",
        " 10 permit 10.10.1.0 0.0.0.255",
        " deny   any log",
        " remark inside hosts",
        " statistics per-entry",
      ].join("\n"),
    );
    expect(at(parsed, 2).command).toEqual({
      kind: "acl-entry",
      sequence: 10,
      words: ["permit", "10.10.1.0", "0.0.0.255"],
    });
    expect(at(parsed, 3).command).toEqual({
      kind: "acl-entry",
      sequence: null,
      words: ["deny", "any", "log"],
    });
    expect(at(parsed, 4).command).toEqual({
      kind: "acl-entry",
      sequence: null,
      words: ["remark", "inside", "hosts"],
    });
    expect(at(parsed, 5).classification).toBe("ignored");
  });

  it("reads ip sla operations, zone-pair policies, inspect-global redundancy, CUBE and key chains", () => {
    const parsed = parse(
      [
        "ip sla 10", // 1
        " icmp-echo 198.51.100.1 source-interface TenGigabitEthernet0/0/1.201", // 2
        " frequency 5", // 3
        "zone-pair security IN-TO-OUT source INSIDE destination OUTSIDE", // 4
        " service-policy type inspect IN-TO-OUT-PMAP", // 5
        "parameter-map type inspect global", // 6
        " redundancy", // 7
        " log dropped-packets enable", // 8
        "voice service voip", // 9
        " redundancy-group 1", // 10
        " allow-connections sip to sip", // 11
        "key chain RG-KEYS", // 12
        " key 1", // 13
        "  key-string 7 1511021F0725393D2B2A3D2A3B", // 14
      ].join("\n"),
    );
    expect(at(parsed, 2).command).toEqual({
      kind: "ip-sla-operation",
      text: "icmp-echo 198.51.100.1 source-interface TenGigabitEthernet0/0/1.201",
    });
    expect(at(parsed, 3).classification).toBe("ignored");
    expect(at(parsed, 5).command).toEqual({ kind: "zone-pair-service-policy", policy: "IN-TO-OUT-PMAP" });
    expect(at(parsed, 7).command).toEqual({ kind: "inspect-global-redundancy" });
    expect(at(parsed, 8).classification).toBe("ignored");
    expect(at(parsed, 10).command).toEqual({ kind: "voice-redundancy-group", group: 1 });
    expect(at(parsed, 11).classification).toBe("ignored");
    expect(at(parsed, 13).command).toEqual({ kind: "key", id: 1 });
    expect(at(parsed, 14).command).toEqual({
      kind: "key-string",
      secret: { encryption: 7, value: "1511021F0725393D2B2A3D2A3B" },
    });
    expect(parsed.diagnostics).toEqual([]);
  });

  it("reports unrecognized redundancy lines of voice service and inspect-global", () => {
    const parsed = parse(
      [
        "voice service voip",
        " redundancy-group one",
        "parameter-map type inspect global",
        " redundancy please",
      ].join("\n"),
    );
    expect(parsed.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ["unrecognized-line", 2],
      ["unrecognized-line", 4],
    ]);
    expect(parsed.diagnostics[0]!.message).toContain('"voice service voip" (line 1)');
  });

  it("leaves blocks it does not model as ignored, opaque lines", () => {
    const parsed = parse(
      ["router bgp 65010", " neighbor 10.0.0.1 remote-as 65020", "line vty 0 4"].join("\n"),
    );
    expect([1, 2, 3].map((l) => at(parsed, l).classification)).toEqual(["ignored", "ignored", "ignored"]);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe("unrecognized lines in the redundancy block", () => {
  it("reports a bad line with its context path; its sub-commands are counted, not reported again", () => {
    const parsed = parse(
      [
        "redundancy", // 1
        " main-cpu", // 2
        "  auto-sync standard", // 3
        " application redundancy", // 4
        "  group 1", // 5
        "   priority high", // 6
        "   preempt delay 10", // 7
      ].join("\n"),
    );
    expect(at(parsed, 2).classification).toBe("unrecognized");
    expect(at(parsed, 3).classification).toBe("unrecognized");
    expect(parsed.diagnostics.map((d) => d.location.line)).toEqual([2, 6, 7]);
    const [mainCpu, priority, preempt] = parsed.diagnostics;
    expect(mainCpu!.message).toContain("(with its 1 sub-command)");
    expect(mainCpu!.message).toContain('"redundancy" (line 1)');
    expect(priority!.message).toContain('"redundancy › application redundancy › group 1" (line 5)');
    expect(priority!.message).toContain('from "high" (column 13)');
    expect(preempt!.message).toContain('from "delay"');
    expect(parsed.counts.unrecognized).toBe(4);
  });

  it("says when a line ends too early", () => {
    const parsed = parse(
      ["redundancy", " application redundancy", "  group 1", "   priority 100 failover threshold"].join("\n"),
    );
    expect(parsed.diagnostics[0]!.message).toContain("incomplete");
  });

  it("masks secrets in the messages", () => {
    const parsed = parse(
      [
        "redundancy",
        " application redundancy",
        "  protocol 1",
        "   authentication texts s3cr3t-value",
        "   authentication text",
      ].join("\n"),
    );
    expect(parsed.diagnostics).toHaveLength(2);
    for (const d of parsed.diagnostics) expect(d.message).not.toContain("s3cr3t-value");
  });
});

describe("robustness", () => {
  it("passes chevrotain's grammar validations (skipped at run time for start-up speed)", () => {
    expect(() => new CommandParser({ validate: true })).not.toThrow();
  });

  const contexts: readonly ContextKind[] = [
    "global",
    "redundancy",
    "red-app",
    "red-group",
    "red-protocol",
    "interface",
    "acl-standard",
    "key",
  ];
  const vocabulary = [
    "redundancy",
    "group",
    "ip",
    "ipv6",
    "nat",
    "inside",
    "source",
    "static",
    "list",
    "pool",
    "priority",
    "failover",
    "threshold",
    "failover-threshold",
    "track",
    "decrement",
    "timers",
    "hellotime",
    "holdtime",
    "msec",
    "authentication",
    "text",
    "md5",
    "key-string",
    "rii",
    "exclusive",
    "mapping-id",
    "vrf",
    "1",
    "7",
    "0",
    "255",
    "99999999999999999999",
    "10.0.0.1",
    "255.255.255.0",
    "2001:db8::1/64",
    "::",
    "GigabitEthernet0/0/0",
    "-",
    "/",
    "\u00e9",
    "\u0000",
  ];
  const word = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ minLength: 1, maxLength: 6 }));

  it("never throws on random words in any context", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...contexts),
        fc.array(word, { minLength: 1, maxLength: 12 }),
        (context, words) => {
          const result = parseCommand(context, words.join(" "));
          expect(result === null || typeof result.kind === "string").toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("never throws on random configurations and classifies every command node", () => {
    const line = fc.tuple(fc.constantFrom("", " ", "  ", "   ", "\t"), fc.array(word, { maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.map(([indent, words]) => indent + words.join(" ")).join("\n");
        const tree = readConfig(text, "random.cfg");
        const parsed = parseConfigTree(tree);
        let nodes = 0;
        const stack = [...tree.roots];
        while (stack.length > 0) {
          const n = stack.pop()!;
          nodes++;
          expect(parsed.lines.has(n)).toBe(true);
          stack.push(...n.children);
        }
        const c = parsed.counts;
        expect(c.understood + c.ignored + c.unrecognized).toBe(nodes);
      }),
      { numRuns: 500 },
    );
  });

  it("copes with deep indentation without recursion limits", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}redundancy x`).join("\n");
    const parsed = parseConfigTree(readConfig(text, "deep.cfg"));
    expect(parsed.counts.unrecognized).toBe(3000);
    expect(parsed.diagnostics).toHaveLength(1);
  });
});
