import { describe, expect, it } from "vitest";
import {
  canonicalIpv6,
  formatIpv6,
  ipv6InPrefix,
  isIpv6LinkLocal,
  parseIpv6,
  readInterfaceIpv6,
} from "../../src/rules/ipv6.js";

describe("IPv6 helpers for rules", () => {
  it("canonicalizes per RFC 5952: lower case, no leading zeros, longest zero run as ::", () => {
    expect(canonicalIpv6("2001:0DB8:0000:0000:0000:0000:0000:0155/64")).toBe("2001:db8::155/64");
    expect(canonicalIpv6("2001:db8:0:1:0:0:0:1")).toBe("2001:db8:0:1::1");
    expect(canonicalIpv6("2001:db8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(canonicalIpv6("2001:db8:0:1:1:1:1:1")).toBe("2001:db8:0:1:1:1:1:1");
    expect(canonicalIpv6("::")).toBe("::");
    expect(canonicalIpv6("::1")).toBe("::1");
    expect(canonicalIpv6("::ffff:192.0.2.1")).toBe("::ffff:c000:201");
  });

  it("rejects what is not an IPv6 address", () => {
    for (const bad of [
      "",
      "1::2::3",
      "2001:db8::g",
      "1:2:3:4:5:6:7:8:9",
      "1:2:3:4:5:6:7",
      "10.0.0.1",
      "::1%eth0",
    ]) {
      expect(parseIpv6(bad), bad).toBeNull();
    }
    expect(canonicalIpv6("not-an-address")).toBe("not-an-address");
  });

  it("round-trips through format", () => {
    const n = parseIpv6("2001:10:1:20::135")!;
    expect(formatIpv6(n)).toBe("2001:10:1:20::135");
  });

  it("tests prefix membership and link-local scope", () => {
    const net = parseIpv6("2001:10:1:20::14")!;
    expect(ipv6InPrefix(parseIpv6("2001:10:1:20::135")!, net, 119)).toBe(true);
    expect(ipv6InPrefix(parseIpv6("2001:10:1:20::235")!, net, 119)).toBe(false);
    expect(isIpv6LinkLocal(parseIpv6("fe80::1")!)).toBe(true);
    expect(isIpv6LinkLocal(parseIpv6("fec0::1")!)).toBe(false);
  });

  it("reads the model's interface address with its qualifier", () => {
    expect(readInterfaceIpv6("2001:db8:1:: eui-64", 64)).toEqual({
      value: parseIpv6("2001:db8:1::"),
      prefixLength: 64,
      qualifier: "eui-64",
    });
    expect(readInterfaceIpv6("fe80::1 link-local", null)?.qualifier).toBe("link-local");
    expect(readInterfaceIpv6("2001:db8::1", 64)?.qualifier).toBeNull();
  });
});
