import { ACL_G1, HTTP, lineOf, natChassis, POOL_G1, STATIC_1 } from "./nat-configs.js";
import { testRule } from "./rule-tester.js";

const dynBare = "ip nat inside source list NAT-G1 pool POOL-G1 overload";
const A_BARE = natChassis("a", [POOL_G1, HTTP, dynBare, STATIC_1, "!", ...ACL_G1]);

const poolVrf = "ip nat pool POOL-CUST 203.0.113.64 203.0.113.79 prefix-length 28";
const dynVrf = "ip nat inside source list NAT-G1 pool POOL-CUST vrf CUST-A overload";
const A_VRF = natChassis("a", [POOL_G1, poolVrf, HTTP, dynVrf, STATIC_1, "!", ...ACL_G1]);

const ifOverload = "ip nat inside source list NAT-G1 interface GigabitEthernet0/0/2 overload";
const A_IF = natChassis("a", [HTTP, ifOverload, STATIC_1, "!", ...ACL_G1]);

const rmBare = "ip nat inside source route-map RM-NAT pool POOL-G1";
const A_RM = natChassis("a", [
  POOL_G1,
  HTTP,
  rmBare,
  STATIC_1,
  "!",
  ...ACL_G1,
  "route-map RM-NAT permit 10",
  " match ip address NAT-G1",
]);

testRule("RG404", "warning", [
  {
    name: "a dynamic pool rule without `redundancy … mapping-id`: warning",
    a: A_BARE,
    expected: [
      {
        level: "warning",
        side: "a",
        line: lineOf(A_BARE, dynBare),
        messageIncludes: ["edge-a", "mapping-id"],
      },
    ],
  },
  {
    name: "VRF-aware dynamic NAT without a mapping-id: error",
    a: A_VRF,
    expected: [{ level: "error", side: "a", line: lineOf(A_VRF, dynVrf), messageIncludes: ["VRF-aware"] }],
  },
  {
    name: "interface overload: warning",
    a: A_IF,
    expected: [
      {
        level: "warning",
        side: "a",
        line: lineOf(A_IF, ifOverload),
        messageIncludes: ["GigabitEthernet0/0/2"],
      },
    ],
  },
  {
    name: "a route-map rule with a pool and no association: warning",
    a: A_RM,
    expected: [{ level: "warning", side: "a", line: lineOf(A_RM, rmBare) }],
  },
  {
    name: "both chassis of a pair are checked",
    a: A_BARE,
    b: natChassis("b", [POOL_G1, HTTP, dynBare, STATIC_1, "!", ...ACL_G1]),
    expected: [
      { level: "warning", side: "a", line: lineOf(A_BARE, dynBare) },
      { level: "warning", side: "b", line: lineOf(A_BARE, dynBare) },
    ],
  },
  {
    name: "static rules without an association are not reported",
    a: natChassis("a", [
      "ip nat inside source static 10.10.1.12 203.0.113.51",
      "ip nat inside source static tcp 10.10.1.13 443 203.0.113.52 443",
    ]),
    expected: [],
  },
  {
    name: "no redundancy group on the chassis: nothing to associate with, no finding",
    a: natChassis("a", [POOL_G1, dynBare, "!", ...ACL_G1], { groups: false }),
    expected: [],
  },
  {
    name: "dynamic rules with `redundancy … mapping-id`: no finding",
    a: natChassis("a", [
      POOL_G1,
      HTTP,
      "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 11 overload",
      "!",
      ...ACL_G1,
    ]),
    expected: [],
  },
]);
