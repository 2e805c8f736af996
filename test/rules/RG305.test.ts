import { expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { cfg, group } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG305", "error", [
  {
    name: "the control/data interface is not defined: one finding for both lines",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/2", "Gi0/0/2"),
      "interface GigabitEthernet0/0/3",
      " ip address 172.16.255.1 255.255.255.252",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [{ side: "a", line: 8 }],
        messageIncludes: ["is not defined on edge-a"],
      },
    ],
  },
  {
    name: "the control interface is shut down",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/2", "GigabitEthernet0/0/3"),
      "interface GigabitEthernet0/0/2",
      " ip address 172.16.255.1 255.255.255.252",
      " shutdown",
      "interface GigabitEthernet0/0/3",
      " ip address 172.16.254.1 255.255.255.252",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [{ side: "a", line: 11 }],
        messageIncludes: ["is shut down", "both chassis become active"],
      },
    ],
  },
  {
    name: "the data interface has no IPv4 address (`no ip address`)",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/2", "GigabitEthernet0/0/3"),
      "interface GigabitEthernet0/0/2",
      " ip address 172.16.255.1 255.255.255.252",
      "interface GigabitEthernet0/0/3",
      " no ip address",
      " negotiation auto",
    ),
    expected: [
      {
        side: "a",
        line: 8,
        related: [{ side: "a", line: 12 }],
        messageIncludes: ["data interface", "is not synchronized"],
      },
    ],
  },
  {
    name: "an IPv6-only control interface, no `no ip address` line: the interface line is related",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/2", "GigabitEthernet0/0/2"),
      "interface GigabitEthernet0/0/2",
      " ipv6 address 2001:db8:ffff::1/126",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [
          { side: "a", line: 9 },
          { side: "a", line: 8 },
        ],
        messageIncludes: ["IPv4 only"],
      },
    ],
  },
  {
    name: "a subinterface of a shut-down Port-channel",
    a: cfg(
      ...group("edge-a", "Port-channel1.4000", "Port-channel1.4000"),
      "interface Port-channel1",
      " no ip address",
      " shutdown",
      "interface Port-channel1.4000",
      " encapsulation dot1Q 4000",
      " ip address 172.16.255.1 255.255.255.252",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [
          { side: "a", line: 11 },
          { side: "a", line: 8 },
        ],
        messageIncludes: ["subinterface of Port-channel1, which is shut down"],
      },
    ],
  },
  {
    name: "a second stanza (as in Cisco's CUBE example) removes the address and shuts the interface",
    a: cfg(
      ...group("b2bred1", "GigabitEthernet0/0/0", "GigabitEthernet0/0/0"),
      "interface GigabitEthernet0/0/0",
      " ip address 10.1.20.115 255.255.255.0",
      " redundancy rii 1",
      " redundancy group 1 ip 10.1.20.155 exclusive",
      "!",
      "interface GigabitEthernet0/0/0",
      " vrf forwarding Mgmt-intf",
      " no ip address",
      " shutdown",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [
          { side: "a", line: 17 },
          { side: "a", line: 16 },
          { side: "a", line: 8 },
        ],
        messageIncludes: ["is shut down and has no IPv4 address"],
      },
    ],
  },
  {
    name: "a `vrf forwarding` after the address clears it, as on the device",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/2", "GigabitEthernet0/0/2"),
      "interface GigabitEthernet0/0/2",
      " ip address 172.16.255.1 255.255.255.252",
      " vrf forwarding RG-LINK",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [
          { side: "a", line: 11 },
          { side: "a", line: 8 },
        ],
        messageIncludes: ["has no IPv4 address"],
      },
    ],
  },
  {
    name: "an address assigned at run time (`ip address dhcp`) is not reported",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/2", "GigabitEthernet0/0/2"),
      "interface GigabitEthernet0/0/2",
      " ip address dhcp",
    ),
    expected: [],
  },
  {
    name: "sharing the link with traffic and a VIP is allowed",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/0", "GigabitEthernet0/0/0"),
      "interface GigabitEthernet0/0/0",
      " ip address 10.1.20.135 255.255.255.0",
      " redundancy rii 1",
      " redundancy group 1 ip 10.1.20.155 exclusive",
    ),
    expected: [],
  },
]);

it("RG305 names the `vrf forwarding` line that cleared the address", () => {
  const result = analyze([
    {
      file: "a.cfg",
      content: cfg(
        ...group("edge-a", "GigabitEthernet0/0/2", "GigabitEthernet0/0/3"),
        "interface GigabitEthernet0/0/2",
        " ip address 172.16.255.1 255.255.255.252",
        " vrf forwarding RG-LINK",
        "interface GigabitEthernet0/0/3",
        " ip address 172.16.254.1 255.255.255.252",
      ),
    },
  ]);
  const [finding, ...rest] = result.findings.filter((f) => f.ruleId === "RG305");
  expect(rest).toEqual([]);
  expect(finding?.related.map((r) => r.message)).toEqual([
    "`vrf forwarding` on GigabitEthernet0/0/2 (edge-a), which removed its IPv4 address",
  ]);
  expect(finding?.fix).toContain("configure the address after it");
  expect(finding?.fingerprint).toBe("RG305:a:group=1:control=GigabitEthernet0/0/2");
});
