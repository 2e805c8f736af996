/**
 * Deterministic generator of realistic box-to-box HA pairs (IOS-XE `show running-config` text)
 * for benchmarks. It builds pairs the way fixtures/pairs/clean is built. They have two
 * redundancy groups (active/active), protocol 1 with MD5 key-chain authentication, and a
 * Port-channel control/data link. There are many subinterfaces with the same RII, group and
 * VIP on both chassis and per-chassis physical addresses. There are thousands of NAT rules
 * with `redundancy N mapping-id M`, each mapping-id unique, plus pools, standard and extended
 * ACLs, tracks and IP SLA, and BGP, prefix-list, route-map and static-route filler. The pair
 * is meant to be clean, so a linter should report (almost) nothing and the benchmark measures
 * the full analysis path.
 *
 * Usage: `tsx bench/generate.ts <lines> <outdir>` writes <outdir>/a.cfg and <outdir>/b.cfg.
 * Only Node builtins. No Math.random: the same (lines, seed) always gives the same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export interface GeneratedPair {
  a: string;
  b: string;
}

/** mulberry32: small, fast, good enough for picking realistic-looking values. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ipv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

const TEN = 10 << 24;

interface Chassis {
  hostname: string;
  peer: string;
  /** last octet of this chassis' physical address on every traffic segment (VIP is .1) */
  hostOctet: number;
  rgLinkAddress: string;
  loopback: string;
  mgmt: string;
  serial: string;
  priority: readonly [number, number];
  threshold: readonly [number, number];
  changedAt: string;
  enableSecret: string;
}

const CHASSIS_A: Chassis = {
  hostname: "bench-edge-a",
  peer: "bench-edge-b",
  hostOctet: 2,
  rgLinkAddress: "172.16.255.1",
  loopback: "192.168.254.1",
  mgmt: "192.168.0.11",
  serial: "FXS2214Q1LK",
  priority: [150, 100],
  threshold: [100, 60],
  changedAt: "09:14:02 UTC Mon Jun 2 2025",
  enableSecret: "$9$pC7Qm2vXr1wNqE$3xvLQY0f5yJ7a6lB9M2mZcN8tR4hUeWkPq1sDg0iHoA",
};

const CHASSIS_B: Chassis = {
  hostname: "bench-edge-b",
  peer: "bench-edge-a",
  hostOctet: 3,
  rgLinkAddress: "172.16.255.2",
  loopback: "192.168.254.2",
  mgmt: "192.168.0.12",
  serial: "FXS2214Q1MN",
  priority: [100, 150],
  threshold: [60, 100],
  changedAt: "09:16:40 UTC Mon Jun 2 2025",
  enableSecret: "$9$Tn4Wb8kLs0vRqE$Hq2mW7xZ1cV5bN9kL3pR0tY6uI8oA4sD2fG7hJ1kLzQ",
};

/** Both chassis' line arrays, kept in step: every emitted line goes to both. */
class PairWriter {
  readonly a: string[] = [];
  readonly b: string[] = [];
  both(line: string): void {
    this.a.push(line);
    this.b.push(line);
  }
  each(line: (c: Chassis) => string): void {
    this.a.push(line(CHASSIS_A));
    this.b.push(line(CHASSIS_B));
  }
  lines(lines: (c: Chassis) => readonly string[]): void {
    for (const l of lines(CHASSIS_A)) this.a.push(l);
    for (const l of lines(CHASSIS_B)) this.b.push(l);
  }
  get length(): number {
    return this.a.length;
  }
}

/** A piece of the config whose line count is known before it is written. */
interface Segment {
  name: string;
  count: number;
  emit: (w: PairWriter) => void;
}

function fixed(name: string, lines: (c: Chassis) => readonly string[]): Segment {
  const count = lines(CHASSIS_A).length;
  if (lines(CHASSIS_B).length !== count) throw new Error(`segment ${name}: chassis differ in line count`);
  return { name, count, emit: (w) => w.lines(lines) };
}

// ---------------------------------------------------------------------------------------------
// Sizing

const SUBIFS_PER_PARENT = 4000;
const MAX_INTERFACES = 32000; // 10.64.0.0/24 .. 10.191.255.0/24, RII 1000..32999
const MAX_POOLS = 8000; // /28 blocks in 198.18.0.0/15
const MAX_ROUTES = 1 << 19; // /29 blocks in 10.192.0.0/10
const EXT_ACL_ENTRIES = 40;
const PREFIXES_PER_CUSTOMER = 6;

