import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePair } from "../../bench/generate.js";
import { checkPair, FLEET_WORKER_KIND, type FleetWorkerSetup } from "../../src/cli/fleet-worker.js";

/**
 * A fleet worker keeps one ParseMemo across the pairs it checks (a fleet's configs share most
 * lines). What a pair gives must not depend on which pairs the worker checked before it.
 */
const dir = mkdtempSync(path.join(tmpdir(), "rglint-fleet-memo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names: string[] = [];
for (const seed of [1, 2, 3]) {
  const { a, b } = generatePair(1500, seed);
  const pairDir = path.join(dir, `pair-${seed}`);
  mkdirSync(pairDir);
  writeFileSync(path.join(pairDir, "a.cfg"), a);
  // The third pair drifts: its B lacks a NAT rule's mapping-id, so it has findings.
  writeFileSync(path.join(pairDir, "b.cfg"), seed === 3 ? b.replace(/ mapping-id \d+/, "") : b);
  names.push(`pair-${seed}`);
}

const setup: FleetWorkerSetup = {
  kind: FLEET_WORKER_KIND,
  cwd: dir,
  root: dir,
  config: null,
  commandLineLevels: {},
  inlineConfig: true,
};

function outcome(name: string, index: number): unknown {
  return checkPair(setup, { index, name, a: `${name}/a.cfg`, b: `${name}/b.cfg` });
}

describe("fleet workers: parse outcomes shared across pairs", () => {
  it("each pair gives the same outcome whichever pairs were checked before it", () => {
    const forward = names.map((n, i) => outcome(n, i));
    const backward = [...names].reverse().map((n, i) => outcome(n, i));
    backward.reverse();
    expect(backward).toEqual(forward);
    // And the same again, now that the memo holds every line of the three pairs.
    expect(names.map((n, i) => outcome(n, i))).toEqual(forward);
    const drifted = forward[2] as { findings: { ruleId: string }[] };
    expect(drifted.findings.length).toBeGreaterThan(0);
  });
});
