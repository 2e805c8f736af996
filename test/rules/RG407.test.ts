import { describe, expect, it } from "vitest";
import { algsDisabledBy, algsPermittedBy } from "../../src/rules/nat/alg-traffic.js";
import { ACL_G1, DYN_G1, GOOD_NAT, HTTP, lineOf, natChassis, POOL_G1 } from "./nat-configs.js";
import { testRule } from "./rule-tester.js";

const A_BROAD = natChassis("a", GOOD_NAT);

const dynWeb = "ip nat inside source list NAT-WEB pool POOL-G1 redundancy 1 mapping-id 11 overload";
const ACL_WEB = [
  "ip access-list extended NAT-WEB",
  " 10 permit tcp 10.10.1.0 0.0.0.255 any eq www",
  " 20 permit tcp 10.10.1.0 0.0.0.255 any eq 443",
  " 30 permit udp 10.10.1.0 0.0.0.255 any eq 443",
];
const webForward =
  "ip nat inside source static tcp 10.10.1.20 80 203.0.113.60 80 redundancy 1 mapping-id 120";
const A_WEB = natChassis("a", [POOL_G1, HTTP, dynWeb, webForward, "!", ...ACL_WEB]);

const ftpForward =
  "ip nat inside source static tcp 10.10.1.21 21 203.0.113.61 21 redundancy 1 mapping-id 121";
const A_FTP = natChassis("a", [POOL_G1, HTTP, dynWeb, webForward, ftpForward, "!", ...ACL_WEB]);

const dynSip = "ip nat inside source list NAT-SIP pool POOL-G1 redundancy 1 mapping-id 12 overload";
const ACL_SIP = ["ip access-list extended NAT-SIP", " 10 permit tcp 10.10.1.0 0.0.0.255 any eq 5060"];
const A_SIP = natChassis("a", [POOL_G1, HTTP, dynSip, "!", ...ACL_SIP]);
const A_SIP_OFF = natChassis("a", [
  POOL_G1,
  HTTP,
  "no ip nat service sip tcp port 5060",
  dynSip,
  "!",
  ...ACL_SIP,
]);

testRule("RG407", "note", [
  {
    name: "a pool rule whose standard ACL matches all traffic of the inside subnet: one note, at the first such rule",
    a: A_BROAD,
    expected: [
      { side: "a", line: lineOf(A_BROAD, DYN_G1), messageIncludes: ["edge-a", "DNS, FTP, H.323, RTSP, SIP"] },
    ],
  },
  {
    name: "a static port forward of tcp/21 carries FTP",
    a: A_FTP,
    expected: [{ side: "a", line: lineOf(A_FTP, ftpForward), messageIncludes: ["FTP"] }],
  },
  {
    name: "an ACL that permits only tcp/5060 carries SIP",
    a: A_SIP,
    expected: [{ side: "a", line: lineOf(A_SIP, dynSip), messageIncludes: ["(SIP)"] }],
  },
  {
    name: "the SIP ALG turned off for TCP: no finding",
    a: A_SIP_OFF,
    expected: [],
  },
  {
    name: "web-only NAT (an ACL of tcp/80, tcp/443 and udp/443, a port forward of tcp/80) carries no ALG protocol",
    a: A_WEB,
    expected: [],
  },
  {
    name: "NAT without a redundancy association is not stateful: no finding",
    a: natChassis("a", [POOL_G1, "ip nat inside source list NAT-G1 pool POOL-G1 overload", "!", ...ACL_G1]),
    expected: [],
  },
  {
    name: "each chassis of a pair gets its note",
    a: A_BROAD,
    b: natChassis("b", GOOD_NAT),
    expected: [
      { side: "a", line: lineOf(A_BROAD, DYN_G1) },
      { side: "b", line: lineOf(A_BROAD, DYN_G1) },
    ],
  },
]);

describe("RG407: which access-list entries can carry ALG-handled TCP", () => {
  const entry = (normalized: string) => ({
    normalized,
    sequence: null,
    location: { file: "a.cfg", line: 1, column: 1, endColumn: 2 },
  });
  const cases: Array<[string, string[]]> = [
    ["permit 10.10.1.0 0.0.0.255", ["DNS", "FTP", "H.323", "RTSP", "SIP"]],
    ["permit host 10.10.1.5", ["DNS", "FTP", "H.323", "RTSP", "SIP"]],
    ["permit ip 10.10.1.0 0.0.0.255 any", ["DNS", "FTP", "H.323", "RTSP", "SIP"]],
    ["permit tcp 10.10.1.0 0.0.0.255 any", ["DNS", "FTP", "H.323", "RTSP", "SIP"]],
    ["permit tcp 10.10.1.0 0.0.0.255 any eq ftp", ["FTP"]],
    ["permit tcp 10.10.1.0 0.0.0.255 any eq domain 1720", ["DNS", "H.323"]],
    ["permit tcp any host 192.0.2.10 range 500 600", ["RTSP"]],
    ["permit tcp any any gt 1023", ["H.323", "SIP"]],
    ["permit tcp any any lt 1024", ["DNS", "FTP", "RTSP"]],
    ["permit tcp any any neq www", ["DNS", "FTP", "H.323", "RTSP", "SIP"]],
    ["permit tcp any eq 5060 any", ["SIP"]],
    ["permit tcp object-group INSIDE any eq www", []],
    ["permit udp 10.10.1.0 0.0.0.255 any eq 5060", []],
    ["permit icmp any any", []],
    ["deny ip any any", []],
    ["remark NAT for LAN-G1", []],
  ];
  for (const [text, algs] of cases) {
    it(`\`${text}\` → ${algs.join(", ") || "none"}`, () => {
      expect(algsPermittedBy(entry(text))).toEqual(algs);
    });
  }

  it("`no ip nat service …` forms turn off the TCP part of an ALG", () => {
    expect(algsDisabledBy("sip tcp port 5060")).toEqual(["SIP"]);
    expect(algsDisabledBy("sip udp port 5060")).toEqual([]);
    expect(algsDisabledBy("no ip nat service dns tcp")).toEqual(["DNS"]);
    expect(algsDisabledBy("dns udp")).toEqual([]);
    expect(algsDisabledBy("ftp")).toEqual(["FTP"]);
    expect(algsDisabledBy("h225")).toEqual(["H.323"]);
    expect(algsDisabledBy("ras")).toEqual([]);
    expect(algsDisabledBy("all-algs")).toEqual(["DNS", "FTP", "H.323", "RTSP", "SIP"]);
  });
});