interface Plan {
  interfaces: number;
  parents: number;
  natDynamic: number;
  natStatic: number;
  bgpNeighbors: number;
  customers: number;
  extAclBudget: number;
  attachedAcls: number;
  insideG1: number;
  insideG2: number;
}

function makePlan(lines: number): Plan {
  const interfaces = Math.min(MAX_INTERFACES, Math.max(10, Math.round(lines * 0.02)));
  const natTotal = Math.max(10, Math.round(lines * 0.1));
  const natDynamic = Math.min(MAX_POOLS, Math.max(2, Math.round(natTotal * 0.05)));
  const outside = Math.floor(interfaces / 5);
  const extAclBudget = Math.round(lines * 0.28);
  return {
    interfaces,
    parents: Math.ceil(interfaces / SUBIFS_PER_PARENT),
    natDynamic,
    natStatic: natTotal - natDynamic,
    bgpNeighbors: Math.min(outside, Math.max(2, Math.round(lines * 0.002))),
    customers: Math.floor((lines * 0.05) / (PREFIXES_PER_CUSTOMER + 4)),
    extAclBudget,
    attachedAcls: Math.min(interfaces, Math.floor(extAclBudget / (EXT_ACL_ENTRIES + 1))),
    insideG1: insideCountOfGroup(interfaces, 1),
    insideG2: insideCountOfGroup(interfaces, 2),
  };
}

// ---------------------------------------------------------------------------------------------
// Traffic segments: interface i is Port-channel(10 + i/4000).(2 + i%4000), subnet 10.(64+i/256).(i%256).0/24

function isOutside(i: number): boolean {
  return i % 5 === 4;
}
function groupOf(i: number): number {
  return 1 + (i % 2);
}
function subnetOf(i: number): number {
  return TEN | ((64 + (i >>> 8)) << 16) | ((i & 255) << 8);
}
function subifName(i: number): string {
  return `Port-channel${10 + Math.floor(i / SUBIFS_PER_PARENT)}.${2 + (i % SUBIFS_PER_PARENT)}`;
}
/** the k-th outside interface of the given group (outside interfaces are i = 4, 9, 14, ...) */
function outsideOfGroup(group: number, k: number): number {
  return group === 1 ? 4 + 10 * k : 9 + 10 * k;
}

function emitInterfaces(w: PairWriter, plan: Plan, rnd: () => number): void {
  w.both("interface Loopback0");
  w.both(" description Router-ID");
  w.each((c) => ` ip address ${c.loopback} 255.255.255.255`);
  w.both("!");
  w.both("interface Port-channel1");
  w.each((c) => ` description RG control/data link to ${c.peer} Po1`);
  w.each((c) => ` ip address ${c.rgLinkAddress} 255.255.255.252`);
  w.both(" no negotiation auto");
  w.both(" bfd interval 100 min_rx 100 multiplier 3");
  w.both("!");
  for (let p = 0; p < plan.parents; p++) {
    w.both(`interface Port-channel${10 + p}`);
    w.both(` description tenant trunk ${p + 1} to dc-core`);
    w.both(" no ip address");
    w.both(" no negotiation auto");
    w.both("!");
    const last = Math.min(plan.interfaces, (p + 1) * SUBIFS_PER_PARENT);
    for (let i = p * SUBIFS_PER_PARENT; i < last; i++) {
      const net = subnetOf(i);
      const group = groupOf(i);
      const outside = isOutside(i);
      const tenant = String(i).padStart(5, "0");
      w.both(`interface ${subifName(i)}`);
      w.both(
        ` description ${outside ? "WAN" : "LAN"} tenant-${tenant} G${group}${rnd() < 0.1 ? " (migrated)" : ""}`,
      );
      w.both(` encapsulation dot1Q ${2 + (i % SUBIFS_PER_PARENT)}`);
      w.each((c) => ` ip address ${ipv4(net + c.hostOctet)} 255.255.255.0`);
      w.both(" no ip redirects");
      w.both(" no ip proxy-arp");
      if (i < plan.attachedAcls) w.both(` ip access-group ACL-SEG-${i} in`);
      w.both(outside ? " ip nat outside" : " ip nat inside");
      w.both(` redundancy rii ${1000 + i}`);
      w.both(
        outside
          ? ` redundancy group ${group} decrement 60`
          : ` redundancy group ${group} ip ${ipv4(net + 1)} exclusive decrement 60`,
      );
      w.both("!");
    }
  }
  for (let g = 0; g < 6; g++) {
    w.both(`interface GigabitEthernet0/0/${g}`);
    if (g >= 4) {
      w.each((c) => ` description RG link member ${g - 3} to ${c.peer} Gi0/0/${g}`);
      w.both(" no ip address");
      w.both(" negotiation auto");
      w.both(" channel-group 1 mode active");
    } else {
      w.both(" no ip address");
      w.both(" shutdown");
      w.both(" negotiation auto");
    }
    w.both("!");
  }
  for (let t = 0; t < 2; t++) {
    w.both(`interface TenGigabitEthernet0/0/${t}`);
    w.both(` description member of Port-channel${10 + t}`);
    w.both(" no ip address");
    w.both(` channel-group ${10 + t} mode active`);
    w.both("!");
  }
  w.both("interface GigabitEthernet0");
  w.both(" vrf forwarding Mgmt-intf");
  w.each((c) => ` ip address ${c.mgmt} 255.255.255.0`);
  w.both(" negotiation auto");
  w.both("!");
}

