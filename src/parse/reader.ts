/**
 * Stage 1: text → a located tree of configuration lines.
 *
 * Never throws on any input and runs in linear time: one pass over the lines, no backtracking
 * regular expressions over whole lines. Everything unusual becomes a diagnostic (data).
 */
import { acceptsSubcommand, type ContextKind, contextOpenedBy, isUnambiguousGlobal } from "./contexts.js";
import { decodeConfigBytes } from "./decode.js";
import { normalizeInterfaceName } from "./ifname.js";
import type { ConfigNode, ConfigTree, Diagnostic, LineKind, SourceLine, SourceLocation } from "./types.js";

interface Words {
  words: string[];
  columns: number[];
}

/** Splits on spaces and tabs; `offset` is the 0-based index of `text` in its physical line. */
function splitWords(text: string, offset: number): Words {
  const words: string[] = [];
  const columns: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isBlank(text.charCodeAt(i))) i++;
    words.push(text.slice(start, i));
    columns.push(offset + start + 1);
  }
  return { words, columns };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

function leadingBlanks(s: string): number {
  let i = 0;
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}

function trimEndBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && isBlank(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `Router1#`, `Router2#sh run`, `Router> enable`: an exec prompt at the start of a line. */
function isExecPromptLine(content: string): boolean {
  const first = content.charCodeAt(0);
  const isAlpha = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!isAlpha) return false;
  for (let i = 1; i < content.length && i < 64; i++) {
    const c = content.charCodeAt(i);
    if (c === 35 /* # */ || c === 62 /* > */) return true;
    const wordChar =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 45 ||
      c === 46 ||
      c === 95;
    if (!wordChar) return false;
  }
  return false;
}

const HEADER_PREFIXES = ["Building configuration", "Current configuration", "Load for ", "Time source is"];

function isHeaderLine(content: string): boolean {
  for (const p of HEADER_PREFIXES) if (content.startsWith(p)) return true;
  return false;
}

/** A prompt inside a transcript line: `Device(config-if)#`, `Device#`, `Device>`. */
const TRANSCRIPT_PROMPT = /(^|[ \t])([A-Za-z][\w.-]*(\([\w-]*\))?[#>])(?=[ \t]|$)/g;

interface TranscriptSegment {
  readonly text: string;
  /** 0-based index of text in the physical line. */
  readonly offset: number;
  /** The prompt's mode: `config`, `config-if`, … or null for an exec prompt or no prompt. */
  readonly mode: string | null;
  readonly afterPrompt: boolean;
}

function splitTranscriptLine(line: string): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  TRANSCRIPT_PROMPT.lastIndex = 0;
  let cursor = 0;
  let pendingMode: string | null = null;
  let pendingAfterPrompt = false;
  for (let m = TRANSCRIPT_PROMPT.exec(line); m !== null; m = TRANSCRIPT_PROMPT.exec(line)) {
    const promptStart = m.index + (m[1] ?? "").length;
    pushSegment(segments, line, cursor, promptStart, pendingMode, pendingAfterPrompt);
    const mode = m[3] ? m[3].slice(1, -1) : null;
    pendingMode = mode;
    pendingAfterPrompt = true;
    cursor = promptStart + (m[2] ?? "").length;
  }
  pushSegment(segments, line, cursor, line.length, pendingMode, pendingAfterPrompt);
  return segments;
}

function pushSegment(
  out: TranscriptSegment[],
  line: string,
  start: number,
  end: number,
  mode: string | null,
  afterPrompt: boolean,
): void {
  const raw = line.slice(start, end);
  const lead = leadingBlanks(raw);
  const text = trimEndBlanks(raw.slice(lead));
  if (text === "") return;
  out.push({ text, offset: start + lead, mode, afterPrompt });
}

/**
 * Modes whose re-attached lines are reported: the ones rglint reads. A damaged `dial-peer` or
 * `sip-ua` block is re-attached all the same, but saying so would be noise to its users.
 */
const REPORTED_CONTEXTS: ReadonlySet<ContextKind> = new Set([
  "redundancy",
  "red-app",
  "red-group",
  "red-protocol",
  "interface",
  "voice-service",
  "inspect-global",
  "acl-standard",
  "acl-extended",
  "ip-sla",
  "track",
  "zone",
  "zone-pair",
  "key-chain",
  "key",
]);

interface OpenNode {
  readonly node: ConfigNode;
  readonly indent: number;
}

interface PendingCommand {
  readonly text: string;
  readonly words: Words;
  readonly indent: number;
  readonly location: SourceLocation;
  /** From a transcript prompt: whether the command was typed in a sub-mode. */
  readonly subMode: boolean;
}

class TreeBuilder {
  readonly roots: ConfigNode[] = [];
  private readonly stack: OpenNode[] = [];

  constructor(
    private readonly diagnostics: Diagnostic[],
    private readonly transcript: boolean,
  ) {}

  add(cmd: PendingCommand): ConfigNode {
    let parent: ConfigNode | null = null;
    let reattached = false;
    if (cmd.indent > 0) {
      while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.indent >= cmd.indent)
        this.stack.pop();
      parent = this.stack.length > 0 ? this.stack[this.stack.length - 1]!.node : null;
    } else {
      // Column 0 (or a transcript command): IOS keeps a command in the current mode when that
      // mode accepts it, so re-attach by context instead of trusting the indentation.
      const global = isUnambiguousGlobal(cmd.words.words) && !cmd.subMode;
      if (!global) {
        for (let i = this.stack.length - 1; i >= 0; i--) {
          const open = this.stack[i]!;
          if (acceptsSubcommand(open.node.context, cmd.words.words)) {
            parent = open.node;
            this.stack.length = i + 1;
            reattached = true;
            break;
          }
        }
      }
      if (parent === null) this.stack.length = 0;
    }
    const parentContext: ContextKind = parent === null ? "global" : parent.context;
    const node: ConfigNode = {
      text: cmd.text,
      words: cmd.words.words,
      wordColumns: cmd.words.columns,
      location: cmd.location,
      indent: cmd.indent,
      parent,
      children: [],
      context: contextOpenedBy(parentContext, cmd.words.words),
      reattached,
      duplicateOf: null,
    };
    if (parent === null) this.roots.push(node);
    else parent.children.push(node);
    this.stack.push({ node, indent: Math.max(cmd.indent, 0) });
    if (reattached && !this.transcript && parent !== null && REPORTED_CONTEXTS.has(parent.context)) {
      this.diagnostics.push({
        code: "misindented-line",
        severity: "note",
        message: `"${cmd.text}" at column ${cmd.location.column} belongs to "${parent.text}" (line ${parent.location.line}); attached by context, as IOS does when the configuration is pasted`,
        location: cmd.location,
        related: [parent.location],
      });
    }
    return node;
  }
}

