import { cfg, group as controlDataGroup } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

/** Lines 1–8: a group with the given link as its control and data interface. */
const group = (hostname: string, link: string) => controlDataGroup(hostname, link, link);

const member = (name: string, channel: number) => [
  `interface ${name}`,
  " no ip address",
  ` channel-group ${channel} mode active`,
];

testRule("RG306", "warning", [
  {
    name: "a physical GigabitEthernet port",
    a: cfg(
      ...group("edge-a", "GigabitEthernet0/0/2"),
      "interface GigabitEthernet0/0/2",
      " ip address 172.16.255.1 255.255.255.252",
    ),
    b: cfg(
      ...group("edge-b", "Port-channel1"),
      "interface Port-channel1",
      ...member("Gi0/0/4", 1),
      ...member("Gi0/0/5", 1),
    ),
    expected: [
      { side: "a", line: 7, messageIncludes: ["GigabitEthernet0/0/2 is a single physical interface"] },
    ],
  },
  {
    name: "a VLAN subinterface of one physical port",
    a: cfg(
      ...group("edge-a", "Te0/0/1.4000"),
      "interface TenGigabitEthernet0/0/1.4000",
      " encapsulation dot1Q 4000",
    ),
    expected: [{ side: "a", line: 7, messageIncludes: ["TenGigabitEthernet0/0/1.4000"] }],
  },
  {
    name: "a Port-channel with a single member port",
    a: cfg(
      ...group("edge-a", "Port-channel1"),
      "interface Port-channel1",
      " ip address 172.16.255.1 255.255.255.252",
      ...member("GigabitEthernet0/0/4", 1),
      ...member("GigabitEthernet0/0/5", 2),
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [{ side: "a", line: 13 }],
        messageIncludes: ["single member port (GigabitEthernet0/0/4)"],
      },
    ],
  },
  {
    name: "a Port-channel subinterface over a two-member bundle (as in the genieparser output)",
    a: cfg(
      ...group("edge-a", "Po60.2511"),
      "interface Port-channel60.2511",
      " encapsulation dot1Q 2511",
      ...member("TenGigabitEthernet0/1/0", 60),
      ...member("TenGigabitEthernet0/1/1", 60),
    ),
    expected: [],
  },
  {
    name: "a Port-channel whose members the configuration does not show",
    a: cfg(
      ...group("edge-a", "Port-channel1"),
      "interface Port-channel1",
      " ip address 172.16.255.1 255.255.255.252",
    ),
    expected: [],
  },
  {
    name: "a BDI: the configuration does not show how many ports carry it",
    a: cfg(...group("edge-a", "BDI4000"), "interface BDI4000", " ip address 172.16.255.1 255.255.255.252"),
    expected: [],
  },
]);