function interfaceLineCount(plan: Plan): number {
  return 4 + 6 + plan.parents * 5 + plan.interfaces * 10 + plan.attachedAcls + 4 * 5 + 2 * 6 + 5 * 2 + 5;
}

function bgpNeighbor(k: number): string {
  return ipv4(subnetOf(outsideOfGroup(1 + (k % 2), k >>> 1)) + 254);
}

function emitBgp(w: PairWriter, plan: Plan): void {
  w.both("router bgp 65010");
  w.each((c) => ` bgp router-id ${c.loopback}`);
  w.both(" bgp log-neighbor-changes");
  for (let k = 0; k < plan.bgpNeighbors; k++) {
    const n = bgpNeighbor(k);
    w.both(` neighbor ${n} remote-as ${64500 + (k % 4)}`);
    w.both(` neighbor ${n} description isp-pe${(k % 4) + 1} G${1 + (k % 2)}`);
  }
  w.both(" !");
  w.both(" address-family ipv4");
  w.both("  network 198.18.0.0 mask 255.254.0.0");
  for (let k = 0; k < plan.bgpNeighbors; k++) {
    const n = bgpNeighbor(k);
    w.both(`  neighbor ${n} activate`);
    w.both(`  neighbor ${n} route-map ISP-IN in`);
    w.both(`  neighbor ${n} route-map ISP-OUT out`);
  }
  w.both(" exit-address-family");
  w.both("!");
}

function bgpLineCount(plan: Plan): number {
  return 3 + plan.bgpNeighbors * 2 + 3 + plan.bgpNeighbors * 3 + 2;
}

const INSIDE_OFFSETS: readonly (readonly number[])[] = [
  [0, 2, 6, 8], // group 1: even i, not i%5==4
  [1, 3, 5, 7], // group 2: odd i, not i%5==4
];

/** the k-th inside interface of a group */
function insideOfGroup(group: number, k: number): number {
  const offsets = INSIDE_OFFSETS[group - 1] ?? [];
  return Math.floor(k / 4) * 10 + (offsets[k % 4] ?? 0);
}

function insideCountOfGroup(interfaces: number, group: number): number {
  const offsets = INSIDE_OFFSETS[group - 1] ?? [];
  const rest = interfaces % 10;
  return Math.floor(interfaces / 10) * 4 + offsets.filter((o) => o < rest).length;
}

