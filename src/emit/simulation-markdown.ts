/**
 * The simulation as Markdown for `$GITHUB_STEP_SUMMARY` or a pull-request comment: the summary and
 * verdict, a table of scenarios and groups, a Mermaid diagram per group (GitHub renders it), why
 * the rows that stand out happen, and the assumptions.
 */
import { failingOutcomes, type GroupOutcome, type Roles, type Simulation } from "../simulate/index.js";
import {
  duration,
  failbackCell,
  isNotable,
  outcomeLabels,
  roleCell,
  summaryLine,
  switchoverCell,
  verdict,
} from "./simulation-common.js";
import type { SimulationEmitOptions } from "./simulation-context.js";

/** Step summaries are capped at 1 MiB: long tables keep the baseline and the notable rows. */
const MAX_ROWS = 200;
/** Scenario IDs named on one diagram edge. */
const MAX_EDGE_IDS = 3;

const ICON = { bad: "🔴", warn: "🟡", ok: "🟢", quiet: "⚪" } as const;

/** One table cell: first line only, no pipes or HTML. */
function cell(text: string): string {
  return (text.split(/\r?\n/)[0] ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|");
}

/** Text inside a quoted Mermaid label. */
function label(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

function outcomeCell(o: GroupOutcome): string {
  const labels = outcomeLabels(o);
  if (labels.length === 0) return "-";
  return labels
    .map((l) => `${ICON[l.tone]} ${l.tone === "bad" ? `**${cell(l.text)}**` : cell(l.text)}`)
    .join(", ");
}

function table(simulation: Simulation): string[] {
  const { a, b } = simulation.pair;
  const rows = simulation.scenarios.flatMap((s) => s.groups.map((o) => ({ scenario: s, outcome: o })));
  let shown = rows;
  const notes: string[] = [];
  if (rows.length > MAX_ROWS) {
    shown = rows.filter((r) => r.scenario.faults.length === 0 || isNotable(r.outcome)).slice(0, MAX_ROWS);
    notes.push(
      `_${rows.length - shown.length} of ${rows.length} rows are not shown (only the baseline and the rows that stand out are): \`rglint simulate --format json\` has them all._`,
    );
  }
  const out = [
    `| Scenario | Group | ${cell(a.displayName)} | ${cell(b.displayName)} | Outcome | Switchover after | Failback |`,
    "|:--|--:|:--|:--|:--|--:|:--|",
  ];
  for (const { scenario, outcome } of shown) {
    out.push(
      `| \`${cell(scenario.id)}\` | ${outcome.group} | ${cell(roleCell(outcome, "a"))} | ${cell(roleCell(outcome, "b"))} | ${outcomeCell(outcome)} | ${switchoverCell(outcome)} | ${cell(failbackCell(outcome, simulation))} |`,
    );
  }
  return notes.length > 0 ? [...out, "", ...notes] : out;
}

function rolesLabel(simulation: Simulation, roles: Roles): string {
  const { a, b } = simulation.pair;
  return `${a.displayName} ${roles.a ?? "?"} · ${b.displayName} ${roles.b ?? "?"}`;
}

/** A flowchart from the baseline to each distinct outcome, with the scenarios on the edges and failback back. */
function diagram(simulation: Simulation, group: number): string[] {
  const prefix = `g${group}`;
  const nodes = new Map<string, { id: string; text: readonly string[]; tone: "bad" | "warn" | null }>();
  const edges = new Map<
    string,
    { from: string; to: string; ids: string[]; times: Set<string>; dashed: boolean }
  >();
  /** A node per distinct outcome; `text` is its lines. */
  const node = (key: string, text: readonly string[], tone: "bad" | "warn" | null): string => {
    let n = nodes.get(key);
    if (n === undefined) {
      n = { id: `${prefix}s${nodes.size}`, text, tone };
      nodes.set(key, n);
    }
    return n.id;
  };
  const edge = (from: string, to: string, id: string, time: string | null, dashed: boolean) => {
    const key = `${from}>${to}>${dashed}`;
    let e = edges.get(key);
    if (e === undefined) {
      e = { from, to, ids: [], times: new Set(), dashed };
      edges.set(key, e);
    }
    e.ids.push(id);
    if (time !== null) e.times.add(time);
  };
  const baseline = simulation.scenarios
    .find((s) => s.faults.length === 0)
    ?.groups.find((o) => o.group === group);
  const baseRoles: Roles | null = baseline?.after ?? null;
  const baseKey = baseRoles === null ? "baseline" : `${baseRoles.a}|${baseRoles.b}|`;
  const baseTone =
    baseline !== undefined && isNotable(baseline)
      ? baseline.dualActive || baseline.blackHole
        ? "bad"
        : "warn"
      : null;
  const start = node(
    baseKey,
    [
      baseRoles === null ? "baseline" : rolesLabel(simulation, baseRoles),
      `baseline${baseline?.undetermined ? ", undetermined" : ""}`,
    ],
    baseTone,
  );
  for (const scenario of simulation.scenarios) {
    if (scenario.faults.length === 0) continue;
    const o = scenario.groups.find((g) => g.group === group);
    if (o === undefined) continue;
    const labels = outcomeLabels(o).filter((l) => l.tone === "bad" || l.tone === "warn");
    const unchanged = o.after.a === baseRoles?.a && o.after.b === baseRoles?.b;
    if (unchanged && labels.length === 0) continue;
    const tone = labels.some((l) => l.tone === "bad") ? "bad" : labels.length > 0 ? "warn" : null;
    const words = labels.map((l) => l.text).join(", ");
    const target = node(
      `${o.after.a}|${o.after.b}|${words}`,
      words === "" ? [rolesLabel(simulation, o.after)] : [rolesLabel(simulation, o.after), words],
      tone,
    );
    edge(
      start,
      target,
      scenario.id,
      o.switchoverAfterMs === null ? null : duration(o.switchoverAfterMs),
      false,
    );
    if (o.failback !== null) {
      const other = o.failback.active === "a" ? "b" : "a";
      const roles: Roles = {
        a: o.failback.active === "a" ? "ACTIVE" : "STANDBY",
        b: other === "b" ? "STANDBY" : "ACTIVE",
      };
      const backKey = `${roles.a}|${roles.b}|`;
      const back = backKey === baseKey ? start : node(backKey, [rolesLabel(simulation, roles)], null);
      edge(target, back, scenario.id, duration(o.failback.afterMs), true);
    }
  }
  const out = ["```mermaid", "flowchart LR"];
  for (const n of nodes.values()) out.push(`  ${n.id}["${n.text.map(label).join("<br/>")}"]`);
  for (const e of edges.values()) {
    const times = [...e.times].join(" / ");
    if (e.dashed) {
      out.push(`  ${e.from} -.->|"${label(`failback after ${times}`)}"| ${e.to}`);
      continue;
    }
    const ids =
      e.ids.length <= MAX_EDGE_IDS
        ? e.ids.join(", ")
        : `${e.ids.slice(0, MAX_EDGE_IDS).join(", ")} +${e.ids.length - MAX_EDGE_IDS} more`;
    out.push(`  ${e.from} -->|"${label(times === "" ? ids : `${ids} (${times})`)}"| ${e.to}`);
  }
  const bad = [...nodes.values()].filter((n) => n.tone === "bad").map((n) => n.id);
  const warn = [...nodes.values()].filter((n) => n.tone === "warn").map((n) => n.id);
  if (bad.length > 0)
    out.push("  classDef bad fill:#fde2e2,stroke:#c62828,color:#000", `  class ${bad.join(",")} bad`);
  if (warn.length > 0)
    out.push("  classDef warn fill:#fff4d6,stroke:#b7791f,color:#000", `  class ${warn.join(",")} warn`);
  out.push("```");
  return out;
}

export function emitSimulationMarkdown(simulation: Simulation, options: SimulationEmitOptions): string {
  const { a, b } = simulation.pair;
  const out: string[] = [`### rglint simulate: ${cell(a.displayName)} + ${cell(b.displayName)}`, ""];
  const failing = failingOutcomes(simulation, options.failOn);
  const line = verdict(failing, options.failOn);
  out.push(
    `**${cell(summaryLine(simulation))}**${line === null ? "" : `. ${failing.length > 0 ? "❌" : "✅"} ${cell(line)}.`}`,
    "",
  );
  out.push(...table(simulation), "");

  const groups = simulation.scenarios[0]?.groups ?? [];
  for (const g of groups) {
    out.push(
      `#### Group ${g.group}${g.name === null ? "" : ` (${cell(g.name)})`}`,
      "",
      ...diagram(simulation, g.group),
      "",
    );
  }

  const notable = simulation.scenarios.flatMap((s) =>
    s.groups.filter(isNotable).map((o) => ({ scenario: s, outcome: o })),
  );
  if (notable.length > 0) {
    const shown = notable.slice(0, MAX_ROWS);
    out.push(
      `<details><summary>Why: ${notable.length} outcome${notable.length === 1 ? "" : "s"} that stand out</summary>`,
      "",
    );
    for (const { scenario, outcome } of shown) {
      out.push(
        `- **\`${cell(scenario.id)}\`, group ${outcome.group}**: ${outcome.reasons.map(cell).join(" ")}`,
      );
    }
    if (notable.length > shown.length)
      out.push("", `_${notable.length - shown.length} more in the JSON output._`);
    out.push("", "</details>", "");
  }

  if (simulation.assumptions.length > 0) {
    out.push(
      `<details><summary>Assumptions this run relied on (${simulation.assumptions.length}): verify on a device</summary>`,
      "",
    );
    for (const assumption of simulation.assumptions) {
      out.push(`- **[${assumption.tag}]** ${cell(assumption.text)} _(${cell(assumption.source)})_`);
    }
    out.push("", "</details>", "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
