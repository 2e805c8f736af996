import { createTwoFilesPatch, diffArrays } from "diff";
import type { Chassis, RedundancyApplication } from "../../model/types.js";
import type { PairRule } from "../types.js";
import {
  LEFT_OUT_RULES,
  type RenderedLine,
  renderContexts,
  renderRedundancy,
} from "./normalized-redundancy.js";

/** Where the first difference is: B's line (or the B block that lacks A's line) and A's. */
interface FirstDifference {
  readonly b: RenderedLine;
  readonly a: RenderedLine;
  /** True when the first difference is a line A has and B lacks. */
  readonly missingOnB: boolean;
}

/** The last line before `index` that encloses a line of `depth` (the block it belongs in). */
function enclosing(lines: readonly RenderedLine[], index: number, depth: number): RenderedLine {
  for (let i = Math.min(index, lines.length) - 1; i >= 0; i--) {
    if (lines[i]!.depth < depth) return lines[i]!;
  }
  return lines[0]!;
}

function firstDifference(a: readonly RenderedLine[], b: readonly RenderedLine[]): FirstDifference | null {
  const changes = diffArrays(
    a.map((l) => l.text),
    b.map((l) => l.text),
  );
  let ia = 0;
  let ib = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      ia += change.count;
      ib += change.count;
      continue;
    }
    if (change.added) {
      // A line B has and A lacks: on that line, with the A block it would belong in.
      const line = b[ib]!;
      return { b: line, a: enclosing(a, ia, line.depth), missingOnB: false };
    }
    const removed = a[ia]!;
    const next = changes[i + 1];
    if (next?.added) return { b: b[ib]!, a: removed, missingOnB: false }; // a changed line
    // A line A has and B lacks: on the B block it belongs in.
    return { b: enclosing(b, ib, removed.depth), a: removed, missingOnB: true };
  }
  return null;
}

function text(lines: readonly RenderedLine[]): string {
  return `${lines.map((l) => l.text).join("\n")}\n`;
}

/** `4 lines` / `1 line`. */
function lines(n: number): string {
  return `${n} ${n === 1 ? "line" : "lines"}`;
}

export const rg601: PairRule = {
  id: "RG601",
  name: "redundancy-block-drift",
  level: "warning",
  tags: ["drift"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription:
    "The `redundancy` blocks differ in something other than the per-chassis fields (priority, failover threshold, preempt) that no more specific rule reports; the message carries a unified diff of the normalized blocks.",
  fullDescription:
    "Cisco requires all application redundancy configuration to be identical on both devices, apart from what sets each chassis' role (priority, failover threshold, preempt). rglint renders each chassis' `redundancy` block as canonical text (groups and protocol instances sorted, interface names normalized, defaults omitted, keys shown as `<secret>`) and compares the two. Left out are the per-chassis fields and what more specific rules report: `mode` (RG603), groups defined on one chassis only (RG201), the track lines of a group that tracks an undefined object (RG205), group timers (RG208), the timers, authentication and BFD of the protocol instance a group uses (RG303), protocol instances referenced without a block (RG304) and asymmetric routing (RG503). What remains (group names, control and data interfaces, protocol numbers, tracks, `shutdown`, protocol names and unused protocol instances) is reported once per pair, with the diff from A to B in the message.",
  check({ pair }, report) {
    const appA: RedundancyApplication | null = pair.a.redundancy;
    const appB: RedundancyApplication | null = pair.b.redundancy;
    if (appA === null || appB === null) return; // RG605 / RG201
    const contexts = renderContexts(pair);
    const renderedA = renderRedundancy(appA, contexts.a, false);
    const renderedB = renderRedundancy(appB, contexts.b, true);
    const first = firstDifference(renderedA, renderedB);
    if (first === null) return;
    const label = (c: Chassis, side: string) => `${c.displayName} (${side}, normalized)`;
    const patch = createTwoFilesPatch(
      label(pair.a, "a"),
      label(pair.b, "b"),
      text(renderedA),
      text(renderedB),
      undefined,
      undefined,
      {
        context: 3,
        headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
      },
    ).trimEnd();
    const body = patch.split("\n").filter((l) => !l.startsWith("+++") && !l.startsWith("---"));
    const onlyA = body.filter((l) => l.startsWith("-")).length;
    const onlyB = body.filter((l) => l.startsWith("+")).length;
    const secrets =
      renderedA.some((l) => l.text.includes("<secret>")) ||
      renderedB.some((l) => l.text.includes("<secret>"));
    const notes = [
      `Compared without priority, failover threshold and preempt (per chassis) and without what ${LEFT_OUT_RULES.slice(0, -1).join(", ")} and ${LEFT_OUT_RULES.at(-1)} report.`,
      ...(secrets
        ? [
            "Keys are never shown: a key line is marked when the keys differ; keys of the protocol instance a group uses are compared by RG303.",
          ]
        : []),
    ];
    const bn = pair.b.displayName;
    const an = pair.a.displayName;
    const where = first.missingOnB
      ? `${bn} lacks \`${first.a.text.trim()}\` (${an} line ${first.a.location.line})`
      : `first at \`${first.b.text.trim()}\``;
    report({
      message: `${bn}'s \`redundancy\` block differs from ${an}'s where no more specific rule reports it (${where}; ${lines(onlyA)} only on ${an}, ${lines(onlyB)} only on ${bn}, normalized).\n${notes.join("\n")}\n${patch}`,
      location: first.b.location,
      side: "b",
      related: [{ location: first.a.location, message: `\`${first.a.text.trim()}\` on ${an}` }],
      fix: `Make the \`redundancy\` blocks the same on both chassis apart from priority, failover threshold and preempt: the diff goes from ${an} (-) to ${bn} (+).`,
      subject: "redundancy",
    });
  },
};
