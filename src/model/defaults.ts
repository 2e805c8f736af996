/**
 * Defaults applied when a value is not configured (domain-reference.md section 2). Each model
 * field that takes one is marked `isDefault`.
 */
import { defaulted } from "./fields.js";
import type { RedundancyApplication, RedundancyProtocol } from "./types.js";

/** Group priority when not configured: [NF] in the references; 100 is what every example uses. */
export const DEFAULT_PRIORITY = 100;
/** `preempt` is off unless configured [I]. */
export const DEFAULT_PREEMPT = false;
/** `timers delay` 30 s, `reload` 60 s [C S6, S7, S8]. */
export const DEFAULT_DELAY_MS = 30_000;
export const DEFAULT_RELOAD_MS = 60_000;
/** `timers hellotime 3 holdtime 10` [C S1, S6]. */
export const DEFAULT_HELLO_MS = 3_000;
export const DEFAULT_HOLD_MS = 10_000;
/** "BFD is enabled by default" [C S1]. */
export const DEFAULT_BFD = true;

/** The protocol instance a `control … protocol N` gets when no `protocol N` block exists. */
export function defaultProtocol(id: number): RedundancyProtocol {
  return {
    id,
    location: null,
    name: null,
    helloMs: defaulted(DEFAULT_HELLO_MS, null),
    holdMs: defaulted(DEFAULT_HOLD_MS, null),
    timersLocation: null,
    authentication: { kind: "none", location: null },
    bfd: defaulted(DEFAULT_BFD, null),
  };
}

/** The protocol instance `id` as it runs: the configured block, or the defaults. */
export function effectiveProtocol(app: RedundancyApplication | null, id: number): RedundancyProtocol {
  return app?.protocols.get(id) ?? defaultProtocol(id);
}
