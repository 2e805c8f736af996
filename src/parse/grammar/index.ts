/**
 * Stage 2: runs the command grammar over the located tree and classifies every command node as
 * understood, ignored on purpose, or unrecognized. Unrecognized lines in redundancy-relevant
 * places become `unrecognized-line` notes (RG602) that say what was not understood and where.
 *
 * Never throws on any input; one grammar pass per line, so linear in the size of the config.
 */
import { type CommandHead, type ContextKind, isDigits } from "../contexts.js";
import { LineHead, type ReaderTree, splitWords } from "../node.js";
import type { ConfigNode, ConfigTree, Diagnostic } from "../types.js";
import type { Command } from "./commands.js";
import { maskSecrets } from "./mask.js";
import { CommandParser, type ParseOutcome, type RuleName } from "./parser.js";
import { tokenizeLineShared } from "./tokens.js";

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

let parser: CommandParser | null = null;

/** The parser is built once (chevrotain's self-analysis is the costly part) and reused per line. */
function getParser(): CommandParser {
  // Validations run in the tests (test/parse/grammar.test.ts); at run time they only cost start-up.
  if (parser === null) parser = new CommandParser({ validate: false });
  return parser;
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

/**
 * The grammar's outcome for each command text already parsed, by rule: the two configs of a pair
 * are mostly the same lines (the NAT rules, ACL entries and most interface lines must match), and
 * one config repeats many (`ip nat inside`, `no shutdown`). A parse depends on the rule and the
 * text alone, and its outcome is immutable data (no positions, no tokens), so a text met again
 * reuses it. It keeps its outcomes alive as long as it lives: one pair (analyze), or a bounded
 * run of pairs (the fleet's workers).
 */
export class ParseMemo {
  private readonly byRule = new Map<RuleName, Map<string, ParseOutcome>>();

  /**
   * `ownKeys`: keep a copy of each text rather than the text itself. A node's text is a slice of
   * its whole file and keeps the file alive: harmless for one pair (its trees keep both files), a
   * file per pair for a memo that outlives pairs (the fleet's workers). Copying costs about 10 ms
   * on a 100k-line pair, so only the long-lived memo does it.
   */
  constructor(private readonly options: { readonly ownKeys?: boolean } = {}) {}

  outcome(rule: RuleName, text: string): ParseOutcome {
    let texts = this.byRule.get(rule);
    if (texts === undefined) {
      texts = new Map();
      this.byRule.set(rule, texts);
    }
    let outcome = texts.get(text);
    if (outcome === undefined) {
      outcome = parseWithRule(rule, text);
      texts.set(this.options.ownKeys === true ? ownCopy(text) : text, outcome);
    }
    return outcome;
  }

  /** How many distinct texts were parsed (for tests and benchmarks). */
  get size(): number {
    let n = 0;
    for (const texts of this.byRule.values()) n += texts.size;
    return n;
  }
}

/**
 * A copy of `text` that does not keep the string it was sliced from alive. A node's text is a
 * slice of its whole file; kept as a memo key, it would keep the file too (V8 flattens the
 * concatenation into a string of its own and slices that).
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

function parseText(context: ContextKind, text: string, memo: ParseMemo | null = null): ParseOutcome {
  const rule = RULE_BY_CONTEXT[context];
  if (rule === undefined) return { command: null, failedAt: null };
  return memo === null ? parseWithRule(rule, text) : memo.outcome(rule, text);
}

function parseWithRule(rule: RuleName, text: string): ParseOutcome {
  try {
    const tokens = tokenizeLineShared(text);
    if (tokens === null || tokens.length === 0) return { command: null, failedAt: null };
    return getParser().parseWith(rule, tokens, text);
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
function grammarCovers(context: "global" | "interface", head: CommandHead): boolean {
  const { w0, w1 } = head;
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
          return w1 === "ip" && head.w2 === "nat";
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
          return w1 === "shutdown" || (w1 === "ip" && head.w2 === "address");
        default:
          return false;
      }
  }
}

type Verdict = "ignored" | "unrecognized" | "relevant";

/**
 * For a line the grammar did not accept: whether rglint ignores it on purpose, does not
 * recognize it, or does not recognize it in a redundancy-relevant place (reported).
 */
function verdictForFailure(context: ContextKind, head: CommandHead, text: string): Verdict {
  // The head is lazy: read each word where it is needed.
  const { w0 } = head;
  switch (context) {
    case "redundancy":
    case "red-app":
    case "red-group":
    case "red-protocol":
      return "relevant";
    case "global":
      if (w0 === "redundancy" || w0 === "track") return "relevant";
      if (w0 === "ip" && head.w1 === "nat") {
        const routine =
          head.w2 === "translation" || head.w2 === "log" || head.w2 === "service" || head.w2 === "settings";
        return routine && !splitWords(text).some((x) => x.toLowerCase() === "redundancy")
          ? "ignored"
          : "relevant";
      }
      if (w0 === "hostname" || w0 === "version" || w0 === "interface") return "unrecognized";
      if (w0 === "ip" && head.w1 === "access-list" && (head.w2 === "standard" || head.w2 === "extended"))
        return "unrecognized";
      if (w0 === "ip" && head.w1 === "sla" && isDigits(head.w2)) return "unrecognized";
      if (w0 === "access-list" && isDigits(head.w1)) return "unrecognized";
      if (w0 === "zone" && head.w1 === "security") return "unrecognized";
      if (w0 === "zone-pair" && head.w1 === "security") return "unrecognized";
      if (w0 === "key" && head.w1 === "chain") return "unrecognized";
      if (w0 === "parameter-map" && head.w1 === "type" && head.w2 === "inspect" && head.w3 === "global")
        return "unrecognized";
      if (w0 === "voice" && head.w1 === "service" && head.w2 === "voip") return "unrecognized";
      return "ignored";
    case "interface":
      if (w0 === "redundancy") return "relevant";
      if (w0 === "ip" && head.w1 === "nat") return "relevant";
      if (
        w0 === "description" ||
        w0 === "shutdown" ||
        (w0 === "ip" && (head.w1 === "address" || head.w1 === "vrf" || head.w1 === "unnumbered")) ||
        (w0 === "no" && head.w1 === "ip" && head.w2 === "address") ||
        (w0 === "no" && head.w1 === "shutdown") ||
        (w0 === "ipv6" && head.w1 === "address") ||
        (w0 === "vrf" && head.w1 === "forwarding") ||
        (w0 === "zone-member" && head.w1 === "security") ||
        (w0 === "bfd" && head.w1 === "interval") ||
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
      return w0 === "permit" || w0 === "deny" || w0 === "remark" || isDigits(w0) ? "unrecognized" : "ignored";
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

/** The head of the line being classified (reset per line). */
const lineHead = new LineHead();

/** Results without a command are all alike: one shared object each. */
const IGNORED: ParsedLine = Object.freeze({ classification: "ignored", command: null });
const UNRECOGNIZED: ParsedLine = Object.freeze({ classification: "unrecognized", command: null });

/**
 * Classifies one command node, given the result of its parent (undefined for a top-level
 * command), and adds its diagnostic (if any) to `diagnostics`. parseConfigTree calls it for every
 * node in depth-first order; the model calls it as it walks the tree, so that results it has
 * used can be dropped at once.
 */
export function classifyLine(
  node: ConfigNode,
  parentLine: ParsedLine | undefined,
  diagnostics: Diagnostic[],
  memo: ParseMemo | null = null,
): ParsedLine {
  return classifyCommand(NODES, node, contextOf(node), parentLine, diagnostics, memo);
}

/**
 * classifyLine for command `ordinal` of a tree from readConfig, read from its NodeTable: its node
 * is made only for a diagnostic.
 */
export function classifyTableLine(
  tree: ReaderTree,
  ordinal: number,
  parentLine: ParsedLine | undefined,
  diagnostics: Diagnostic[],
  memo: ParseMemo | null = null,
): ParsedLine {
  return classifyCommand(tree, ordinal, tree.table.parentContextAt(ordinal), parentLine, diagnostics, memo);
}

/** Where classifyCommand reads a command from: a node, or a reader tree's command by ordinal. */
interface CommandSource<K> {
  textOf(key: K): string;
  node(key: K): ConfigNode;
}

const NODES: CommandSource<ConfigNode> = {
  textOf: (node) => node.text,
  node: (node) => node,
};

function classifyCommand<K>(
  source: CommandSource<K>,
  key: K,
  context: ContextKind,
  parentLine: ParsedLine | undefined,
  diagnostics: Diagnostic[],
  memo: ParseMemo | null,
): ParsedLine {
  if (parentLine !== undefined && parentLine.classification === "unrecognized") {
    // Reported with its parent ("with its N sub-commands").
    return UNRECOGNIZED;
  }
  if (RULE_BY_CONTEXT[context] === undefined) {
    if (parentLine?.classification === "understood" && insideRedundancyBlock(source.node(key))) {
      diagnostics.push(unrecognizedDiagnostic(source.node(key), null));
      return UNRECOGNIZED;
    }
    return IGNORED;
  }
  const text = source.textOf(key); // computed from the line on each read: read once
  // The pre-filter reads words only in the contexts where the grammar has few forms.
  let head: CommandHead | null = null;
  if (context === "global" || context === "interface") {
    head = lineHead.reset(text);
    if (!grammarCovers(context, head)) {
      const verdict = verdictForFailure(context, head, text);
      if (verdict === "relevant") diagnostics.push(unrecognizedDiagnostic(source.node(key), null));
      return verdict === "ignored" ? IGNORED : UNRECOGNIZED;
    }
  }
  const outcome = parseText(context, text, memo);
  if (outcome.command !== null) {
    const extra = invalidValueDiagnostic(source, key, outcome.command);
    if (extra !== null) diagnostics.push(extra);
    return { classification: "understood", command: outcome.command };
  }
  const verdict = verdictForFailure(context, head ?? lineHead.reset(text), text);
  if (verdict === "relevant") diagnostics.push(unrecognizedDiagnostic(source.node(key), outcome));
  return verdict === "ignored" ? IGNORED : UNRECOGNIZED;
}

/** Sorts diagnostics by line and column (stable: equal positions keep their order). */
export function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (x, y) => x.location.line - y.location.line || x.location.column - y.location.column,
  );
}

/** Parses and classifies every command node of `tree` (`memo`: outcomes shared with other trees). */
export function parseConfigTree(tree: ConfigTree, memo: ParseMemo | null = null): ParsedConfig {
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
    const result = classifyLine(node, parentLine, diagnostics, memo);
    lines.set(node, result);
    if (result.classification === "understood") understood++;
    else if (result.classification === "ignored") ignored++;
    else unrecognized++;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  sortByPosition(diagnostics);
  return { tree, lines, diagnostics, counts: { understood, ignored, unrecognized } };
}

/** Understood-with-a-caveat forms that IOS itself would reject, salvaged by the grammar. */
function invalidValueDiagnostic<K>(source: CommandSource<K>, key: K, command: Command): Diagnostic | null {
  if (command.kind === "if-ipv6-address" && command.extra !== null) {
    const node = source.node(key);
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
