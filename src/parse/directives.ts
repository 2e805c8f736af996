/**
 * Inline suppression comments in a configuration (`! rglint-disable-next-line RG104 -- reason`,
 * `! rglint-disable RG203 -- reason` … `! rglint-enable RG203`): read from the `!` lines the
 * reader kept, and resolved into the lines each one covers. Which rule IDs exist is the caller's
 * knowledge (a predicate), so this stays below the rules.
 */
import type { ConfigTree, SourceLine, SourceLocation } from "./types.js";

export type DirectiveKind = "disable-next-line" | "disable" | "enable";

const KINDS: readonly DirectiveKind[] = ["disable-next-line", "disable", "enable"];

export interface DirectiveRule {
  /** Upper-cased, e.g. `RG104`. */
  readonly id: string;
  readonly location: SourceLocation;
}

export interface SuppressionDirective {
  readonly kind: DirectiveKind;
  readonly rules: readonly DirectiveRule[];
  /** The text after `--`, trimmed; null when there is none. */
  readonly reason: string | null;
  /** The comment, from its `!` to its last character. */
  readonly location: SourceLocation;
  /** The comment without indentation: `! rglint-disable RG203 -- CUBE pair`. */
  readonly text: string;
  /** Some word before `--` is not a rule ID (reported by `readDirectives`). */
  readonly malformed: boolean;
}

