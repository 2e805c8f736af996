/**
 * Stage 2: runs the command grammar over the located tree and classifies every command node as
 * understood, ignored on purpose, or unrecognized. Unrecognized lines in redundancy-relevant
 * places become `unrecognized-line` notes (RG602) that say what was not understood and where.
 *
 * Never throws on any input; one grammar pass per line, so linear in the size of the config.
 */
import type { Lexer } from "chevrotain";
import type { ContextKind } from "../contexts.js";
import type { ConfigNode, ConfigTree, Diagnostic } from "../types.js";
import type { Command } from "./commands.js";
import { maskSecrets } from "./mask.js";
import { CommandParser, type ParseOutcome, type RuleName } from "./parser.js";
import { createLineLexer } from "./tokens.js";

export type {
  Command,
  CommandKind,
  CommandOf,
  ParsedNatRule,
  RawSecret,
  TrackTargetCommand,
} from "./commands.js";
export { hasSecret, maskSecrets, SECRET_MASK } from "./mask.js";

/** How rglint treats a command line. */
export type LineClass = "understood" | "ignored" | "unrecognized";

export interface ParsedLine {
  readonly classification: LineClass;
  /** The command's values when understood; null otherwise. */
  readonly command: Command | null;
}

export interface LineClassCounts {
  readonly understood: number;
  readonly ignored: number;
  readonly unrecognized: number;
}

export interface ParsedConfig {
  readonly tree: ConfigTree;
  /** Every command node of the tree. */
  readonly lines: ReadonlyMap<ConfigNode, ParsedLine>;
  /** Grammar diagnostics only (`unrecognized-line`, `invalid-value`), in file order. */
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: LineClassCounts;
}

interface Grammar {
  readonly lexer: Lexer;
  readonly parser: CommandParser;
}

let grammar: Grammar | null = null;

/** The lexer and parser are built once (chevrotain's self-analysis is the costly part). */
function getGrammar(): Grammar {
  // Validations run in the tests (test/parse/grammar.test.ts); at run time they only cost start-up.
  if (grammar === null)
    grammar = { lexer: createLineLexer(), parser: new CommandParser({ validate: false }) };
  return grammar;
}

const RULE_BY_CONTEXT: Partial<Record<ContextKind, RuleName>> = {
  global: "globalCmd",
  redundancy: "redundancyCmd",
  "red-app": "redAppCmd",
  "red-group": "redGroupCmd",
  "red-protocol": "redProtocolCmd",
  interface: "interfaceCmd",
  "acl-standard": "aclEntry",
  "acl-extended": "aclEntry",
  "ip-sla": "ipSlaCmd",
  "zone-pair": "zonePairCmd",
  "inspect-global": "inspectGlobalCmd",
  "voice-service": "voiceServiceCmd",
  "key-chain": "keyChainCmd",
  key: "keyCmd",
};

const REDUNDANCY_BLOCK: ReadonlySet<ContextKind> = new Set([
  "redundancy",
  "red-app",
  "red-group",
  "red-protocol",
]);

/** Parses one command `text` as given in `context`; null when the grammar does not accept it. */
export function parseCommand(context: ContextKind, text: string): Command | null {
  return parseText(context, text).command;
}

function parseText(context: ContextKind, text: string): ParseOutcome {
  const rule = RULE_BY_CONTEXT[context];
  if (rule === undefined) return { command: null, failedAt: null };
  try {
    const { lexer, parser } = getGrammar();
    const lexed = lexer.tokenize(text);
    if (lexed.errors.length > 0 || lexed.tokens.length === 0) return { command: null, failedAt: null };
    return parser.parseWith(rule, lexed.tokens, text);
  } catch {
    // A grammar bug must not take the run down: the line is reported as not understood.
    return { command: null, failedAt: null };
  }
}

/**
 * Whether the grammar has any form starting with these words in `context`. Lines it cannot
 * accept are decided without running the parser: most of a large config (routes, BGP,
 * prefix-lists, interface tuning) is outside the grammar, and a failed chevrotain parse costs an
 * exception. Must stay a superset of what the rules in parser.ts start with.
 */
