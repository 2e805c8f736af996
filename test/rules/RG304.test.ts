import { cfg } from "./protocol-configs.js";
import { testRule } from "./rule-tester.js";

const groups = (hostname: string, protocol: number) => [
  `hostname ${hostname}`,
  "redundancy",
  " mode sso",
  " application redundancy",
  "  group 1",
  "   name rg1",
  "   preempt",
  "   priority 120 failover threshold 80",
  `   control GigabitEthernet0/1/0 protocol ${protocol}`,
  "   data GigabitEthernet0/1/2",
];

testRule("RG304", "warning", [
  {
    name: "Cisco's seed example: a protocol 4 block, the group uses protocol 1",
    a: cfg(
      ...groups("rtr-a", 1),
      "  protocol 4",
      "   name rg1",
      "   timers hellotime 3 holdtime 10",
      "   authentication md5 key-string 0 RGsecret",
      "   bfd",
    ),
    b: cfg(...groups("rtr-b", 4), "  protocol 4", "   timers hellotime 3 holdtime 10"),
    expected: [{ side: "a", line: 9, messageIncludes: ["no `protocol 1` block", "configures protocol 4"] }],
  },
  {
    name: "no protocol block at all, two groups",
    a: cfg(...groups("rtr-a", 1), "  group 2", "   name rg2", "   control GigabitEthernet0/1/0 protocol 2"),
    expected: [
      { side: "a", line: 9, messageIncludes: ["has no protocol block at all"] },
      { side: "a", line: 13 },
    ],
  },
  {
    name: "the referenced block exists",
    a: cfg(...groups("rtr-a", 1), "  protocol 1", "   timers hellotime 1 holdtime 3"),
    b: cfg(...groups("rtr-b", 1), "  protocol 1"),
    expected: [],
  },
  {
    name: "a group without a control line references nothing",
    a: cfg(
      "hostname rtr-a",
      "redundancy",
      " application redundancy",
      "  group 1",
      "   name rg1",
      "   priority 120",
    ),
    expected: [],
  },
]);