function emitNat(w: PairWriter, plan: Plan, rnd: () => number): void {
  const poolBase = (198 << 24) | (18 << 16);
  for (let d = 0; d < plan.natDynamic; d++) {
    const start = poolBase + d * 16;
    w.both(`ip nat pool NAT-POOL-${d} ${ipv4(start)} ${ipv4(start + 15)} netmask 255.255.255.240`);
  }
  w.both("ip nat switchover replication http");
  let mappingId = 1;
  for (let d = 0; d < plan.natDynamic; d++) {
    w.both(
      `ip nat inside source list NAT-SRC-${d} pool NAT-POOL-${d} redundancy ${1 + (d % 2)} mapping-id ${mappingId++} overload`,
    );
  }
  const globalBase = (100 << 24) | (64 << 16);
  for (let j = 0; j < plan.natStatic; j++) {
    const group = 1 + (j % 2);
    const count = group === 1 ? plan.insideG1 : plan.insideG2;
    const k = (j >>> 1) % count;
    const host = 10 + Math.floor((j >>> 1) / count);
    const local = ipv4(subnetOf(insideOfGroup(group, k)) + host);
    const global = ipv4(globalBase + j);
    if (rnd() < 0.08) {
      const port = rnd() < 0.5 ? 443 : 8443;
      w.both(
        `ip nat inside source static tcp ${local} ${port} ${global} 443 redundancy ${group} mapping-id ${mappingId++}`,
      );
    } else {
      w.both(`ip nat inside source static ${local} ${global} redundancy ${group} mapping-id ${mappingId++}`);
    }
  }
}

function emitRoutes(w: PairWriter, plan: Plan, count: number, rnd: () => number): void {
  const base = TEN | (192 << 16);
  for (let r = 0; r < count; r++) {
    const group = 1 + (r % 2);
    const count = group === 1 ? plan.insideG1 : plan.insideG2;
    const nextHopIf = insideOfGroup(group, Math.floor(rnd() * count));
    w.both(
      `ip route ${ipv4(base + r * 8)} 255.255.255.248 ${ipv4(subnetOf(nextHopIf) + 254)} name NET-${String(r).padStart(6, "0")}`,
    );
  }
}

function emitNatAcls(w: PairWriter, plan: Plan): void {
  for (let d = 0; d < plan.natDynamic; d++) {
    const group = 1 + (d % 2);
    const count = group === 1 ? plan.insideG1 : plan.insideG2;
    const k = d >>> 1;
    w.both(`ip access-list standard NAT-SRC-${d}`);
    w.both(` 10 permit ${ipv4(subnetOf(insideOfGroup(group, k % count)))} 0.0.0.255`);
    w.both(` 20 permit ${ipv4(subnetOf(insideOfGroup(group, (k + 1) % count)))} 0.0.0.255`);
  }
}

const SERVICES: readonly (readonly [string, string])[] = [
  ["tcp", "443"],
  ["tcp", "www"],
  ["tcp", "22"],
  ["tcp", "8443"],
  ["tcp", "3389"],
  ["tcp", "1433"],
  ["udp", "ntp"],
  ["udp", "snmp"],
  ["tcp", "smtp"],
  ["udp", "syslog"],
];

function pick<T>(items: readonly T[], rnd: () => number): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error("pick from empty list");
  return item;
}

function emitExtendedAcl(w: PairWriter, plan: Plan, name: string, entries: number, rnd: () => number): void {
  w.both(`ip access-list extended ${name}`);
  for (let e = 1; e <= entries; e++) {
    const seq = e * 10;
    if (e === entries) {
      w.both(` ${seq} deny ip any any log`);
      continue;
    }
    const roll = rnd();
    const src = subnetOf(Math.floor(rnd() * plan.interfaces));
    const dst = subnetOf(Math.floor(rnd() * plan.interfaces)) + 10 + Math.floor(rnd() * 200);
    if (roll < 0.08) {
      w.both(` ${seq} permit icmp ${ipv4(src)} 0.0.0.255 any echo`);
    } else if (roll < 0.16) {
      w.both(` ${seq} permit udp ${ipv4(src)} 0.0.0.255 any eq domain`);
    } else if (roll < 0.22) {
      w.both(` ${seq} deny   tcp any host ${ipv4(dst)} eq telnet`);
    } else {
      const [proto, port] = pick(SERVICES, rnd);
      w.both(` ${seq} permit ${proto} ${ipv4(src)} 0.0.0.255 host ${ipv4(dst)} eq ${port}`);
    }
  }
}