/** Lines `firstLine`…`lastLine` of one file where findings of `ruleId` are suppressed. */
export interface Suppression {
  readonly ruleId: string;
  readonly directive: SuppressionDirective;
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface DirectiveProblem {
  readonly message: string;
  readonly location: SourceLocation;
  /** Stable key for the fingerprint: the problem and the comment, no line number. */
  readonly subject: string;
}

export interface ResolvedDirectives {
  readonly directives: readonly SuppressionDirective[];
  /** Only from directives that are well-formed, name known rules and give a reason. */
  readonly suppressions: readonly Suppression[];
  readonly problems: readonly DirectiveProblem[];
}

const DIRECTIVE = /^(!+[ \t]*)(rglint-[A-Za-z-]*)(.*)$/;
const RULE_ID = /^RG\d{3}$/i;
/** `--` between spaces (or at the start or end of the rest) separates the rules from the reason. */
const REASON_SEPARATOR = /(^|[ \t])--([ \t]|$)/;

interface Lexed {
  readonly directive: SuppressionDirective | null;
  readonly problems: DirectiveProblem[];
}

function collapse(text: string): string {
  return text.trim().replace(/[ \t]+/g, " ");
}

function lexComment(line: SourceLine, file: string): Lexed | null {
  const indent = line.text.length - line.text.trimStart().length;
  const text = line.text.slice(indent);
  const m = DIRECTIVE.exec(text);
  if (m === null) return null;
  const location: SourceLocation = {
    file,
    line: line.line,
    column: indent + 1,
    endColumn: line.text.length + 1,
  };
  const keyword = m[2]!;
  const kind = KINDS.find((k) => `rglint-${k}` === keyword.toLowerCase());
  if (kind === undefined) {
    return {
      directive: null,
      problems: [
        {
          message: `"${keyword}" is not an rglint directive (expected rglint-disable-next-line, rglint-disable or rglint-enable)`,
          location,
          subject: `unknown-directive:${collapse(text)}`,
        },
      ],
    };
  }
  const rest = m[3]!;
  const restStart = indent + m[1]!.length + keyword.length;
  const separator = REASON_SEPARATOR.exec(rest);
  const rulePart = separator === null ? rest : rest.slice(0, separator.index);
  const reasonText =
    separator === null ? null : rest.slice(separator.index + separator[1]!.length + 2).trim();
  const problems: DirectiveProblem[] = [];
  const rules: DirectiveRule[] = [];
  const token = /[^ \t,]+/g;
  for (let t = token.exec(rulePart); t !== null; t = token.exec(rulePart)) {
    const column = restStart + t.index + 1;
    const tokenLocation = { file, line: line.line, column, endColumn: column + t[0].length };
    if (RULE_ID.test(t[0])) rules.push({ id: t[0].toUpperCase(), location: tokenLocation });
    else
      problems.push({
        message: `"${t[0]}" in ${keyword} is not a rule ID (write IDs such as RG104, then "-- reason")`,
        location: tokenLocation,
        subject: `not-a-rule-id:${t[0]}:${collapse(text)}`,
      });
  }
  const reason = reasonText === null || reasonText === "" ? null : reasonText;
  return {
    directive: { kind, rules, reason, location, text: collapse(text), malformed: problems.length > 0 },
    problems,
  };
}

interface ReadDirectives {
  readonly directives: readonly SuppressionDirective[];
  readonly problems: readonly DirectiveProblem[];
}

/** Per tree: the check, the inline-suppression step and RG607 all ask. */
const READ = new WeakMap<ConfigTree, ReadDirectives>();

/** The directives of one file and the problems of their syntax, in line order. */
export function readDirectives(tree: ConfigTree): ReadDirectives {
  let read = READ.get(tree);
  if (read === undefined) {
    read = scanDirectives(tree);
    READ.set(tree, read);
  }
  return read;
}

function scanDirectives(tree: ConfigTree): ReadDirectives {
  const directives: SuppressionDirective[] = [];
  const problems: DirectiveProblem[] = [];
  for (let line = 1; line <= tree.lineCount; line++) {
    // The line's kind first (a number in an array), then its text: few lines are comments.
    if (tree.lineKind(line) !== "comment") continue;
    const text = tree.lineText(line);
    if (!text.includes("rglint-")) continue;
    const lexed = lexComment({ line, kind: "comment", text }, tree.file);
    if (lexed === null) continue;
    problems.push(...lexed.problems);
    if (lexed.directive !== null) directives.push(lexed.directive);
  }
  return { directives, problems };
}

/** The next configuration line after `index` (comments and blank lines are skipped, so directives stack). */
function nextConfigLine(tree: ConfigTree, index: number): number | null {
  for (let i = index + 1; i < tree.lineCount; i++) {
    const kind = tree.lineKind(i + 1);
    if (kind !== "comment" && kind !== "blank") return i + 1;
  }
  return null;
}

interface OpenBlock {
  readonly directive: SuppressionDirective;
  /** False when the directive itself has a problem: it suppresses nothing but still pairs with its enable. */
  readonly valid: boolean;
}

/**
 * Resolves the directives of one file into suppressed line ranges, and reports every directive
 * that cannot take effect: no rule, an unknown rule, no reason, an `enable` with nothing open,
 * a `disable-next-line` at the end of the file. A directive without a reason suppresses nothing.
 */
export function resolveDirectives(
  tree: ConfigTree,
  isKnownRule: (id: string) => boolean,
): ResolvedDirectives {
  const read = readDirectives(tree);
  const directives = read.directives;
  // A copy: the read is shared, and the problems found below are added to it.
  const problems = [...read.problems];
  const suppressions: Suppression[] = [];
  const open = new Map<string, OpenBlock>();
  const lastLine = tree.lineCount;
  const problem = (d: SuppressionDirective, code: string, message: string): void => {
    problems.push({ message, location: d.location, subject: `${code}:${d.text}` });
  };

  for (const d of directives) {
    const keyword = `rglint-${d.kind}`;
    if (d.kind === "enable") {
      const ids = d.rules.length === 0 ? [...open.keys()] : d.rules.map((r) => r.id);
      for (const id of ids) {
        const block = open.get(id);
        if (block === undefined) {
          problem(d, "enable-without-disable", `${keyword} ${id} has no rglint-disable ${id} before it`);
          continue;
        }
        open.delete(id);
        if (block.valid)
          suppressions.push({
            ruleId: id,
            directive: block.directive,
            firstLine: block.directive.location.line,
            lastLine: d.location.line,
          });
      }
      continue;
    }
    if (d.rules.length === 0) {
      // A word that is not a rule ID was reported already.
      if (!d.malformed)
        problem(
          d,
          "no-rule",
          `${keyword} names no rule: write the rule IDs, e.g. "${keyword} RG104 -- reason"`,
        );
      continue;
    }
    const unknown = d.rules.filter((r) => !isKnownRule(r.id));
    for (const r of unknown) {
      problems.push({
        message: `${keyword} names ${r.id}, which is not an rglint rule (see \`rglint rules\`)`,
        location: r.location,
        subject: `unknown-rule:${r.id}:${d.text}`,
      });
    }
    const valid = d.reason !== null;
    if (!valid) {
      problem(
        d,
        "no-reason",
        `${keyword} ${d.rules.map((r) => r.id).join(", ")} gives no reason: add one after "--", e.g. "${keyword} ${d.rules[0]!.id} -- why this is intended"; until then it suppresses nothing`,
      );
    }
    const known = d.rules.filter((r) => isKnownRule(r.id));
    if (d.kind === "disable-next-line") {
      const index = d.location.line - 1;
      const target = nextConfigLine(tree, index);
      if (target === null) {
        problem(d, "no-next-line", `${keyword} is not followed by a configuration line`);
        continue;
      }
      if (!valid) continue;
      for (const r of known)
        suppressions.push({ ruleId: r.id, directive: d, firstLine: target, lastLine: target });
      continue;
    }
    for (const r of d.rules) {
      // A second disable of an open rule ends the first block where the second begins.
      const previous = open.get(r.id);
      if (previous?.valid === true)
        suppressions.push({
          ruleId: r.id,
          directive: previous.directive,
          firstLine: previous.directive.location.line,
          lastLine: d.location.line - 1,
        });
      // An unknown rule's block suppresses nothing, but its enable is not reported again.
      open.set(r.id, { directive: d, valid: valid && isKnownRule(r.id) });
    }
  }
  // A block without its enable runs to the end of the file.
  for (const [id, block] of open) {
    if (block.valid)
      suppressions.push({
        ruleId: id,
        directive: block.directive,
        firstLine: block.directive.location.line,
        lastLine,
      });
  }
  problems.sort((x, y) => x.location.line - y.location.line || x.location.column - y.location.column);
  return { directives, suppressions, problems };
}