type Mode =
  | { kind: "normal" }
  | { kind: "banner"; delimiter: string; header: SourceLocation }
  | { kind: "cert"; header: SourceLocation };

/** The delimiter of a `banner` command and whether the banner closes on the same line. */
function bannerDelimiter(
  words: Words,
  content: string,
  indent: number,
): { delimiter: string; closed: boolean } | null {
  if (words.words.length < 2) return null;
  // `banner motd ^C…` or `banner ^C…` (motd is the default type).
  const typeWord = words.words[1]!;
  const typeIsWord = /^[a-z-]+$/i.test(typeWord);
  const restStart = typeIsWord
    ? words.words.length >= 3
      ? words.columns[2]! - 1 - indent
      : -1
    : words.columns[1]! - 1 - indent;
  if (restStart < 0) return null;
  const rest = content.slice(restStart);
  const delimiter = rest.startsWith("^") && rest.length >= 2 ? rest.slice(0, 2) : rest.slice(0, 1);
  if (delimiter === "") return null;
  const closed = rest.indexOf(delimiter, delimiter.length) !== -1;
  return { delimiter, closed };
}

const HEX_LINE = /^[0-9A-Fa-f ]+$/;

export function readConfig(input: Uint8Array | string, file: string): ConfigTree {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  if (typeof input === "string") {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeConfigBytes(input);
    text = decoded.text;
    if (decoded.binary) {
      diagnostics.push({
        code: "binary-input",
        severity: "error",
        message: "the file contains NUL bytes: it is a binary file, not a configuration",
        location: { file, line: 1, column: 1, endColumn: 1 },
      });
      return { file, roots: [], lines: [], diagnostics, transcript: false };
    }
    if (decoded.latin1Lines.length > 0) {
      const first = decoded.latin1Lines[0]!;
      diagnostics.push({
        code: "invalid-utf8",
        severity: "note",
        message: `${decoded.latin1Lines.length} line(s) are not valid UTF-8 (first: line ${first}); they were read byte for byte as Latin-1`,
        location: { file, line: first, column: 1, endColumn: 1 },
      });
    }
  }

  const physical = text.split("\n");
  if (physical.length > 0 && physical[physical.length - 1] === "") physical.pop();
  if (physical.every((l) => trimEndBlanks(l) === "")) {
    diagnostics.push({
      code: "empty-input",
      severity: "error",
      message: "the file is empty",
      location: { file, line: 1, column: 1, endColumn: 1 },
    });
  }

  const transcript = physical.some((l) => l.includes("(config") && /\(config[\w-]*\)#/.test(l));
  if (transcript) {
    diagnostics.push({
      code: "cli-transcript",
      severity: "note",
      message:
        "the file is a CLI session transcript with (config…)# prompts, not a running-config; commands are read in the modes IOS would put them in",
      location: { file, line: 1, column: 1, endColumn: 1 },
    });
  }

  const builder = new TreeBuilder(diagnostics, transcript);
  const lines: SourceLine[] = new Array(physical.length);
  let mode: Mode = { kind: "normal" };

  for (let i = 0; i < physical.length; i++) {
    const lineNo = i + 1;
    const raw = trimEndBlanks(physical[i]!);
    const indent = leadingBlanks(raw);
    const content = raw.slice(indent);
    let kind: LineKind;

    if (mode.kind === "banner") {
      kind = "banner";
      if (raw.includes(mode.delimiter)) mode = { kind: "normal" };
      lines[i] = { line: lineNo, kind, text: raw };
      continue;
    }
    if (mode.kind === "cert") {
      if (content === "quit") {
        lines[i] = { line: lineNo, kind: "certificate", text: raw };
        mode = { kind: "normal" };
        continue;
      }
      if (indent > 0 && HEX_LINE.test(content)) {
        lines[i] = { line: lineNo, kind: "certificate", text: raw };
        continue;
      }
      if (content !== "") {
        diagnostics.push({
          code: "unterminated-certificate",
          severity: "warning",
          message: "certificate data is not closed by `quit`",
          location: mode.header,
        });
        mode = { kind: "normal" };
      }
    }

    if (content === "") kind = "blank";
    else if (content.charCodeAt(0) === 33 /* ! */) kind = "comment";
    else if (transcript)
      kind = readTranscriptLine(builder, raw, lineNo, file)
        ? "command"
        : content.startsWith("%")
          ? "output"
          : "prompt";
    else if (indent === 0 && content === "end") kind = "end";
    else if (indent === 0 && isHeaderLine(content)) kind = "header";
    else if (indent === 0 && isExecPromptLine(content)) kind = "prompt";
    else {
      kind = "command";
      const words = splitWords(content, indent);
      const location: SourceLocation = { file, line: lineNo, column: indent + 1, endColumn: raw.length + 1 };
      const node = builder.add({
        text: content.replace(/\t/g, " "),
        words,
        indent,
        location,
        subMode: false,
      });
      const w0 = words.words[0]!.toLowerCase();
      if (w0 === "banner" && node.parent === null) {
        const banner = bannerDelimiter(words, content, indent);
        if (banner !== null && !banner.closed)
          mode = { kind: "banner", delimiter: banner.delimiter, header: location };
      } else if (w0 === "certificate" && indent > 0) {
        mode = { kind: "cert", header: location };
      }
    }
    lines[i] = { line: lineNo, kind, text: raw };
  }

  if (mode.kind === "banner") {
    diagnostics.push({
      code: "unterminated-banner",
      severity: "warning",
      message: `banner is not closed by its delimiter ${JSON.stringify(mode.delimiter)}; the rest of the file was read as banner text`,
      location: mode.header,
    });
  } else if (mode.kind === "cert") {
    diagnostics.push({
      code: "unterminated-certificate",
      severity: "warning",
      message: "certificate data is not closed by `quit`",
      location: mode.header,
    });
  }
  markDuplicateStanzas(builder.roots, diagnostics, transcript);
  return { file, roots: builder.roots, lines, diagnostics, transcript };
}

/** Adds the configuration commands of one transcript line; true when there was at least one. */
function readTranscriptLine(builder: TreeBuilder, raw: string, lineNo: number, file: string): boolean {
  let added = false;
  for (const seg of splitTranscriptLine(raw)) {
    // Exec commands (`enable`, `configure terminal`) and device messages are not configuration.
    if (seg.afterPrompt && (seg.mode === null || !seg.mode.startsWith("config"))) continue;
    if (!seg.afterPrompt && seg.text.startsWith("%")) continue;
    const words = splitWords(seg.text, seg.offset);
    if (words.words.length === 0) continue;
    builder.add({
      text: seg.text.replace(/\t/g, " "),
      words,
      indent: -1,
      location: { file, line: lineNo, column: seg.offset + 1, endColumn: seg.offset + seg.text.length + 1 },
      subMode: seg.mode !== null && seg.mode !== "config",
    });
    added = true;
  }
  return added;
}

/** The identity of a top-level stanza: interface names normalized, keywords case-folded. */
function stanzaKey(node: ConfigNode): string {
  if (node.context === "interface" && node.words.length >= 2) {
    return `interface ${normalizeInterfaceName(node.words.slice(1).join(""))}`;
  }
  return node.words.map((w) => w.toLowerCase()).join(" ");
}

function markDuplicateStanzas(roots: ConfigNode[], diagnostics: Diagnostic[], transcript: boolean): void {
  const first = new Map<string, ConfigNode>();
  for (const node of roots) {
    if (node.children.length === 0 || node.words[0]?.toLowerCase() === "banner") continue;
    const key = stanzaKey(node);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, node);
      continue;
    }
    node.duplicateOf = earlier;
    // Transcripts revisit modes as a matter of course; only running-configs report it.
    if (!transcript) {
      diagnostics.push({
        code: "duplicate-stanza",
        severity: "note",
        message: `"${node.text}" is given again (first at line ${earlier.location.line}); the two blocks are merged in order, later commands replacing earlier ones`,
        location: node.location,
        related: [earlier.location],
      });
    }
  }
}
