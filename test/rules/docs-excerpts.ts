/** Reads the failing and passing examples out of a rule's page in rules-docs/. */
import type { ExpectedFinding } from "./rule-tester.js";

export interface DocExample {
  readonly kind: "failing" | "passing";
  readonly a: string;
  readonly b: string | null;
  readonly expected: ExpectedFinding[];
}

const FENCE = /^```ios (a|b)\.cfg\s*$/;
const RESULT = /^Result: (error|warning|note) at (a|b) line (\d+)(?: \(related: ([^)]*)\))?\s*$/;
const RELATED = /^(a|b) line (\d+)$/;

/** Splits a page into its `## Failing example` / `## Passing example` sections and reads them. */
export function readDocExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  let current: {
    kind: "failing" | "passing";
    a: string | null;
    b: string | null;
    expected: ExpectedFinding[];
  } | null = null;
  let fence: { side: "a" | "b"; lines: string[] } | null = null;
  const flush = () => {
    if (current !== null && current.a !== null)
      examples.push({ kind: current.kind, a: current.a, b: current.b, expected: current.expected });
  };
  for (const line of markdown.split("\n")) {
    if (fence !== null) {
      if (line.startsWith("```")) {
        if (current !== null) current[fence.side] = `${fence.lines.join("\n")}\n`;
        fence = null;
      } else fence.lines.push(line);
      continue;
    }
    if (line.startsWith("## ")) {
      flush();
      const heading = line.slice(3).toLowerCase();
      current = heading.startsWith("failing example")
        ? { kind: "failing", a: null, b: null, expected: [] }
        : heading.startsWith("passing example")
          ? { kind: "passing", a: null, b: null, expected: [] }
          : null;
      continue;
    }
    if (current === null) continue;
    const f = FENCE.exec(line);
    if (f) {
      fence = { side: f[1] as "a" | "b", lines: [] };
      continue;
    }
    const r = RESULT.exec(line);
    if (r) {
      const related = (r[4] ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "")
        .map((s) => {
          const m = RELATED.exec(s);
          if (!m) throw new Error(`bad related location "${s}" in: ${line}`);
          return { side: m[1] as "a" | "b", line: Number(m[2]) };
        });
      current.expected.push({
        level: r[1] as "error" | "warning" | "note",
        side: r[2] as "a" | "b",
        line: Number(r[3]),
        related,
      });
    }
  }
  flush();
  return examples;
}
