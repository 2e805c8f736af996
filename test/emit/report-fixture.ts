/**
 * A hand-made report for the emitter tests: two short, realistic chassis and findings of four
 * rules, one of them on a line that carries a clear-text secret. Independent of the rules and the
 * model, so the golden outputs change only when an emitter does.
 */
import type {
  CheckedChassis,
  CheckReport,
  EmitOptions,
  RuleInfo,
  RunResult,
} from "../../src/emit/context.js";
import type { Finding, Level } from "../../src/rules/types.js";

export const A_LINES = [
  "hostname edge-a",
  "!",
  "redundancy",
  " application redundancy",
  "  group 1",
  "   priority 150 failover threshold 100",
  "   timers delay 30 reload 60",
  "  protocol 1",
  "   timers hellotime 1 holdtime 3",
  "   authentication text Cl3arA-Secret",
  "!",
  "interface GigabitEthernet0/0/2",
  " ip address 10.10.1.2 255.255.255.0",
  " redundancy rii 101",
  " redundancy group 1 ip 10.10.1.1 exclusive",
  "!",
  "end",
];

export const B_LINES = [
  "hostname edge-b",
  "!",
  "redundancy",
  " application redundancy",
  "  group 1",
  "   priority 100 failover threshold 60",
  "   timers delay 30 reload 120",
  "  protocol 1",
  "   timers hellotime 1 holdtime 3",
  "   authentication text Cl3arB-Secret",
  "!",
  "interface GigabitEthernet0/0/2",
  " ip address 10.10.1.3 255.255.255.0",
  " redundancy rii 101",
  " redundancy group 1 ip 10.10.1.11 exclusive",
  "!",
  "end",
];

/** The clear-text secrets above: no output may contain them. */
export const SECRETS = ["Cl3arA-Secret", "Cl3arB-Secret"];

export const A_FILE = "configs/edge-a.cfg";
export const B_FILE = "configs/edge-b.cfg";

function at(file: string, line: number, lines: readonly string[]): Finding["location"] {
  const text = lines[line - 1] ?? "";
  const column = text.length - text.trimStart().length + 1;
  return { file, line, column, endColumn: text.length + 1 };
}

const a = (line: number) => at(A_FILE, line, A_LINES);
const b = (line: number) => at(B_FILE, line, B_LINES);

function rule(
  id: string,
  name: string,
  level: Level,
  tags: RuleInfo["tags"],
  scope: RuleInfo["scope"],
): RuleInfo {
  return {
    id,
    name,
    level,
    tags,
    scope,
    confidence: "confirmed",
    shortDescription: `${name.replace(/-/g, " ")} (short description).`,
    fullDescription: `What ${id} checks and why it matters at failover (full description).`,
    doc: `# ${id} ${name}\n\nThe rule's page.\n`,
  };
}

export const RULE_TABLE: RuleInfo[] = [
  rule("RG104", "vip-mismatch", "error", ["pairing"], "pair"),
  rule("RG202", "threshold-not-below-priority", "error", ["correctness"], "chassis"),
  rule("RG208", "group-timers-mismatch", "warning", ["timers"], "pair"),
  rule("RG303", "protocol-mismatch", "error", ["timers", "security"], "pair"),
  rule("RG308", "weak-authentication", "warning", ["security"], "chassis"),
  rule("RG407", "nat-alg-fixup-risk", "note", ["nat"], "chassis"),
];

export const FINDINGS: Finding[] = [
  {
    ruleId: "RG308",
    ruleName: "weak-authentication",
    level: "warning",
    message:
      "edge-a's protocol 1 uses plain-text authentication: the key crosses the control link in clear text.",
    location: a(10),
    side: "a",
    related: [],
    fix: "Configure `authentication md5 key-chain NAME` on both chassis.",
    fingerprint: "RG308:a:protocol=1",
  },
  {
    ruleId: "RG208",
    ruleName: "group-timers-mismatch",
    level: "warning",
    message: "edge-b's group 1 runs timers reload 120 s, edge-a's runs reload 60 s.",
    location: b(7),
    side: "b",
    related: [{ location: a(7), message: "group 1 timers on edge-a" }],
    fix: null,
    fingerprint: "RG208:group=1",
  },
  {
    ruleId: "RG303",
    ruleName: "protocol-mismatch",
    level: "error",
    message:
      "edge-b's protocol 1 and edge-a's protocol 1 use different authentication keys [text]: each rejects the other's hellos.",
    location: b(10),
    side: "b",
    related: [{ location: a(10), message: "authentication of protocol 1 on edge-a" }],
    fix: "Configure the same authentication on both chassis.",
    fingerprint: "RG303:protocol=1:authentication",
  },
  {
    ruleId: "RG104",
    ruleName: "vip-mismatch",
    level: "error",
    message:
      "edge-b's GigabitEthernet0/0/2 (RII 101) has virtual IP 10.10.1.11 in group 1, but its twin on edge-a has 10.10.1.1.",
    location: b(15),
    side: "b",
    related: [{ location: a(15), message: "virtual IP of GigabitEthernet0/0/2 on edge-a" }],
    fix: "Use the same virtual IP on both twins with RII 101.",
    fingerprint: "RG104:rii=101:group=1",
  },
  {
    ruleId: "RG407",
    ruleName: "nat-alg-fixup-risk",
    level: "note",
    message: "edge-b's stateful NAT rule can carry TCP connections of ALG-handled protocols.\n- one\n+ two",
    location: b(13),
    side: "b",
    related: [],
    fix: null,
    fingerprint: "RG407:b:nat",
  },
];

export const ROOT = "/work/repo";

export function chassis(
  side: "a" | "b",
  rootPath: string | null = side === "a" ? A_FILE : B_FILE,
): CheckedChassis {
  return {
    side,
    file: side === "a" ? A_FILE : B_FILE,
    hostname: side === "a" ? "edge-a" : "edge-b",
    displayName: side === "a" ? "edge-a" : "edge-b",
    rootPath,
    absolutePath: `${ROOT}/${side === "a" ? A_FILE : B_FILE}`,
    lines: side === "a" ? A_LINES : B_LINES,
  };
}

export function pairRun(findings: readonly Finding[] = FINDINGS, label = "edge-a+edge-b"): RunResult {
  return { label, mode: "pair", chassis: [chassis("a"), chassis("b")], findings };
}

export function report(runs: readonly RunResult[] = [pairRun()]): CheckReport {
  return {
    tool: { name: "rglint", version: "1.2.3", informationUri: "https://github.com/rglint/rglint" },
    rules: RULE_TABLE,
    sourceRoot: ROOT,
    runs,
  };
}

export const OPTIONS: EmitOptions = { failOn: "error", color: false, quiet: false, sourceLinkBase: null };
