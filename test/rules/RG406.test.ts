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

const A = natChassis("a", GOOD_NAT);
const poolShort = "ip nat pool POOL-G1 203.0.113.16 203.0.113.30 netmask 255.255.255.240";
const B_SHORT = natChassis("b", [poolShort, HTTP, DYN_G1, STATIC_1, STATIC_2, "!", ...ACL_G1]);
const poolMask = "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 netmask 255.255.255.224";
const B_MASK = natChassis("b", [poolMask, HTTP, DYN_G1, STATIC_1, STATIC_2, "!", ...ACL_G1]);
const B_NO_POOL = natChassis("b", [HTTP, DYN_G1, STATIC_1, STATIC_2, "!", ...ACL_G1]);
const poolPrefix = "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 prefix-length 28";

const poolBare = "ip nat pool POOL-LAB 192.0.2.16 192.0.2.31 prefix-length 28";
const dynBare = "ip nat inside source list NAT-G1 pool POOL-LAB overload";

testRule("RG406", "error", [
  {
    name: "another range on B: at B's pool, A's pool related",
    a: A,
    b: B_SHORT,
    expected: [
      {
        side: "b",
        line: lineOf(B_SHORT, poolShort),
        related: [{ side: "a", line: lineOf(A, POOL_G1) }],
        messageIncludes: ["edge-b", "203.0.113.30", "edge-a", "203.0.113.31"],
      },
    ],
  },
  {
    name: "another netmask on B",
    a: A,
    b: B_MASK,
    expected: [
      { side: "b", line: lineOf(B_MASK, poolMask), related: [{ side: "a", line: lineOf(A, POOL_G1) }] },
    ],
  },
  {
    name: "the pool is missing on B: at B's rule that uses it, A's pool related",
    a: A,
    b: B_NO_POOL,
    expected: [
      { side: "b", line: lineOf(B_NO_POOL, DYN_G1), related: [{ side: "a", line: lineOf(A, POOL_G1) }] },
    ],
  },
  {
    name: "`netmask` on one chassis and `prefix-length` on the other, same addresses: no finding",
    a: A,
    b: natChassis("b", [poolPrefix, HTTP, DYN_G1, STATIC_1, STATIC_2, "!", ...ACL_G1]),
    expected: [],
  },
  {
    name: "a pool used only by a rule without a redundancy association is not compared",
    a: natChassis("a", [...GOOD_NAT, poolBare, dynBare]),
    b: natChassis("b", [...GOOD_NAT, "ip nat pool POOL-LAB 192.0.2.32 192.0.2.47 prefix-length 28", dynBare]),
    expected: [],
  },
  { name: "the same pools on both chassis: no finding", a: A, b: natChassis("b", GOOD_NAT), expected: [] },
]);
