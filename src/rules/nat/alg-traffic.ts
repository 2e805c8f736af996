/**
 * Which ALG-handled TCP protocols a NAT rule can carry, judged from the rule and its access list.
 * Only TCP matters: the fixups that are synchronized only periodically are TCP SEQ/ACK fixups.
 */
import type { AclEntry, Chassis, NatRule } from "../../model/types.js";

export type Alg = "DNS" | "FTP" | "H.323" | "RTSP" | "SIP";

/** The TCP port each ALG inspects by default. */
export const ALG_TCP_PORTS: ReadonlyArray<readonly [Alg, number]> = [
  ["DNS", 53],
  ["FTP", 21],
  ["H.323", 1720],
  ["RTSP", 554],
  ["SIP", 5060],
];

export const ALL_ALGS: readonly Alg[] = ALG_TCP_PORTS.map(([alg]) => alg);

/** IOS names for TCP ports as `show running-config` prints them in access lists. */
const TCP_PORT_NAMES: Readonly<Record<string, number>> = {
  bgp: 179,
  chargen: 19,
  cmd: 514,
  daytime: 13,
  discard: 9,
  domain: 53,
  echo: 7,
  exec: 512,
  finger: 79,
  ftp: 21,
  "ftp-data": 20,
  gopher: 70,
  hostname: 101,
  ident: 113,
  irc: 194,
  klogin: 543,
  kshell: 544,
  login: 513,
  lpd: 515,
  msrpc: 135,
  nntp: 119,
  "pim-auto-rp": 496,
  pop2: 109,
  pop3: 110,
  smtp: 25,
  sunrpc: 111,
  syslog: 514,
  tacacs: 49,
  talk: 517,
  telnet: 23,
  time: 37,
  uucp: 540,
  whois: 43,
  www: 80,
};

/**
 * The ALGs a `no ip nat service …` line turns off for TCP, or an empty list. The text may or may
 * not start with `no ip nat service`. `sip tcp …` and `dns tcp` turn off the TCP part only; a
 * form that names no transport (`ftp`, `h225`, `rtsp`, `sip`, `dns`) turns the ALG off entirely.
 */
export function algsDisabledBy(text: string): Alg[] {
  const words = text
    .toLowerCase()
    .replace(/^no\s+ip\s+nat\s+service\s+/, "")
    .split(/\s+/)
    .filter((w) => w !== "");
  const [service, transport] = words;
  const tcpOff = transport === undefined || transport === "tcp";
  switch (service) {
    case "all-algs":
      return [...ALL_ALGS];
    case "ftp":
      return ["FTP"];
    case "dns":
      return tcpOff ? ["DNS"] : [];
    case "h225":
      return ["H.323"];
    case "rtsp":
      return ["RTSP"];
    case "sip":
      return tcpOff ? ["SIP"] : [];
    default:
      return [];
  }
}

/** The ALGs whose TCP traffic is inspected on this chassis: all by default, minus the ones turned off. */
export function enabledAlgs(chassis: Chassis): Alg[] {
  const off = new Set<Alg>();
  for (const service of chassis.nat.disabledServices)
    for (const alg of algsDisabledBy(service.value)) off.add(alg);
  return ALL_ALGS.filter((alg) => !off.has(alg));
}

type PortTest = (port: number) => boolean;

function portNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return TCP_PORT_NAMES[word] ?? null;
}

function isPortWord(word: string | undefined): word is string {
  return word !== undefined && (/^\d+$/.test(word) || word in TCP_PORT_NAMES);
}

/** Reads an address (`any`, `host X`, `object-group N`, `X W`) at `i`; returns the index after it. */
function skipAddress(words: readonly string[], i: number): number {
  const w = words[i];
  if (w === undefined) return i;
  if (w === "any" || w === "any4") return i + 1;
  if (w === "host" || w === "object-group" || w === "addrgroup") return i + 2;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(w)) return /^\d+\.\d+\.\d+\.\d+$/.test(words[i + 1] ?? "") ? i + 2 : i + 1;
  return i + 1;
}

/**
 * Reads a port operator at `i`. Returns the test and the index after it, `undefined` as test when
 * there is no port operator, or null as test when the operand is not understood (then any port may
 * match).
 */