function grammarCovers(context: ContextKind, words: readonly string[]): boolean {
  const w0 = (words[0] ?? "").toLowerCase();
  const w1 = (words[1] ?? "").toLowerCase();
  switch (context) {
    case "global":
      switch (w0) {
        case "hostname":
        case "version":
        case "interface":
        case "redundancy":
        case "access-list":
        case "track":
        case "zone":
        case "zone-pair":
        case "parameter-map":
        case "voice":
        case "key":
          return true;
        case "ip":
          return w1 === "nat" || w1 === "access-list" || w1 === "sla";
        case "no":
          return w1 === "ip" && (words[2] ?? "").toLowerCase() === "nat";
        default:
          return false;
      }
    case "interface":
      switch (w0) {
        case "description":
        case "ipv6":
        case "vrf":
        case "shutdown":
        case "zone-member":
        case "bfd":
        case "channel-group":
        case "redundancy":
          return true;
        case "ip":
          return w1 === "address" || w1 === "unnumbered" || w1 === "nat" || w1 === "vrf";
        case "no":
          return w1 === "shutdown" || (w1 === "ip" && (words[2] ?? "").toLowerCase() === "address");
        default:
          return false;
      }
    default:
      return true;
  }
}

type Verdict = "ignored" | "unrecognized" | "relevant";

/**
 * For a line the grammar did not accept: whether rglint ignores it on purpose, does not
 * recognize it, or does not recognize it in a redundancy-relevant place (reported).
 */
function verdictForFailure(context: ContextKind, words: readonly string[]): Verdict {
  const w = words.map((x) => x.toLowerCase());
  const [w0 = "", w1 = "", w2 = ""] = w;
  switch (context) {
    case "redundancy":
    case "red-app":
    case "red-group":
    case "red-protocol":
      return "relevant";
    case "global":
      if (w0 === "redundancy" || w0 === "track") return "relevant";
      if (w0 === "ip" && w1 === "nat") {
        const routine = w2 === "translation" || w2 === "log" || w2 === "service" || w2 === "settings";
        return routine && !w.includes("redundancy") ? "ignored" : "relevant";
      }
      if (w0 === "hostname" || w0 === "version" || w0 === "interface") return "unrecognized";
      if (w0 === "ip" && w1 === "access-list" && (w2 === "standard" || w2 === "extended"))
        return "unrecognized";
      if (w0 === "ip" && w1 === "sla" && /^\d+$/.test(w2)) return "unrecognized";
      if (w0 === "access-list" && /^\d+$/.test(w1)) return "unrecognized";
      if (w0 === "zone" && w1 === "security") return "unrecognized";
      if (w0 === "zone-pair" && w1 === "security") return "unrecognized";
      if (w0 === "key" && w1 === "chain") return "unrecognized";
      if (w0 === "parameter-map" && w1 === "type" && w2 === "inspect" && w[3] === "global")
        return "unrecognized";
      if (w0 === "voice" && w1 === "service" && w2 === "voip") return "unrecognized";
      return "ignored";
    case "interface":
      if (w0 === "redundancy") return "relevant";
      if (w0 === "ip" && w1 === "nat") return "relevant";
      if (
        w0 === "description" ||
        w0 === "shutdown" ||
        (w0 === "ip" && (w1 === "address" || w1 === "vrf" || w1 === "unnumbered")) ||
        (w0 === "no" && w1 === "ip" && w2 === "address") ||
        (w0 === "no" && w1 === "shutdown") ||
        (w0 === "ipv6" && w1 === "address") ||
        (w0 === "vrf" && w1 === "forwarding") ||
        (w0 === "zone-member" && w1 === "security") ||
        (w0 === "bfd" && w1 === "interval") ||
        w0 === "channel-group"
      ) {
        return "unrecognized";
      }
      return "ignored";
    case "voice-service":
      return w0.startsWith("redundancy") ? "relevant" : "ignored";
    case "inspect-global":
      return w0.startsWith("redundancy") ? "relevant" : "ignored";
    case "acl-standard":
    case "acl-extended":
      return w0 === "permit" || w0 === "deny" || w0 === "remark" || /^\d+$/.test(w0)
        ? "unrecognized"
        : "ignored";
    case "zone-pair":
      return w0 === "service-policy" ? "unrecognized" : "ignored";
    case "key-chain":
      return w0 === "key" ? "unrecognized" : "ignored";
    case "key":
      return w0 === "key-string" ? "unrecognized" : "ignored";
    default:
      return "ignored";
  }
}

/** `redundancy › application redundancy › group 1`, or `interface GigabitEthernet0/0/0`. */
function whereText(node: ConfigNode): string {
  const path: string[] = [];
  for (let p = node.parent; p !== null; p = p.parent) path.unshift(maskSecrets(p.text));
  return path.length === 0
    ? "the global configuration"
    : `"${path.join(" › ")}" (line ${node.parent!.location.line})`;
}

