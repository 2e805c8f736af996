import { DYN_G1, GOOD_NAT, HTTP, lineOf, natChassis, POOL_G1, STATIC_1, STATIC_2 } from "./nat-configs.js";
import { testRule } from "./rule-tester.js";

const A = natChassis("a", GOOD_NAT);
const RULES = [POOL_G1, HTTP, DYN_G1, STATIC_1, STATIC_2, "!"];
const entryOther = " 20 permit 10.20.2.0 0.0.0.255";
const B_OTHER = natChassis("b", [
  ...RULES,
  "ip access-list standard NAT-G1",
  " 10 permit 10.10.1.0 0.0.0.255",
  entryOther,
]);
const B_SHORTER = natChassis("b", [
  ...RULES,
  "ip access-list standard NAT-G1",
  " 10 permit 10.10.1.0 0.0.0.255",
]);
const B_RESEQ = natChassis("b", [
  ...RULES,
  "ip access-list standard NAT-G1",
  " 100 permit 10.10.1.0 0.0.0.255",
  " 200 permit 10.20.1.0 0.0.0.255",
]);
const B_SWAPPED = natChassis("b", [
  ...RULES,
  "ip access-list standard NAT-G1",
  " 10 permit 10.20.1.0 0.0.0.255",
  " 20 permit 10.10.1.0 0.0.0.255",
]);
const B_NO_ACL = natChassis("b", RULES);

testRule("RG408", "warning", [
  {
    name: "entry 2 differs: at B's entry, A's entry related",
    a: A,
    b: B_OTHER,
    expected: [
      {
        side: "b",
        line: lineOf(B_OTHER, entryOther),
        related: [{ side: "a", line: lineOf(A, "20 permit 10.20.1.0") }],
        messageIncludes: ["edge-b", "NAT-G1", "edge-a"],
      },
    ],
  },
  {
    name: "B's list is shorter: at B's list header, A's extra entry related",
    a: A,
    b: B_SHORTER,
    expected: [
      {
        side: "b",
        line: lineOf(B_SHORTER, "ip access-list standard NAT-G1"),
        related: [{ side: "a", line: lineOf(A, "20 permit 10.20.1.0") }],
      },
    ],
  },
  {
    name: "the same entries in another order: order matters in an access list",
    a: A,
    b: B_SWAPPED,
    expected: [
      {
        side: "b",
        line: lineOf(B_SWAPPED, "10 permit 10.20.1.0"),
        related: [{ side: "a", line: lineOf(A, "10 permit 10.10.1.0") }],
      },
    ],
  },
  {
    name: "the list is missing on B: at B's NAT rule that uses it, A's list related",
    a: A,
    b: B_NO_ACL,
    expected: [
      {
        side: "b",
        line: lineOf(B_NO_ACL, DYN_G1),
        related: [{ side: "a", line: lineOf(A, "ip access-list standard NAT-G1") }],
      },
    ],
  },
  { name: "only the sequence numbers differ: no finding", a: A, b: B_RESEQ, expected: [] },
  { name: "the same list on both chassis: no finding", a: A, b: natChassis("b", GOOD_NAT), expected: [] },
  {
    name: "a list used only by NAT without a redundancy association is not compared",
    a: natChassis("a", [
      ...GOOD_NAT,
      "ip nat inside source list NAT-LAB interface GigabitEthernet0/0/2 overload",
      "ip access-list standard NAT-LAB",
      " 10 permit 10.30.0.0 0.0.255.255",
    ]),
    b: natChassis("b", [
      ...GOOD_NAT,
      "ip nat inside source list NAT-LAB interface GigabitEthernet0/0/2 overload",
      "ip access-list standard NAT-LAB",
      " 10 permit 10.31.0.0 0.0.255.255",
    ]),
    expected: [],
  },
  {
    name: "B lacks the NAT rule and has a list of the same name for something else: not compared (RG401 reports the rule)",
    a: A,
    b: natChassis("b", [
      POOL_G1,
      HTTP,
      STATIC_1,
      STATIC_2,
      "!",
      "ip access-list standard NAT-G1",
      " 10 permit 192.0.2.0 0.0.0.255",
      "line vty 0 4",
      " access-class NAT-G1 in",
    ]),
    expected: [],
  },
]);
