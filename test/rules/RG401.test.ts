import {
  ACL_G1,
  DYN_G1,
  GOOD_NAT,
  HTTP,
  lineOf,
  natChassis,
  POOL_G1,
  STATIC_1,
  STATIC_2,
} from "./nat-configs.js";
import { testRule } from "./rule-tester.js";

const typoB = "ip nat inside source static 10.10.1.10 203.0.113.94 redundancy 1 mapping-id 101";
const A_TYPO = natChassis("a", [POOL_G1, HTTP, DYN_G1, STATIC_1, "!", ...ACL_G1]);
const B_TYPO = natChassis("b", [POOL_G1, HTTP, DYN_G1, typoB, "!", ...ACL_G1]);

const A_ONLY = natChassis("a", GOOD_NAT);
const B_MISSING_STATIC = natChassis("b", [POOL_G1, HTTP, DYN_G1, STATIC_1, "!", ...ACL_G1]);

const dynNoOverload = "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 11";
const B_NO_OVERLOAD = natChassis("b", [POOL_G1, HTTP, dynNoOverload, STATIC_1, STATIC_2, "!", ...ACL_G1]);

const plainStatic = "ip nat inside source static 10.10.1.12 203.0.113.51";
const A_PLAIN = natChassis("a", [...GOOD_NAT, plainStatic]);

testRule("RG401", "error", [
  {
    name: "a typo in a static rule's global address: each chassis' rule is unpaired, the other is related",
    a: A_TYPO,
    b: B_TYPO,
    expected: [
      {
        side: "a",
        line: lineOf(A_TYPO, STATIC_1),
        related: [{ side: "b", line: lineOf(B_TYPO, typoB) }],
        messageIncludes: ["edge-a", "edge-b", "global address"],
      },
      { side: "b", line: lineOf(B_TYPO, typoB), related: [{ side: "a", line: lineOf(A_TYPO, STATIC_1) }] },
    ],
  },
  {
    name: "a rule on one chassis only, nothing similar on the peer: no related location",
    a: A_ONLY,
    b: B_MISSING_STATIC,
    expected: [
      { side: "a", line: lineOf(A_ONLY, STATIC_2), related: [], messageIncludes: ["mapping-id 102"] },
    ],
  },
  {
    name: "`overload` on one chassis only: the same ACL makes the peer rule the obvious counterpart",
    a: A_ONLY,
    b: B_NO_OVERLOAD,
    expected: [
      {
        side: "a",
        line: lineOf(A_ONLY, DYN_G1),
        related: [{ side: "b", line: lineOf(B_NO_OVERLOAD, dynNoOverload) }],
        messageIncludes: ["options"],
      },
      {
        side: "b",
        line: lineOf(B_NO_OVERLOAD, dynNoOverload),
        related: [{ side: "a", line: lineOf(A_ONLY, DYN_G1) }],
      },
    ],
  },
  {
    name: "a rule without a redundancy association on one chassis only is not this rule's finding",
    a: A_PLAIN,
    b: natChassis("b", GOOD_NAT),
    expected: [],
  },
  {
    name: "identical NAT on both chassis: no finding",
    a: natChassis("a", GOOD_NAT),
    b: natChassis("b", GOOD_NAT),
    expected: [],
  },
  {
    name: "the same rules in another order: compared as rules, not as text",
    a: natChassis("a", GOOD_NAT),
    b: natChassis("b", [POOL_G1, HTTP, STATIC_2, STATIC_1, DYN_G1, "!", ...ACL_G1]),
    expected: [],
  },
  {
    name: "a single chassis is not checked (pair rule)",
    a: A_ONLY,
    expected: [],
  },
]);
