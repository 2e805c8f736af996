import type { PairRule } from "../types.js";
import { describeTimers, timersLocation } from "./where.js";

export const rg208: PairRule = {
  id: "RG208",
  name: "group-timers-mismatch",
  level: "warning",
  tags: ["timers", "drift"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription: "A group's `timers delay`/`reload` differ between the chassis.",
  fullDescription:
    "`timers delay` is how long a group waits after its interfaces come up, and `timers reload` how long after a chassis reload, before it negotiates its role. Cisco requires the application redundancy configuration to be identical on both devices. With different timers the two chassis recover on different schedules: after a fault or a reload, failback happens sooner or later depending on which chassis recovered, and a maintenance plan built on one chassis' timers is wrong for the other. Values are compared after defaults are applied (delay 30 s, reload 60 s).",
  check({ pair }, report) {
    for (const match of pair.groups) {
      const { a, b } = match;
      if (a === null || b === null) continue;
      if (a.delayMs.value === b.delayMs.value && a.reloadMs.value === b.reloadMs.value) continue;
      const bUsesDefaults = b.delayMs.isDefault && b.reloadMs.isDefault;
      const aUsesDefaults = a.delayMs.isDefault && a.reloadMs.isDefault;
      report({
        message: `${pair.b.displayName}'s group ${b.id} runs timers ${describeTimers(b)}, ${pair.a.displayName}'s runs ${describeTimers(a)}: the chassis wait different times before negotiating roles after a fault or a reload.`,
        location: timersLocation(b),
        side: "b",
        related: [
          {
            location: timersLocation(a),
            message: `group ${a.id} ${aUsesDefaults ? "(default timers)" : "timers"} on ${pair.a.displayName}`,
          },
        ],
        fix: `Configure the same \`timers delay … reload …\` in group ${b.id} on both chassis${bUsesDefaults || aUsesDefaults ? " (write them out on both, so that neither relies on the defaults)" : ""}.`,
        subject: `group=${b.id}`,
      });
    }
  },
};
