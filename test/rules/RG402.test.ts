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
const staticOtherId = "ip nat inside source static 10.10.1.10 203.0.113.49 redundancy 1 mapping-id 110";
const B_OTHER_ID = natChassis("b", [POOL_G1, HTTP, DYN_G1, staticOtherId, STATIC_2, "!", ...ACL_G1]);
const dynOtherGroup = "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 2 mapping-id 11 overload";
const B_OTHER_GROUP = natChassis("b", [POOL_G1, HTTP, dynOtherGroup, STATIC_1, STATIC_2, "!", ...ACL_G1]);
const staticBare = "ip nat inside source static 10.10.1.11 203.0.113.50";
const B_BARE = natChassis("b", [POOL_G1, HTTP, DYN_G1, STATIC_1, staticBare, "!", ...ACL_G1]);

testRule("RG402", "error", [
  {
    name: "another mapping-id for the same static rule: at B, A related",
    a: A,
    b: B_OTHER_ID,
    expected: [
      {
        side: "b",
        line: lineOf(B_OTHER_ID, staticOtherId),
        related: [{ side: "a", line: lineOf(A, STATIC_1) }],
        messageIncludes: ["edge-b", "mapping-id 110", "edge-a", "mapping-id 101"],
      },
    ],
  },
  {
    name: "another redundancy group for the same dynamic rule",
    a: A,
    b: B_OTHER_GROUP,
    expected: [
      {
        side: "b",
        line: lineOf(B_OTHER_GROUP, dynOtherGroup),
        related: [{ side: "a", line: lineOf(A, DYN_G1) }],
        messageIncludes: ["redundancy group"],
      },
    ],
  },
  {
    name: "the association on one chassis only",
    a: A,
    b: B_BARE,
    expected: [
      {
        side: "b",
        line: lineOf(B_BARE, staticBare),
        related: [{ side: "a", line: lineOf(A, STATIC_2) }],
        messageIncludes: ["no redundancy association"],
      },
    ],
  },
  {
    name: "the same associations on both chassis: no finding",
    a: A,
    b: natChassis("b", GOOD_NAT),
    expected: [],
  },
]);
