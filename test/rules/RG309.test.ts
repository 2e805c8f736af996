import { cfg, group } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

testRule("RG309", "warning", [
  {
    name: "control and data on one interface in the management VRF: one finding",
    a: cfg(
      ...group("b2bred2", "GigabitEthernet0/0/0", "GigabitEthernet0/0/0"),
      "interface GigabitEthernet0/0/0",
      " vrf forwarding Mgmt-intf",
      " ip address 10.1.20.135 255.255.255.0",
    ),
    expected: [
      {
        side: "a",
        line: 7,
        related: [
          { side: "a", line: 10 },
          { side: "a", line: 8 },
        ],
        messageIncludes: ["control and data interface GigabitEthernet0/0/0 is in VRF Mgmt-intf"],
      },
    ],
  },
  {
    name: "only the data interface is in a VRF (`ip vrf forwarding`)",
    a: cfg(
      ...group("edge-a", "Port-channel1", "Port-channel2"),
      "interface Port-channel1",
      " ip address 172.16.255.1 255.255.255.252",
      "interface Port-channel2",
      " ip vrf forwarding SYNC",
      " ip address 172.16.254.1 255.255.255.252",
    ),
    expected: [
      {
        side: "a",
        line: 8,
        related: [{ side: "a", line: 12 }],
        messageIncludes: ["data interface Port-channel2 is in VRF SYNC"],
      },
    ],
  },
  {
    name: "links in the global table pass",
    a: cfg(
      ...group("edge-a", "Port-channel1", "Port-channel1"),
      "interface Port-channel1",
      " ip address 172.16.255.1 255.255.255.252",
    ),
    expected: [],
  },
]);
