import { ACL_G1, DYN_G1, HTTP, lineOf, natChassis, POOL_G1, STATIC_1, STATIC_2 } from "./nat-configs.js";
import { testRule } from "./rule-tester.js";

const reused = "ip nat inside source static 10.10.1.11 203.0.113.50 redundancy 1 mapping-id 101";
const A_DUP = natChassis("a", [POOL_G1, HTTP, DYN_G1, STATIC_1, reused, "!", ...ACL_G1]);
const thirdReuse = "ip nat inside source static 10.10.1.12 203.0.113.51 redundancy 1 mapping-id 101";
const A_THREE = natChassis("a", [POOL_G1, HTTP, DYN_G1, STATIC_1, reused, thirdReuse, "!", ...ACL_G1]);
const B_DUP = natChassis("b", [POOL_G1, HTTP, DYN_G1, STATIC_1, reused, "!", ...ACL_G1]);
const dynReuse = "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 101 overload";
const A_ACROSS = natChassis("a", [POOL_G1, HTTP, STATIC_1, dynReuse, "!", ...ACL_G1]);

testRule("RG403", "error", [
  {
    name: "two static rules share mapping-id 101: at the later one, the earlier related",
    a: A_DUP,
    expected: [
      {
        side: "a",
        line: lineOf(A_DUP, reused),
        related: [{ side: "a", line: lineOf(A_DUP, STATIC_1) }],
        messageIncludes: ["edge-a", "mapping-id 101"],
      },
    ],
  },
  {
    name: "three rules share one mapping-id: the second and third each point at the first",
    a: A_THREE,
    expected: [
      { side: "a", line: lineOf(A_THREE, reused), related: [{ side: "a", line: lineOf(A_THREE, STATIC_1) }] },
      {
        side: "a",
        line: lineOf(A_THREE, thirdReuse),
        related: [{ side: "a", line: lineOf(A_THREE, STATIC_1) }],
      },
    ],
  },
  {
    name: "a static and a dynamic rule share one mapping-id",
    a: A_ACROSS,
    expected: [
      {
        side: "a",
        line: lineOf(A_ACROSS, dynReuse),
        related: [{ side: "a", line: lineOf(A_ACROSS, STATIC_1) }],
      },
    ],
  },
  {
    name: "the duplicate is on chassis B of a pair: reported on B",
    a: natChassis("a", [POOL_G1, HTTP, DYN_G1, STATIC_1, STATIC_2, "!", ...ACL_G1]),
    b: B_DUP,
    expected: [
      { side: "b", line: lineOf(B_DUP, reused), related: [{ side: "b", line: lineOf(B_DUP, STATIC_1) }] },
    ],
  },
  {
    name: "unique mapping-ids: no finding",
    a: natChassis("a", [POOL_G1, HTTP, DYN_G1, STATIC_1, STATIC_2, "!", ...ACL_G1]),
    expected: [],
  },
]);
