/**
 * The terminal view of a simulation: one row per scenario and group, black holes, dual-active and
 * stateless switchovers standing out (in colour on a terminal), then why those rows happen and the
 * assumptions the run relied on.
 */
import { failingOutcomes, type Simulation } from "../simulate/index.js";
import { type Paint, paintFor, type Style } from "./ansi.js";
import {
  failbackCell,
  isNotable,
  type Label,
  outcomeLabels,
  roleCell,
  summaryLine,
  switchoverCell,
  type Tone,
  verdict,
} from "./simulation-common.js";
import type { SimulationEmitOptions } from "./simulation-context.js";

function toneStyle(paint: Paint, tone: Tone): Style {
  switch (tone) {
    case "bad":
      return (t) => paint.bold(paint.red(t));
    case "warn":
      return paint.yellow;
    case "ok":
      return paint.green;
    case "quiet":
      return paint.dim;
  }
}

interface Row {
  readonly cells: readonly string[];
  readonly labels: readonly Label[];
}

export function emitSimulationTable(simulation: Simulation, options: SimulationEmitOptions): string {
  const paint = paintFor(options.color);
  const { a, b } = simulation.pair;
  const header = [
    "scenario",
    "group",
    a.displayName,
    b.displayName,
    "outcome",
    "switchover after",
    "failback",
  ];
  const rows: Row[] = [];
  for (const scenario of simulation.scenarios) {
    for (const o of scenario.groups) {
      const labels = outcomeLabels(o);
      rows.push({
        cells: [
          scenario.id,
          String(o.group),
          roleCell(o, "a"),
          roleCell(o, "b"),
          labels.map((l) => l.text).join(", ") || "-",
          switchoverCell(o),
          failbackCell(o, simulation),
        ],
        labels,
      });
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i]!.length)));
  const pad = (text: string, i: number) => text.padEnd(widths[i]!);
  const out: string[] = [];
  out.push(
    `${paint.bold(a.displayName)} ${paint.dim(`(${a.file})`)} + ${paint.bold(b.displayName)} ${paint.dim(`(${b.file})`)}`,
  );
  out.push("");
  out.push(paint.bold(header.map(pad).join("  ").trimEnd()));
  for (const row of rows) {
    const cells = row.cells.map((c, i) => {
      const padded = pad(c, i);
      if (i !== 4 || row.labels.length === 0) return padded;
      // Colour each label, keep the padding plain.
      const coloured = row.labels.map((l) => toneStyle(paint, l.tone)(l.text)).join(", ");
      return coloured + " ".repeat(widths[i]! - c.length);
    });
    out.push(cells.join("  ").trimEnd());
  }

  const notable = simulation.scenarios.flatMap((s) =>
    s.groups.filter(isNotable).map((o) => ({ scenario: s, outcome: o })),
  );
  if (notable.length > 0) {
    out.push("", paint.bold("Why"));
    for (const { scenario, outcome } of notable) {
      const labels = outcomeLabels(outcome)
        .filter((l) => l.tone === "bad" || l.tone === "warn")
        .map((l) => toneStyle(paint, l.tone)(l.text))
        .join(", ");
      out.push(`  ${paint.bold(`${scenario.id}, group ${outcome.group}`)}: ${labels}`);
      for (const reason of outcome.reasons) out.push(`    - ${reason}`);
    }
  }

  if (simulation.assumptions.length > 0) {
    out.push("", paint.bold("Assumptions this run relied on (verify on a device)"));
    for (const assumption of simulation.assumptions) {
      out.push(
        `  ${paint.cyan(`[${assumption.tag}]`)} ${assumption.text} ${paint.dim(`(${assumption.source})`)}`,
      );
    }
  }

  out.push("", summaryLine(simulation));
  const failing = failingOutcomes(simulation, options.failOn);
  const line = verdict(failing, options.failOn);
  if (line !== null)
    out.push(failing.length > 0 ? `${paint.red("✖")} ${line}` : `${paint.green("✔")} ${line}`);
  return `${out.join("\n")}\n`;
}
