import { cfg, group } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

/** Lines 9–10 and 11–12: Po1 (control) and Po2 (data) with the given addresses. */
const links = (control: string, data: string) => [
  "interface Port-channel1",
  ` ip address ${control}`,
  "interface Port-channel2",
  ` ip address ${data}`,
];

testRule("RG307", "error", [
  {
    name: "control interfaces in different /30s",
    a: cfg(
      ...group("edge-a", "Port-channel1", "Port-channel2"),
      ...links("172.16.255.1 255.255.255.252", "172.16.254.1 255.255.255.252"),
    ),
    b: cfg(
      ...group("edge-b", "Port-channel1", "Port-channel2"),
      ...links("172.16.255.6 255.255.255.252", "172.16.254.2 255.255.255.252"),
    ),
    expected: [
      {
        side: "b",
        line: 7,
        related: [
          { side: "a", line: 7 },
          { side: "b", line: 10 },
          { side: "a", line: 10 },
        ],
        messageIncludes: [
          "edge-b's group 1 control interface Port-channel1 (172.16.255.6/30)",
          "edge-a's Port-channel1 (172.16.255.1/30)",
        ],
      },
    ],
  },
  {
    name: "data interfaces with different masks",
    a: cfg(
      ...group("edge-a", "Port-channel1", "Port-channel2"),
      ...links("172.16.255.1 255.255.255.252", "172.16.254.1 255.255.255.0"),
    ),
    b: cfg(
      ...group("edge-b", "Port-channel1", "Port-channel2"),
      ...links("172.16.255.2 255.255.255.252", "172.16.254.2 255.255.255.252"),
    ),
    expected: [
      {
        side: "b",
        line: 8,
        related: [
          { side: "a", line: 8 },
          { side: "b", line: 12 },
          { side: "a", line: 12 },
        ],
        messageIncludes: ["the masks differ (/30 and /24)", "a switchover is not stateful"],
      },
    ],
  },
  {
    name: "control and data on one interface on both chassis: one finding",
    a: cfg(
      ...group("edge-a", "Port-channel1", "Port-channel1"),
      ...links("10.0.0.1 255.255.255.252", "172.16.254.1 255.255.255.252"),
    ),
    b: cfg(
      ...group("edge-b", "Port-channel1", "Port-channel1"),
      ...links("10.0.1.2 255.255.255.252", "172.16.254.2 255.255.255.252"),
    ),
    expected: [
      {
        side: "b",
        line: 7,
        related: [
          { side: "a", line: 7 },
          { side: "b", line: 10 },
          { side: "a", line: 10 },
        ],
        messageIncludes: ["control and data interface"],
      },
    ],
  },
  {
    name: "an interface without an IPv4 address is RG305's",
    a: cfg(...group("edge-a", "Port-channel1", "Port-channel1"), "interface Port-channel1", " no ip address"),
    b: cfg(
      ...group("edge-b", "Port-channel1", "Port-channel1"),
      ...links("10.0.1.2 255.255.255.252", "172.16.254.2 255.255.255.252"),
    ),
    expected: [],
  },
  {
    name: "a /31 link in one subnet passes, whatever the interface names",
    a: cfg(
      ...group("edge-a", "Port-channel1", "Port-channel2"),
      ...links("172.16.255.0 255.255.255.254", "172.16.254.1 255.255.255.252"),
    ),
    b: cfg(
      ...group("edge-b", "Port-channel7", "Port-channel2"),
      "interface Port-channel7",
      " ip address 172.16.255.1 255.255.255.254",
      "interface Port-channel2",
      " ip address 172.16.254.2 255.255.255.252",
    ),
    expected: [],
  },
]);