function readPorts(words: readonly string[], i: number): { test: PortTest | null | undefined; next: number } {
  const op = words[i];
  const arg = (k: number) => portNumber(words[i + k] ?? "");
  switch (op) {
    case "eq": {
      const ports: Array<number | null> = [];
      let k = i + 1;
      while (isPortWord(words[k])) ports.push(portNumber(words[k++]!));
      if (ports.length === 0) return { test: null, next: i + 2 };
      return { test: (p) => ports.includes(p), next: k };
    }
    case "neq": {
      const n = arg(1);
      return { test: n === null ? null : (p) => p !== n, next: i + 2 };
    }
    case "lt": {
      const n = arg(1);
      return { test: n === null ? null : (p) => p < n, next: i + 2 };
    }
    case "gt": {
      const n = arg(1);
      return { test: n === null ? null : (p) => p > n, next: i + 2 };
    }
    case "range": {
      const lo = arg(1);
      const hi = arg(2);
      return { test: lo === null || hi === null ? null : (p) => p >= lo && p <= hi, next: i + 3 };
    }
    default:
      return { test: undefined, next: i };
  }
}

/**
 * The ALGs whose TCP traffic a `permit` entry can match. A standard entry and `permit ip` match
 * everything; `permit tcp` matches the ALG ports its port operators allow (all when it has none);
 * other protocols carry no TCP. An entry that is not understood is assumed to match everything.
 */
export function algsPermittedBy(entry: AclEntry): readonly Alg[] {
  // `split(/\s+/)` without the empty words: trimmed first (trim removes exactly what \s matches).
  const text = entry.normalized.toLowerCase().trim();
  const words = text === "" ? [] : text.split(/\s+/);
  if (words[0] !== "permit") return [];
  const protocol = words[1];
  if (protocol === undefined) return [];
  // Standard entries: `permit any`, `permit host X`, `permit X W`, `permit X`.
  if (protocol === "any" || protocol === "host" || /^\d+\.\d+\.\d+\.\d+$/.test(protocol)) return ALL_ALGS;
  if (protocol === "ip" || protocol === "0" || protocol === "object-group") return ALL_ALGS;
  if (protocol !== "tcp" && protocol !== "6") return [];
  let i = skipAddress(words, 2);
  const source = readPorts(words, i);
  i = skipAddress(words, source.next);
  const destination = readPorts(words, i);
  const tests = [source.test, destination.test].filter((t): t is PortTest | null => t !== undefined);
  if (tests.length === 0 || tests.includes(null)) return ALL_ALGS;
  return ALG_TCP_PORTS.filter(([, port]) => tests.some((t) => t!(port))).map(([alg]) => alg);
}

/**
 * The ALGs whose TCP traffic a NAT rule can carry: a 1:1 static rule or a route-map rule (whose
 * match is not modeled) carries everything; a static port forward carries the ALG of its TCP ports;
 * a list rule carries what its access list permits. A list rule whose access list is not defined on
 * the chassis is not judged (null).
 */
export function algsCarriedBy(rule: NatRule, chassis: Chassis): readonly Alg[] | null {
  // ALL_ALGS itself, not a copy: this is asked of every NAT rule of a chassis.
  if (rule.kind === "route-map") return ALL_ALGS;
  if (rule.kind === "static") {
    if (rule.protocol === null) return ALL_ALGS;
    if (rule.protocol !== "tcp") return [];
    const out: Alg[] = [];
    for (const [alg, port] of ALG_TCP_PORTS)
      if (port === rule.localPort || port === rule.globalPort) out.push(alg);
    return out;
  }
  const acl = rule.match === null ? undefined : chassis.acls.get(rule.match);
  if (acl === undefined) return null;
  // Indexed loops (no iterators in cold code), and no further entries once every ALG is in.
  const carried = new Set<Alg>();
  for (let e = 0; e < acl.entries.length && carried.size < ALL_ALGS.length; e++) {
    const permitted = algsPermittedBy(acl.entries[e]!);
    for (let i = 0; i < permitted.length; i++) carried.add(permitted[i]!);
  }
  return carried.size === ALL_ALGS.length ? ALL_ALGS : ALL_ALGS.filter((alg) => carried.has(alg));
}
