/**
 * Stage 1: text → a located tree of configuration lines.
 *
 * Never throws on any input and runs in linear time: one pass over the lines, no backtracking
 * regular expressions over whole lines. Everything unusual becomes a diagnostic (data).
 */
import {
  acceptsSubcommandHead,
  CONTEXT_KINDS,
  type ContextKind,
  contextOpenedByHead,
  isUnambiguousGlobalHead,
} from "./contexts.js";
import { decodeConfigBytes } from "./decode.js";
import { normalizeInterfaceName } from "./ifname.js";
import {
  firstWordIs,
  isBlank,
  LINE_KIND_CODE,
  LineHead,
  NodeTable,
  ReaderTree,
  wordColumnsOf,
  splitWords as wordsOf,
} from "./node.js";
import type { ConfigTree, Diagnostic, LineKind, SourceLocation } from "./types.js";

interface Words {
  words: string[];
  columns: number[];
}

/** Splits on spaces and tabs; `offset` is the 0-based index of `text` in its physical line. */
function splitWords(text: string, offset: number): Words {
  return { words: wordsOf(text), columns: wordColumnsOf(text, offset) };
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

/** Whether every line of `s` is blank. */
function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 10 && !isBlank(c)) return false;
  }
  return true;
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

/**
 * 1 at the first characters of HEADER_PREFIXES: most lines are rejected on their first character
 * (an array index: a Set lookup per line cost more than the rest of the test).
 */
const HEADER_STARTS = new Uint8Array(128);
for (const p of HEADER_PREFIXES) HEADER_STARTS[p.charCodeAt(0)] = 1;

