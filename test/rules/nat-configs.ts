/**
 * Builders for the 4xx (NAT) rule tests: a small, realistic box-to-box NAT chassis (one redundancy
 * group, an inside and an outside interface with RIIs) followed by the NAT lines a case needs.
 * Tests locate lines with `lineOf`, so a case states which line it expects by its text.
 */

export type Chassis = "a" | "b";

/** The lines of the chassis before its NAT part (27 lines: the NAT part starts at line 28). */
function baseLines(side: Chassis, withGroups: boolean): string[] {
  const host = side === "a" ? 2 : 3;
  const redundancy = withGroups
    ? [
        "redundancy",
        " mode none",
        " application redundancy",
        "  group 1",
        "   name RG1-NAT",
        "   preempt",
        side === "a" ? "   priority 150 failover threshold 100" : "   priority 100 failover threshold 60",
        "   control GigabitEthernet0/0/3 protocol 1",
        "   data GigabitEthernet0/0/3",
        "!",
      ]
    : ["!", "!", "!", "!", "!", "!", "!", "!", "!", "!"];
  return [
    `hostname edge-${side}`,
    "!",
    ...redundancy,
    "interface GigabitEthernet0/0/1",
    ` ip address 10.10.1.${host} 255.255.255.0`,
    " ip nat inside",
    withGroups ? " redundancy rii 101" : " no ip redirects",
    withGroups ? " redundancy group 1 ip 10.10.1.1 exclusive" : " no ip proxy-arp",
    "!",
    "interface GigabitEthernet0/0/2",
    ` ip address 198.51.100.${host} 255.255.255.248`,
    " ip nat outside",
    withGroups ? " redundancy rii 201" : " no ip redirects",
    withGroups ? " redundancy group 1 decrement 50" : " no ip proxy-arp",
    "!",
    "interface GigabitEthernet0/0/3",
    ` ip address 172.16.255.${host - 1} 255.255.255.252`,
    "!",
  ];
}

/** A chassis config: the base, then `nat` (pools, rules, access lists …), then `end`. */
export function natChassis(
  side: Chassis,
  nat: readonly string[],
  options: { groups?: boolean } = {},
): string {
  return `${[...baseLines(side, options.groups ?? true), ...nat, "!", "end"].join("\n")}\n`;
}

/** The 1-based number of the first line of `text` that contains `fragment` (the n-th with `nth`). */
export function lineOf(text: string, fragment: string, nth = 1): number {
  let seen = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(fragment) && ++seen === nth) return i + 1;
  }
  throw new Error(`no line ${nth > 1 ? `#${nth} ` : ""}contains "${fragment}"`);
}

// Lines the cases share.
export const POOL_G1 = "ip nat pool POOL-G1 203.0.113.16 203.0.113.31 netmask 255.255.255.240";
export const HTTP = "ip nat switchover replication http";
export const DYN_G1 = "ip nat inside source list NAT-G1 pool POOL-G1 redundancy 1 mapping-id 11 overload";
export const STATIC_1 = "ip nat inside source static 10.10.1.10 203.0.113.49 redundancy 1 mapping-id 101";
export const STATIC_2 = "ip nat inside source static 10.10.1.11 203.0.113.50 redundancy 1 mapping-id 102";
export const ACL_G1 = [
  "ip access-list standard NAT-G1",
  " 10 permit 10.10.1.0 0.0.0.255",
  " 20 permit 10.20.1.0 0.0.0.255",
];

/** The NAT part of a correct chassis: pool, HTTP replication, a dynamic and two static rules, the ACL. */
export const GOOD_NAT: readonly string[] = [POOL_G1, HTTP, DYN_G1, STATIC_1, STATIC_2, "!", ...ACL_G1];
