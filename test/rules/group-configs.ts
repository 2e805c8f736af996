/** Small builders for the 2xx rule tests: a config is its lines, so line N is `lines[N - 1]`. */

import { cfg } from "./pairing-configs.js";

export { cfg };

export interface GroupSpec {
  readonly id: number;
  /** Lines inside the group after `name` (e.g. `preempt`, `priority 150 failover threshold 100`). */
  readonly body?: readonly string[];
}

/**
 * `hostname H`, then `redundancy` / `application redundancy` with the groups, each
 * `group N` / `name RGN` / body / `control Port-channel1 protocol 1` / `data Port-channel1`.
 * Line numbers: hostname 1, redundancy 2, application redundancy 3, first `group` 4.
 */
export function groupsConfig(
  hostname: string,
  groups: readonly GroupSpec[],
  after: readonly string[] = [],
): string {
  const lines = [`hostname ${hostname}`, "redundancy", " application redundancy"];
  for (const g of groups) {
    lines.push(`  group ${g.id}`, `   name RG${g.id}`, ...(g.body ?? []).map((l) => `   ${l}`));
    lines.push("   control Port-channel1 protocol 1", "   data Port-channel1");
  }
  return cfg(...lines, ...after);
}