function isHeaderLine(content: string): boolean {
  const first = content.charCodeAt(0);
  if (!(first < 128) || HEADER_STARTS[first] === 0) return false;
  for (let i = 0; i < HEADER_PREFIXES.length; i++) if (content.startsWith(HEADER_PREFIXES[i]!)) return true;
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
 * Modes whose re-attached lines are reported: every mode rglint reads. A damaged `dial-peer` or
 * `sip-ua` block is re-attached all the same, but saying so would be noise to its users (and
 * `global` is no block).
 */
const UNREPORTED_CONTEXTS: ReadonlySet<ContextKind> = new Set([
  "global",
  "vrf",
  "dial-peer",
  "sip-ua",
  "other",
]);
const REPORTED_CONTEXTS: ReadonlySet<ContextKind> = new Set(
  CONTEXT_KINDS.filter((kind) => !UNREPORTED_CONTEXTS.has(kind)),
);

class TreeBuilder {
  readonly roots: number[] = [];
  /** The open blocks' ordinals, outermost first: each is a child of the one before it. */
  private readonly stack: number[] = [];
  private readonly head = new LineHead();

  constructor(
    readonly table: NodeTable,
    private readonly diagnostics: Diagnostic[],
    private readonly transcript: boolean,
  ) {}

  /**
   * Adds one command and returns its ordinal: its words start at `headText[headStart]`, and its
   * text is sliced from `rewritten` if given, else from the input (column 1 of its line at
   * `base`). `indent` is -1 for a transcript command; `subMode` says whether a transcript command
   * was typed in a sub-mode.
   */
  add(
    headText: string,
    headStart: number,
    rewritten: string | null,
    base: number,
    indent: number,
    line: number,
    column: number,
    endColumn: number,
    subMode: boolean,
  ): number {
    const stack = this.stack;
    const table = this.table;
    let parent = -1;
    let reattached = false;
    let head: LineHead | null = null;
    if (indent > 0) {
      while (stack.length > 0 && Math.max(table.indentAt(stack[stack.length - 1]!), 0) >= indent) stack.pop();
      parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    } else {
      // Column 0 (or a transcript command): IOS keeps a command in the current mode when that
      // mode accepts it, so re-attach by context instead of trusting the indentation.
      head = this.head.reset(headText, headStart);
      const global = isUnambiguousGlobalHead(head) && !subMode;
      if (!global) {
        for (let i = stack.length - 1; i >= 0; i--) {
          const open = stack[i]!;
          if (acceptsSubcommandHead(table.contextAt(open), head)) {
            parent = open;
            while (stack.length > i + 1) stack.pop();
            reattached = true;
            break;
          }
        }
      }
      // Popped, not truncated: `length = 0` gives the array up, and the next push allocates anew.
      if (parent < 0) while (stack.length > 0) stack.pop();
    }
    const parentContext: ContextKind = parent < 0 ? "global" : table.contextAt(parent);
    const context = contextOpenedByHead(parentContext, head ?? this.head.reset(headText, headStart));
    const o = table.add(rewritten, base, line, column, endColumn, indent, parent, context, reattached);
    if (parent < 0) this.roots.push(o);
    stack.push(o);
    if (reattached && !this.transcript && REPORTED_CONTEXTS.has(table.contextAt(parent))) {
      this.diagnostics.push({
        code: "misindented-line",
        severity: "note",
        message: `"${table.textAt(o)}" at column ${column} belongs to "${table.textAt(parent)}" (line ${table.line[parent]}); attached by context, as IOS does when the configuration is pasted`,
        location: table.locationAt(o),
        related: [table.locationAt(parent)],
      });
    }
    return o;
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

/** `/^[0-9A-Fa-f ]+$/` on `s` from `start`, without a regular expression. */
function isHexLine(s: string, start: number): boolean {
  if (start >= s.length) return false;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 32;
    if (!ok) return false;
  }
  return true;
}

/** Tabs read as spaces, without a regular expression for the lines (nearly all) that have none. */
function tabsToSpaces(s: string): string {
  return s.indexOf("\t") === -1 ? s : s.replace(/\t/g, " ");
}

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
      return new ReaderTree(
        new NodeTable(file, "", 0),
        [],
        new Uint32Array(0),
        new Uint32Array(0),
        new Uint8Array(0),
        diagnostics,
        false,
      );
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

  // Lines as `text.split("\n")` gives them, without a final empty one; read in place, so that no
  // string is kept per line.
  let newlines = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) newlines++;
  const lineTotal = text.length === 0 || text.charCodeAt(text.length - 1) === 10 ? newlines : newlines + 1;
  if (isBlankText(text)) {
    diagnostics.push({
      code: "empty-input",
      severity: "error",
      message: "the file is empty",
      location: { file, line: 1, column: 1, endColumn: 1 },
    });
  }

  // One search of the whole text first: a running-config has no `(config` at all.
  const transcript = text.includes("(config") && /\(config[\w-]*\)#/.test(text);
  if (transcript) {
    diagnostics.push({
      code: "cli-transcript",
      severity: "note",
      message:
        "the file is a CLI session transcript with (config…)# prompts, not a running-config; commands are read in the modes IOS would put them in",
      location: { file, line: 1, column: 1, endColumn: 1 },
    });
  }

  const builder = new TreeBuilder(new NodeTable(file, text, lineTotal), diagnostics, transcript);
  const table = builder.table;
  const starts = new Uint32Array(lineTotal);
  const ends = new Uint32Array(lineTotal);
  const kinds = new Uint8Array(lineTotal);
  let mode: Mode = { kind: "normal" };

  let next = 0;
  for (let i = 0; i < lineTotal; i++) {
    const lineNo = i + 1;
    const lineStart = next;
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    next = lineEnd + 1;
    // A short-lived copy for reading the line: what stays is its start and end.
    const raw = trimEndBlanks(text.slice(lineStart, lineEnd));
    starts[i] = lineStart;
    ends[i] = lineStart + raw.length;
    const indent = leadingBlanks(raw);
    const empty = indent === raw.length;
    let kind: LineKind;

    if (mode.kind === "banner") {
      kind = "banner";
      if (raw.includes(mode.delimiter)) mode = { kind: "normal" };
      kinds[i] = LINE_KIND_CODE[kind];
      continue;
    }
    if (mode.kind === "cert") {
      if (raw.length - indent === 4 && raw.startsWith("quit", indent)) {
        kinds[i] = LINE_KIND_CODE.certificate;
        mode = { kind: "normal" };
        continue;
      }
      if (indent > 0 && isHexLine(raw, indent)) {
        kinds[i] = LINE_KIND_CODE.certificate;
        continue;
      }
      if (!empty) {
        diagnostics.push({
          code: "unterminated-certificate",
          severity: "warning",
          message: "certificate data is not closed by `quit`",
          location: mode.header,
        });
        mode = { kind: "normal" };
      }
    }

    const first = raw.charCodeAt(indent);
    if (empty) kind = "blank";
    else if (first === 33 /* ! */) kind = "comment";
    else if (transcript)
      kind = readTranscriptLine(builder, raw, lineNo)
        ? "command"
        : first === 37 /* % */
          ? "output"
          : "prompt";
    else if (indent === 0 && raw === "end") kind = "end";
    else if (indent === 0 && isHeaderLine(raw)) kind = "header";
    else if (indent === 0 && isExecPromptLine(raw)) kind = "prompt";
    else {
      kind = "command";
      // The node keeps the line itself (its text is the end of the line) unless tabs after the
      // indentation must be read as spaces.
      const hasTab = raw.indexOf("\t", indent) !== -1;
      const rewritten = hasTab ? raw.slice(indent).replace(/\t/g, " ") : null;
      const o =
        rewritten === null
          ? builder.add(raw, indent, null, lineStart, indent, lineNo, indent + 1, raw.length + 1, false)
          : builder.add(rewritten, 0, rewritten, -indent, indent, lineNo, indent + 1, raw.length + 1, false);
      if (table.parent[o]! < 0 && firstWordIs(raw, "banner", indent)) {
        const content = raw.slice(indent);
        const banner = bannerDelimiter(splitWords(content, indent), content, indent);
        if (banner !== null && !banner.closed)
          mode = { kind: "banner", delimiter: banner.delimiter, header: table.locationAt(o) };
      } else if (indent > 0 && firstWordIs(raw, "certificate", indent)) {
        mode = { kind: "cert", header: table.locationAt(o) };
      }
    }
    kinds[i] = LINE_KIND_CODE[kind];
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
  table.finish();
  markDuplicateStanzas(table, builder.roots, diagnostics, transcript);
  return new ReaderTree(table, builder.roots, starts, ends, kinds, diagnostics, transcript);
}

/** Adds the configuration commands of one transcript line; true when there was at least one. */
function readTranscriptLine(builder: TreeBuilder, raw: string, lineNo: number): boolean {
  let added = false;
  for (const seg of splitTranscriptLine(raw)) {
    // Exec commands (`enable`, `configure terminal`) and device messages are not configuration.
    if (seg.afterPrompt && (seg.mode === null || !seg.mode.startsWith("config"))) continue;
    if (!seg.afterPrompt && seg.text.startsWith("%")) continue;
    if (seg.text === "") continue;
    const command = tabsToSpaces(seg.text);
    builder.add(
      command,
      0,
      command,
      -seg.offset,
      -1,
      lineNo,
      seg.offset + 1,
      seg.offset + seg.text.length + 1,
      seg.mode !== null && seg.mode !== "config",
    );
    added = true;
  }
  return added;
}

/** The identity of a top-level stanza: interface names normalized, keywords case-folded. */
function stanzaKey(table: NodeTable, o: number): string {
  const words = wordsOf(table.textAt(o));
  if (table.contextAt(o) === "interface" && words.length >= 2) {
    return `interface ${normalizeInterfaceName(words.slice(1).join(""))}`;
  }
  return words.map((w) => w.toLowerCase()).join(" ");
}

function markDuplicateStanzas(
  table: NodeTable,
  roots: readonly number[],
  diagnostics: Diagnostic[],
  transcript: boolean,
): void {
  const first = new Map<string, number>();
  // Indexed loops here and in the other once-per-file passes: `for…of` allocates a result object
  // per element until the loop is optimized.
  for (let i = 0; i < roots.length; i++) {
    const o = roots[i]!;
    if (!table.hasChildren(o) || firstWordIs(table.textAt(o), "banner")) continue;
    const key = stanzaKey(table, o);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, o);
      continue;
    }
    table.markDuplicateOf(o, earlier);
    // Transcripts revisit modes as a matter of course; only running-configs report it.
    if (!transcript) {
      diagnostics.push({
        code: "duplicate-stanza",
        severity: "note",
        message: `"${table.textAt(o)}" is given again (first at line ${table.line[earlier]}); the two blocks are merged in order, later commands replacing earlier ones`,
        location: table.locationAt(o),
        related: [table.locationAt(earlier)],
      });
    }
  }
}
