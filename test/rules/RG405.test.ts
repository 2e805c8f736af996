import { ACL_G1, DYN_G1, GOOD_NAT, HTTP, lineOf, natChassis, POOL_G1, STATIC_1 } from "./nat-configs.js";
import { testRule } from "./rule-tester.js";

const NO_HTTP = [POOL_G1, DYN_G1, STATIC_1, "!", ...ACL_G1];
const A_NO = natChassis("a", NO_HTTP);
const B_NO = natChassis("b", NO_HTTP);
const A_YES = natChassis("a", GOOD_NAT);
const B_EMPTY = natChassis("b", []);

testRule("RG405", "warning", [
  {
    name: "missing on both chassis: a warning on each, at its first redundancy-associated NAT rule",
    a: A_NO,
    b: B_NO,
    expected: [
      {
        level: "warning",
        side: "a",
        line: lineOf(A_NO, DYN_G1),
        messageIncludes: ["edge-a", "replication http"],
      },
      { level: "warning", side: "b", line: lineOf(B_NO, DYN_G1) },
    ],
  },
  {
    name: "present on chassis A only: an error on B, A's replication line related",
    a: A_YES,
    b: B_NO,
    expected: [
      {
        level: "error",
        side: "b",
        line: lineOf(B_NO, DYN_G1),
        related: [{ side: "a", line: lineOf(A_YES, HTTP) }],
        messageIncludes: ["edge-b", "edge-a"],
      },
    ],
  },
  {
    name: "present on B only, A has no NAT rule at all: at A's `redundancy` line",
    a: natChassis("a", []),
    b: natChassis("b", GOOD_NAT),
    expected: [
      {
        level: "error",
        side: "a",
        line: lineOf(natChassis("a", []), "redundancy"),
        related: [{ side: "b", line: lineOf(natChassis("b", GOOD_NAT), HTTP) }],
      },
    ],
  },
  {
    name: "only non-redundant NAT: nothing to replicate, no finding",
    a: natChassis("a", ["ip nat inside source static 10.10.1.12 203.0.113.51"]),
    b: B_EMPTY,
    expected: [],
  },
  { name: "present on both chassis: no finding", a: A_YES, b: natChassis("b", GOOD_NAT), expected: [] },
  { name: "a single chassis is not checked (pair rule)", a: A_NO, expected: [] },
]);
