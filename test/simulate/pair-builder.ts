/**
 * Small, realistic pairs for the simulator tests. A config is built from its parts so that a test
 * shows only what matters to it; every line number a test asserts is counted from `lines`.
 */
import { loadChassis } from "../../src/analyze.js";
import { buildPair } from "../../src/model/pair.js";
import type { Pair } from "../../src/model/types.js";
import {
  defaultScenarios,
  type GroupOutcome,
  resolveScenario,
  type Simulation,
  simulate,
  singleFaults,
} from "../../src/simulate/index.js";

export interface ChassisSpec {
  readonly hostname: string;
  /** 1 for chassis A, 2 for B: the last octet of its physical addresses. */
  readonly host: 1 | 2;
  /** Lines of `group 1` after `name RG1` (e.g. `preempt`, `priority 150`). */
  readonly group1: readonly string[];
  /** Lines of `group 2`, when the pair has a second group. */
  readonly group2?: readonly string[];
  /** Lines under `protocol 1`; default `timers hellotime 1 holdtime 3`. */
  readonly protocol?: readonly string[];
  /** Extra lines of Port-channel1 (the control/data link), e.g. a `bfd interval`. */
  readonly link?: readonly string[];
  /** Extra lines of GigabitEthernet0/0/1 (LAN, group 1 VIP, decrement 60 unless replaced). */
  readonly lan?: readonly string[];
  /** Global lines at the end (tracks, NAT). */
  readonly global?: readonly string[];
}

export function chassisConfig(spec: ChassisSpec): string {
  const h = spec.host;
  const lines = [
    `hostname ${spec.hostname}`,
    "!",
    "redundancy",
    " mode none",
    " application redundancy",
    "  group 1",
    "   name RG1",
    ...spec.group1.map((l) => `   ${l}`),
    "   control Port-channel1 protocol 1",
    "   data Port-channel1",
  ];
  if (spec.group2 !== undefined) {
    lines.push(
      "  group 2",
      "   name RG2",
      ...spec.group2.map((l) => `   ${l}`),
      "   control Port-channel1 protocol 1",
      "   data Port-channel1",
    );
  }
  lines.push(
    "  protocol 1",
    ...(spec.protocol ?? ["timers hellotime 1 holdtime 3"]).map((l) => `   ${l}`),
    "!",
    "interface Port-channel1",
    ` ip address 172.16.255.${h} 255.255.255.252`,
    ...(spec.link ?? []).map((l) => ` ${l}`),
    "!",
    "interface GigabitEthernet0/0/1",
    ` ip address 10.10.1.${h + 1} 255.255.255.0`,
    " ip nat inside",
    " redundancy rii 101",
    ...(spec.lan ?? ["redundancy group 1 ip 10.10.1.1 exclusive decrement 60"]).map((l) => ` ${l}`),
    "!",
    "interface GigabitEthernet0/0/2",
    ` ip address 198.51.100.${h + 1} 255.255.255.248`,
    " ip nat outside",
    "!",
    ...(spec.global ?? []),
    "end",
  );
  return `${lines.join("\n")}\n`;
}

export function pairOf(a: string, b: string): Pair {
  return buildPair(loadChassis({ file: "a.cfg", content: a }), loadChassis({ file: "b.cfg", content: b }));
}

/** Simulates the default single faults, or exactly the given scenario IDs (`x+y` for two faults). */
export function simulateTexts(a: string, b: string, ids?: readonly string[]): Simulation {
  const pair = pairOf(a, b);
  if (ids === undefined) return simulate(pair, defaultScenarios(pair));
  const singles = singleFaults(pair);
  return simulate(
    pair,
    ids.map((id) => {
      const found = resolveScenario(id, singles);
      if (!found.ok) throw new Error(`no scenario ${id} (${found.unknown})`);
      return found.scenario;
    }),
  );
}

export function outcome(simulation: Simulation, id: string, group = 1): GroupOutcome {
  const scenario = simulation.scenarios.find((s) => s.id === id);
  if (scenario === undefined)
    throw new Error(`no scenario ${id}: ${simulation.scenarios.map((s) => s.id).join(", ")}`);
  const o = scenario.groups.find((g) => g.group === group);
  if (o === undefined) throw new Error(`no group ${group} in ${id}`);
  return o;
}

export function assumptionIds(simulation: Simulation): string[] {
  return simulation.assumptions.map((a) => a.id);
}

/** A tracked uplink: `track 10 interface GigabitEthernet0/0/2 line-protocol`. */
export const TRACK_UPLINK = ["track 10 interface GigabitEthernet0/0/2 line-protocol", "!"];
