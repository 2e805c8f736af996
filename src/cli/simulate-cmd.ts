/**
 * `rglint simulate A B`: reads the pair, runs the switchover simulation over the chosen scenarios,
 * prints it in the chosen format, and decides the exit code (0; 1 when an outcome named in
 * --fail-on occurs; 2 for usage and input errors).
 */
import { loadChassis } from "../analyze.js";
import { isSimulationFormat, loadSimulationEmitter, SIMULATION_FORMATS } from "../emit/simulation-formats.js";
import { buildPair } from "../model/pair.js";
import type { Chassis, Pair } from "../model/types.js";
import { ParseMemo } from "../parse/grammar/index.js";
import { normalizeInterfaceName } from "../parse/ifname.js";
import {
  defaultScenarios,
  failingOutcomes,
  faultId,
  isOutcome,
  OUTCOMES,
  type Outcome,
  pairCount,
  resolveScenario,
  type Scenario,
  simulate,
  simulatePair,
  singleFaults,
} from "../simulate/index.js";
import { decideColor } from "./color.js";
import { UsageError } from "./errors.js";
import { readInputFile } from "./io.js";
import type { Io } from "./io-streams.js";

export interface SimulateOptions {
  readonly scenario: readonly string[];
  readonly faults?: string | undefined;
  readonly format: string;
  readonly failOn: readonly string[];
  /** `--color` / `--no-color`; undefined when neither was given. */
  readonly color?: boolean | undefined;
}

/** More scenarios than this with `--faults 2` is a usage error: narrow with --scenario. */
export const MAX_DOUBLE_FAULT_SCENARIOS = 250_000;
/** IDs listed in an unknown-scenario error before "and N more". */
const LISTED_IDS = 40;

/** `--fail-on a,b --fail-on c`: the outcomes, validated. */
export function parseFailOn(values: readonly string[]): Outcome[] {
  const out: Outcome[] = [];
  for (const value of values.flatMap((v) => v.split(","))) {
    const name = value.trim();
    if (name === "") continue;
    if (!isOutcome(name))
      throw new UsageError(`--fail-on ${name}: expected one or more of: ${OUTCOMES.join(", ")}`);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function load(file: string, memo: ParseMemo): Chassis {
  const chassis = loadChassis({ file, content: readInputFile(file) }, memo);
  if (!chassis.looksLikeConfig) {
    throw new UsageError(
      `${file}: not an IOS configuration (no line was recognized; \`rglint check\` explains)`,
    );
  }
  return chassis;
}

/** `interface-down:a:Gi0/0/1` → `interface-down:a:GigabitEthernet0/0/1`: IOS abbreviations are accepted. */
function normalizeId(id: string): string {
  return id
    .split("+")
    .map((part) => {
      const m = /^(interface-down:[ab]:)(.+)$/.exec(part.trim());
      return m ? `${m[1]}${normalizeInterfaceName(m[2]!)}` : part.trim();
    })
    .join("+");
}

function chooseScenarios(pair: Pair, ids: readonly string[], faults: 1 | 2 | undefined): Scenario[] | null {
  if (ids.length === 0) {
    if (faults !== 2) return null; // the default set, shared with the 9xx rules
    const singles = singleFaults(pair).length;
    if (pairCount(singles) > MAX_DOUBLE_FAULT_SCENARIOS) {
      throw new UsageError(
        `--faults 2 would simulate ${pairCount(singles)} scenarios (${singles} single faults): pick them with --scenario ID+ID`,
      );
    }
    return defaultScenarios(pair, 2);
  }
  const singles = singleFaults(pair);
  const out: Scenario[] = [];
  const seen = new Set<string>();
  for (const raw of ids
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "")) {
    const found = resolveScenario(normalizeId(raw), singles);
    if (!found.ok) {
      const valid = ["baseline", ...singles.map(faultId)];
      const listed =
        valid.length <= LISTED_IDS
          ? valid.join(", ")
          : `${valid.slice(0, LISTED_IDS).join(", ")} and ${valid.length - LISTED_IDS} more (\`rglint simulate A B --format json\` lists them all)`;
      const problem =
        found.reason === "repeated" ? `names ${found.unknown} twice` : `is not a scenario of this pair`;
      throw new UsageError(
        `--scenario ${raw}: ${found.unknown === raw ? "" : `${found.unknown} `}${problem}; valid IDs (join two with +): ${listed}`,
      );
    }
    if (seen.has(found.scenario.id)) continue;
    seen.add(found.scenario.id);
    out.push(found.scenario);
  }
  return out;
}

export async function runSimulate(
  files: readonly [string, string],
  options: SimulateOptions,
  io: Io,
): Promise<number> {
  if (!isSimulationFormat(options.format)) {
    throw new UsageError(
      `unknown format "${options.format}" (expected one of: ${SIMULATION_FORMATS.join(", ")})`,
    );
  }
  const format = options.format;
  const failOn = parseFailOn(options.failOn);
  const faults =
    options.faults === undefined ? undefined : options.faults === "2" ? 2 : options.faults === "1" ? 1 : null;
  if (faults === null) throw new UsageError(`--faults ${options.faults}: expected 1 or 2`);
  if (faults !== undefined && options.scenario.length > 0) {
    throw new UsageError("--faults and --scenario cannot be combined: --scenario names the scenarios to run");
  }

  // The B config mostly repeats A's lines: parse each distinct line once.
  const memo = new ParseMemo();
  const a = load(files[0], memo);
  const b = load(files[1], memo);
  const pair = buildPair(a, b);
  if (pair.groups.length === 0) {
    throw new UsageError(
      `neither ${files[0]} nor ${files[1]} configures a redundancy group (\`application redundancy\` / \`group N\`): nothing to simulate`,
    );
  }
  const chosen = chooseScenarios(pair, options.scenario, faults);
  const simulation = chosen === null ? simulatePair(pair) : simulate(pair, chosen);

  const emit = await loadSimulationEmitter(format);
  io.stdout(emit(simulation, { color: format === "table" && decideColor(options.color, io, false), failOn }));
  return failingOutcomes(simulation, failOn).length > 0 ? 1 : 0;
}