function emitExtendedAcls(w: PairWriter, plan: Plan, budget: number, rnd: () => number): void {
  const full = Math.floor(budget / (EXT_ACL_ENTRIES + 1));
  for (let k = 0; k < full; k++) emitExtendedAcl(w, plan, `ACL-SEG-${k}`, EXT_ACL_ENTRIES, rnd);
  const rest = budget - full * (EXT_ACL_ENTRIES + 1);
  if (rest >= 2) emitExtendedAcl(w, plan, `ACL-SEG-${full}`, rest - 1, rnd);
  else if (rest === 1) w.both("!");
}

function emitCustomerPrefixLists(w: PairWriter, plan: Plan, rnd: () => number): void {
  for (let c = 0; c < plan.customers; c++) {
    const first = Math.floor(rnd() * (16384 - PREFIXES_PER_CUSTOMER));
    for (let s = 1; s <= PREFIXES_PER_CUSTOMER; s++) {
      const net = TEN | (192 << 16) | ((first + s) << 8);
      w.both(`ip prefix-list PL-CUST-${c} seq ${s * 5} permit ${ipv4(net)}/24 le 29`);
    }
  }
}

function emitCustomerRouteMaps(w: PairWriter, plan: Plan, rnd: () => number): void {
  for (let c = 0; c < plan.customers; c++) {
    w.both(`route-map RM-CUST-${c} permit 10 `);
    w.both(` match ip address prefix-list PL-CUST-${c}`);
    w.both(` set local-preference ${100 + Math.floor(rnd() * 20) * 10}`);
    w.both("!");
  }
}

// ---------------------------------------------------------------------------------------------
// Fixed text around the generated parts (same shape as fixtures/pairs/clean)

function headLines(c: Chassis): string[] {
  return [
    "!",
    `! Last configuration change at ${c.changedAt} by admin`,
    `! NVRAM config last updated at ${c.changedAt} by admin`,
    "!",
    "version 17.9",
    "service timestamps debug datetime msec localtime show-timezone",
    "service timestamps log datetime msec localtime show-timezone",
    "service password-encryption",
    "platform qfp utilization monitor load 80",
    "platform punt-keepalive disable-kernel-core",
    "!",
    `hostname ${c.hostname}`,
    "!",
    "boot-start-marker",
    "boot system bootflash:asr1001x-universalk9.17.09.04a.SPA.bin",
    "boot-end-marker",
    "!",
    "vrf definition Mgmt-intf",
    " !",
    " address-family ipv4",
    " exit-address-family",
    " !",
    " address-family ipv6",
    " exit-address-family",
    "!",
    "logging buffered 1000000 informational",
    "no logging console",
    `enable secret 9 ${c.enableSecret}`,
    "!",
    "aaa new-model",
    "!",
    "aaa group server tacacs+ TACACS-GRP",
    " server name TAC-1",
    " ip vrf forwarding Mgmt-intf",
    " ip tacacs source-interface GigabitEthernet0",
    "!",
    "aaa authentication login default group TACACS-GRP local",
    "aaa authorization exec default group TACACS-GRP local ",
    "aaa accounting exec default start-stop group TACACS-GRP",
    "!",
    "aaa session-id common",
    "clock timezone UTC 0 0",
    "!",
    "ip domain name bench.example.net",
    "!",
    "login on-success log",
    "!",
    "subscriber templating",
    "!",
    "multilink bundle-name authenticated",
    "!",
    "key chain RG-KEYS",
    " key 1",
    "  key-string 7 1511021F0725393D2B2A3D2A3B",
    "!",
    `license udi pid ASR1001-X sn ${c.serial}`,
    "license boot level adventerprise",
    "memory free low-watermark processor 63709",
    "!",
    "diagnostic bootup level minimal",
    "!",
    "spanning-tree extend system-id",
    "!",
    "username admin privilege 15 secret 9 $9$Zk3T8gHbQ2aLwE$fP0x7cR1yJ9nV4mB6tG2sD8qL3hW5kZ0aUeYiOpXcNv",
    "!",
  ];
}

