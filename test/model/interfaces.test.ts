import { describe, expect, it } from "vitest";
import { build, iface, lines } from "./helpers.js";

describe("interfaces", () => {
  it("keys interfaces by normalized name whatever the spelling", () => {
    const c = build(
      lines(
        "interface Gi0/0/1",
        "interface te0/0/0.100",
        "interface Fo1/0/1",
        "interface Hu0/1/0",
        "interface po1",
        "interface Lo0",
        "interface Tu100",
        "interface bdi4501",
        "interface GIGABITETHERNET0/0/2.20",
      ),
    );
    expect([...c.interfaces.keys()]).toEqual([
      "GigabitEthernet0/0/1",
      "TenGigabitEthernet0/0/0.100",
      "FortyGigabitEthernet1/0/1",
      "HundredGigE0/1/0",
      "Port-channel1",
      "Loopback0",
      "Tunnel100",
      "BDI4501",
      "GigabitEthernet0/0/2.20",
    ]);
    expect(iface(c, "TenGigabitEthernet0/0/0.100").writtenName).toBe("te0/0/0.100");
  });

  it("reads a redundant traffic interface", () => {
    const c = build(
      lines(
        "interface TenGigabitEthernet0/0/0.100", // 1
        " description LAN-G1 inside (RG1 VIP 10.10.1.1)", // 2
        " encapsulation dot1Q 100", // 3
        " ip address 10.10.1.2 255.255.255.0", // 4
        " ip nat inside", // 5
        " zone-member security INSIDE", // 6
        " redundancy rii 101", // 7
        " redundancy group 1 ip 10.10.1.1 exclusive decrement 60", // 8
        " redundancy group 1 ipv6 2001:DB8:10::1/64 exclusive", // 9
        " redundancy asymmetric-routing enable", // 10
        " bfd interval 100 min_rx 100 multiplier 3", // 11
      ),
    );
    const i = iface(c, "TenGigabitEthernet0/0/0.100");
    expect(i.location).toEqual({ file: "edge-a.cfg", line: 1, column: 1, endColumn: 38 });
    expect(i.description?.value).toBe("LAN-G1 inside (RG1 VIP 10.10.1.1)");
    expect(i.ipv4).toEqual({
      address: "10.10.1.2",
      mask: "255.255.255.0",
      prefixLength: 24,
      location: { file: "edge-a.cfg", line: 4, column: 2, endColumn: 36 },
    });
    expect(i.natRole).toMatchObject({ value: "inside", location: { line: 5 } });
    expect(i.zone?.value).toBe("INSIDE");
    expect(i.rii).toEqual({
      id: 101,
      decrement: null,
      location: expect.objectContaining({ line: 7, column: 2 }),
    });
    expect(i.groups).toEqual([
      {
        group: 1,
        kind: "ipv4",
        vip: "10.10.1.1",
        exclusive: true,
        decrement: 60,
        location: expect.objectContaining({ line: 8 }),
      },
      {
        group: 1,
        kind: "ipv6",
        vip: "2001:db8:10::1/64",
        exclusive: true,
        decrement: null,
        location: expect.objectContaining({ line: 9 }),
      },
    ]);
    expect(i.asymmetricRouting?.value).toBe("enable");
    expect(i.bfd).toMatchObject({ intervalMs: 100, minRxMs: 100, multiplier: 3 });
    expect(i.shutdown).toMatchObject({ value: false, isDefault: true });
    expect(i.vrf).toBeNull();
  });

  it("reads the decrement-only form (AWS CSR template)", () => {
    const c = build(
      lines(
        "interface GigabitEthernet1",
        " ip nat outside",
        " redundancy rii 100",
        " redundancy group 1 decrement 100",
      ),
    );
    expect(iface(c, "GigabitEthernet1").groups).toEqual([
      expect.objectContaining({
        group: 1,
        kind: "decrement-only",
        vip: null,
        exclusive: false,
        decrement: 100,
      }),
    ]);
  });

  it("merges a stanza given twice; `no ip address` removes the primary and secondary addresses", () => {
    const c = build(
      lines(
        "interface GigabitEthernet0/0/0", // 1
        " ip address 10.1.20.135 255.255.255.0", // 2
        " ip address 10.9.9.1 255.255.255.0 secondary", // 3
        " redundancy rii 1", // 4
        "!", // 5
        "interface Gi0/0/0", // 6
        " no ip address", // 7
        " shutdown", // 8
      ),
    );
    const i = iface(c, "GigabitEthernet0/0/0");
    expect(i.headerLocations.map((l) => l.line)).toEqual([1, 6]);
    expect(i.location.line).toBe(1);
    expect(i.ipv4).toBeNull();
    expect(i.ipv4Secondary).toEqual([]);
    expect(i.ipv4RemovedBy?.line).toBe(7);
    expect(i.rii?.id).toBe(1);
    expect(i.shutdown).toMatchObject({ value: true, isDefault: false, location: { line: 8 } });
    expect(c.diagnostics.map((d) => d.code)).toEqual(["duplicate-stanza"]);
  });

  it("removes the addresses when the VRF changes after them, as IOS does, with a warning", () => {
    const c = build(
      lines(
        "interface GigabitEthernet0", // 1
        " ip address 10.0.100.6 255.255.255.0", // 2
        " ipv6 address 2001:db8::6/64", // 3
        " vrf forwarding Mgmt-intf", // 4
        "interface GigabitEthernet1", // 5
        " vrf forwarding Mgmt-intf", // 6
        " ip address 10.0.101.6 255.255.255.0", // 7
      ),
    );
    const g0 = iface(c, "GigabitEthernet0");
    expect(g0.ipv4).toBeNull();
    expect(g0.ipv6).toEqual([]);
    expect(g0.vrf?.value).toBe("Mgmt-intf");
    expect(g0.ipv4RemovedBy?.line).toBe(4);
    expect(iface(c, "GigabitEthernet1").ipv4?.address).toBe("10.0.101.6");
    const d = c.diagnostics.filter((x) => x.code === "vrf-removes-address");
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: "warning", location: { line: 4, column: 2 } });
    expect(d[0]!.related?.map((l) => l.line)).toEqual([2, 3]);
  });

  it("later commands replace earlier ones: nat role, vrf, rii, the VIP of the same group and family", () => {
    const c = build(
      lines(
        "interface BDI3",
        " ip vrf forwarding A",
        " ip nat inside",
        " redundancy rii 3",
        " redundancy group 1 ip 1.1.3.3 exclusive",
        " ip nat outside",
        " redundancy rii 4 decrement 10",
        " redundancy group 1 ip 1.1.3.4 exclusive decrement 10",
        " vrf forwarding B",
        " no shutdown",
      ),
    );
    const i = iface(c, "BDI3");
    expect(i.natRole?.value).toBe("outside");
    expect(i.vrf?.value).toBe("B");
    expect(i.rii).toMatchObject({ id: 4, decrement: 10 });
    expect(i.groups).toHaveLength(1);
    expect(i.groups[0]).toMatchObject({ vip: "1.1.3.4", decrement: 10 });
    expect(i.shutdown).toMatchObject({ value: false, isDefault: false });
  });

  it("models addresses assigned at run time and unnumbered interfaces", () => {
    const c = build(
      lines(
        "interface GigabitEthernet1",
        " ip address dhcp",
        "interface GigabitEthernet2",
        " ip unnumbered Lo0",
        "interface Dialer1",
        " ip address negotiated",
      ),
    );
    expect(iface(c, "GigabitEthernet1")).toMatchObject({ ipv4: null, ipv4Dynamic: { value: "dhcp" } });
    expect(iface(c, "GigabitEthernet2")).toMatchObject({
      ipv4: null,
      ipv4Unnumbered: { value: "Loopback0" },
    });
    expect(iface(c, "Dialer1").ipv4Dynamic?.value).toBe("negotiated");
  });

  it("reads IPv6 addresses, secondary addresses, channel groups", () => {
    const c = build(
      lines(
        "interface GigabitEthernet0/0/4",
        " ip address 10.0.0.1 255.255.255.0",
        " ip address 10.0.1.1 255.255.255.0 secondary",
        " ipv6 address 2001:10:1:20::135/64",
        " ipv6 address FE80::1 link-local",
        " channel-group 1 mode active",
      ),
    );
    const i = iface(c, "GigabitEthernet0/0/4");
    expect(i.ipv4Secondary.map((a) => a.address)).toEqual(["10.0.1.1"]);
    expect(i.ipv6.map((a) => [a.address, a.prefixLength])).toEqual([
      ["2001:10:1:20::135", 64],
      ["fe80::1 link-local", null],
    ]);
    expect(i.channelGroup?.value).toBe(1);
  });
});