function countDescendants(node: ConfigNode): number {
  let n = 0;
  const stack = [...node.children];
  while (stack.length > 0) {
    const c = stack.pop()!;
    n++;
    for (const g of c.children) stack.push(g);
  }
  return n;
}

function unrecognizedDiagnostic(node: ConfigNode, outcome: ParseOutcome | null): Diagnostic {
  const masked = maskSecrets(node.text);
  let detail = "";
  if (outcome !== null) {
    if (outcome.failedAt !== null && masked === node.text) {
      const column = node.location.column + outcome.failedAt.offset;
      detail = ` from "${outcome.failedAt.word}" (column ${column})`;
    } else if (outcome.failedAt === null && RULE_BY_CONTEXT[contextOf(node)] !== undefined) {
      detail = " (the command is incomplete or not a known form)";
    }
  }
  const subs = countDescendants(node);
  const subText = subs === 0 ? "" : ` (with its ${subs} sub-command${subs === 1 ? "" : "s"})`;
  return {
    code: "unrecognized-line",
    severity: "note",
    message: `"${masked}"${subText} is not understood${detail} in ${whereText(node)}; rglint does not check it`,
    location: node.location,
  };
}

function contextOf(node: ConfigNode): ContextKind {
  return node.parent === null ? "global" : node.parent.context;
}

function insideRedundancyBlock(node: ConfigNode): boolean {
  for (let p = node.parent; p !== null; p = p.parent) {
    if (REDUNDANCY_BLOCK.has(p.context)) return true;
  }
  return false;
}

function classify(
  node: ConfigNode,
  parentLine: ParsedLine | undefined,
  diagnostics: Diagnostic[],
): ParsedLine {
  const context = contextOf(node);
  if (parentLine !== undefined && parentLine.classification === "unrecognized") {
    // Reported with its parent ("with its N sub-commands").
    return { classification: "unrecognized", command: null };
  }
  if (RULE_BY_CONTEXT[context] === undefined) {
    if (parentLine?.classification === "understood" && insideRedundancyBlock(node)) {
      diagnostics.push(unrecognizedDiagnostic(node, null));
      return { classification: "unrecognized", command: null };
    }
    return { classification: "ignored", command: null };
  }
  if (!grammarCovers(context, node.words)) {
    const verdict = verdictForFailure(context, node.words);
    if (verdict === "relevant") diagnostics.push(unrecognizedDiagnostic(node, null));
    return { classification: verdict === "relevant" ? "unrecognized" : verdict, command: null };
  }
  const outcome = parseText(context, node.text);
  if (outcome.command !== null) {
    const extra = invalidValueDiagnostic(node, outcome.command);
    if (extra !== null) diagnostics.push(extra);
    return { classification: "understood", command: outcome.command };
  }
  const verdict = verdictForFailure(context, node.words);
  if (verdict === "relevant") diagnostics.push(unrecognizedDiagnostic(node, outcome));
  return { classification: verdict === "relevant" ? "unrecognized" : verdict, command: null };
}

/** Parses and classifies every command node of `tree`. */
export function parseConfigTree(tree: ConfigTree): ParsedConfig {
  const lines = new Map<ConfigNode, ParsedLine>();
  const diagnostics: Diagnostic[] = [];
  let understood = 0;
  let ignored = 0;
  let unrecognized = 0;

  // Depth-first in file order, without recursion (indentation can nest arbitrarily deep).
  const stack: ConfigNode[] = [];
  for (let i = tree.roots.length - 1; i >= 0; i--) stack.push(tree.roots[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const parentLine = node.parent === null ? undefined : lines.get(node.parent);
    const result = classify(node, parentLine, diagnostics);
    lines.set(node, result);
    if (result.classification === "understood") understood++;
    else if (result.classification === "ignored") ignored++;
    else unrecognized++;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  diagnostics.sort((x, y) => x.location.line - y.location.line || x.location.column - y.location.column);
  return { tree, lines, diagnostics, counts: { understood, ignored, unrecognized } };
}

/** Understood-with-a-caveat forms that IOS itself would reject, salvaged by the grammar. */
function invalidValueDiagnostic(node: ConfigNode, command: Command): Diagnostic | null {
  if (command.kind === "if-ipv6-address" && command.extra !== null) {
    const prefix = `${command.address}${command.prefixLength === null ? "" : `/${command.prefixLength}`}`;
    return {
      code: "invalid-value",
      severity: "note",
      message: `"${node.text}": "${command.extra}" after the IPv6 address is not valid IOS syntax; the address ${prefix} is kept and the rest ignored`,
      location: node.location,
    };
  }
  return null;
}