function redundancyLines(c: Chassis): string[] {
  const group = (g: 1 | 2, slaTrack: number): string[] => [
    `  group ${g}`,
    `   name RG${g}-BENCH-G${g}`,
    "   preempt",
    `   priority ${c.priority[g - 1]} failover threshold ${c.threshold[g - 1]}`,
    "   timers delay 30 reload 60",
    "   control Port-channel1 protocol 1",
    "   data Port-channel1",
    `   track ${slaTrack} decrement 60`,
    "   track 30 decrement 60",
  ];
  return [
    "redundancy",
    " mode none",
    " application redundancy",
    ...group(1, 10),
    ...group(2, 20),
    "  protocol 1",
    "   name rg-proto-1",
    "   timers hellotime 1 holdtime 3",
    "   authentication md5 key-chain RG-KEYS",
    "   bfd",
    "!",
    "lldp run",
    "cdp run",
    "!",
    "track 10 ip sla 10 reachability",
    "!",
    "track 20 ip sla 20 reachability",
    "!",
    "track 30 interface Port-channel10 line-protocol",
    "!",
  ];
}

function natPreambleLines(): string[] {
  return ["ip forward-protocol nd", "no ip http server", "no ip http secure-server"];
}

function afterRoutesLines(): string[] {
  return [
    "ip route 198.18.0.0 255.254.0.0 Null0 tag 65010",
    "ip route vrf Mgmt-intf 0.0.0.0 0.0.0.0 192.168.0.1",
    "ip ssh version 2",
    "ip ssh source-interface GigabitEthernet0",
    "!",
    "ip access-list standard MGMT-SSH",
    " 10 permit 192.168.10.0 0.0.0.255",
    " 20 deny   any log",
  ];
}

function snmpAclLines(): string[] {
  return ["ip access-list standard SNMP-NMS", " 10 permit 192.168.10.20", " 20 permit 192.168.10.21"];
}

function prefixListHeadLines(): string[] {
  return [
    "!",
    "ip prefix-list DEFAULT-ONLY seq 5 permit 0.0.0.0/0",
    "!",
    "ip prefix-list NAT-POOLS seq 5 permit 198.18.0.0/15 le 28",
    "ip prefix-list NAT-POOLS seq 10 permit 100.64.0.0/10 le 32",
    "!",
  ];
}

function slaLines(): string[] {
  const sla = (n: number, group: number): string[] => {
    const i = outsideOfGroup(group, 0);
    return [
      `ip sla ${n}`,
      ` icmp-echo ${ipv4(subnetOf(i) + 254)} source-interface ${subifName(i)}`,
      " threshold 500",
      " timeout 1000",
      " frequency 5",
      `ip sla schedule ${n} life forever start-time now`,
    ];
  };
  return [
    ...sla(10, 1),
    ...sla(20, 2),
    "logging source-interface GigabitEthernet0 vrf Mgmt-intf",
    "logging host 192.168.10.30 vrf Mgmt-intf",
    "!",
    "route-map ISP-IN permit 10 ",
    " match ip address prefix-list DEFAULT-ONLY",
    "!",
    "route-map ISP-OUT permit 10 ",
    " match ip address prefix-list NAT-POOLS",
    "!",
  ];
}

function tailLines(c: Chassis): string[] {
  return [
    "snmp-server group NMS-RO v3 priv read NMS-VIEW access SNMP-NMS",
    "snmp-server view NMS-VIEW iso included",
    "snmp-server trap-source GigabitEthernet0",
    "snmp-server location BENCH hall 1",
    "snmp-server contact noc@example.net",
    "snmp-server enable traps snmp linkdown linkup coldstart",
    "snmp-server host 192.168.10.20 vrf Mgmt-intf version 3 priv nms-trap",
    "!",
    "tacacs server TAC-1",
    " address ipv4 192.168.10.5",
    " key 7 0822455D0A16544541",
    "!",
    "control-plane",
    "!",
    "banner login ^C",
    `${c.hostname}: authorized access only. All activity is logged.`,
    "^C",
    "!",
    "line con 0",
    " exec-timeout 15 0",
    " stopbits 1",
    "line aux 0",
    "line vty 0 4",
    " access-class MGMT-SSH in vrf-also",
    " exec-timeout 15 0",
    " transport input ssh",
    "!",
    "ntp source GigabitEthernet0",
    "ntp server vrf Mgmt-intf 192.168.10.1 prefer",
    "ntp server vrf Mgmt-intf 192.168.10.2",
    "!",
    "end",
  ];
}

// ---------------------------------------------------------------------------------------------

/**
 * Two IOS-XE running configs of `linesPerChassis` lines each. The count is exact from about
 * 700 lines up. Below that the fixed skeleton (about 380 lines with 10 interfaces and 10 NAT
 * rules) sets a floor. The same arguments always give the same text.
 */
export function generatePair(linesPerChassis: number, seed = 1): GeneratedPair {
  if (!Number.isInteger(linesPerChassis) || linesPerChassis < 1) {
    throw new RangeError(`linesPerChassis must be a positive integer, got ${linesPerChassis}`);
  }
  const plan = makePlan(linesPerChassis);
  const rnd = createRandom(seed);
  const header = 3; // Building configuration... / blank / Current configuration : N bytes

  const routes: Segment = {
    name: "static routes",
    count: 0,
    emit: (w) => emitRoutes(w, plan, routes.count, rnd),
  };
  const extAcls: Segment = {
    name: "extended ACLs",
    count: plan.extAclBudget,
    emit: (w) => emitExtendedAcls(w, plan, extAcls.count, rnd),
  };
  const segments: Segment[] = [
    fixed("head", headLines),
    fixed("redundancy", redundancyLines),
    { name: "interfaces", count: interfaceLineCount(plan), emit: (w) => emitInterfaces(w, plan, rnd) },
    { name: "bgp", count: bgpLineCount(plan), emit: (w) => emitBgp(w, plan) },
    fixed("nat preamble", natPreambleLines),
    { name: "nat", count: plan.natDynamic * 2 + 1 + plan.natStatic, emit: (w) => emitNat(w, plan, rnd) },
    routes,
    fixed("after routes", afterRoutesLines),
    { name: "nat ACLs", count: plan.natDynamic * 3, emit: (w) => emitNatAcls(w, plan) },
    fixed("snmp ACL", snmpAclLines),
    extAcls,
    fixed("prefix lists", prefixListHeadLines),
    {
      name: "customer prefix lists",
      count: plan.customers * PREFIXES_PER_CUSTOMER,
      emit: (w) => emitCustomerPrefixLists(w, plan, rnd),
    },
    fixed("ip sla", slaLines),
    {
      name: "customer route-maps",
      count: plan.customers * 4,
      emit: (w) => emitCustomerRouteMaps(w, plan, rnd),
    },
    fixed("tail", tailLines),
  ];
  const others = segments.reduce((sum, s) => sum + s.count, header);
  let routeCount = Math.max(0, linesPerChassis - others);
  if (routeCount > MAX_ROUTES) {
    extAcls.count += routeCount - MAX_ROUTES;
    routeCount = MAX_ROUTES;
  }
  routes.count = routeCount;

  const w = new PairWriter();
  w.both("Building configuration...");
  w.both("");
  w.both(""); // replaced by the size line below
  for (const segment of segments) {
    const before = w.length;
    segment.emit(w);
    if (w.length - before !== segment.count) {
      throw new Error(
        `generator bug: segment ${segment.name} wrote ${w.length - before} lines, planned ${segment.count}`,
      );
    }
  }
  return { a: finish(w.a), b: finish(w.b) };
}

function finish(lines: string[]): string {
  let bytes = 0;
  for (let i = 3; i < lines.length; i++) bytes += (lines[i] ?? "").length + 1;
  lines[2] = `Current configuration : ${bytes} bytes`;
  return `${lines.join("\n")}\n`;
}

function main(argv: readonly string[]): void {
  const [linesArg, outdirArg, seedArg] = argv;
  const lines = Number(linesArg);
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  if (!outdirArg || !Number.isInteger(lines) || lines < 1 || !Number.isInteger(seed)) {
    process.stderr.write("usage: tsx bench/generate.ts <lines-per-chassis> <outdir> [seed]\n");
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const pair = generatePair(lines, seed);
  const generatedMs = performance.now() - started;
  const outdir = resolve(outdirArg);
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, "a.cfg"), pair.a);
  writeFileSync(join(outdir, "b.cfg"), pair.b);
  const totalMs = performance.now() - started;
  const count = (text: string): number => {
    let n = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
    return n;
  };
  process.stdout.write(
    `${outdir}: a.cfg ${count(pair.a)} lines (${pair.a.length} bytes), b.cfg ${count(pair.b)} lines ` +
      `(${pair.b.length} bytes); generated in ${generatedMs.toFixed(0)} ms, written in ${totalMs.toFixed(0)} ms\n`,
  );
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  main(process.argv.slice(2));
}
