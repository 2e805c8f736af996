/**
 * The [I] (inferred) and [NF] (not found) facts of the simulation model. A run lists the ones it
 * relied on, so an engineer knows what to verify on a device. Order: as the model uses them.
 */
import type { Assumption } from "./types.js";

const REF = "domain-reference.md";
const CATALOG = "rules-catalog.md, Simulation model";

const LIST = [
  {
    id: "default-priority",
    tag: "NF",
    text: "A group without a `priority` line runs at priority 100: the default is not documented; every example uses 100.",
    source: `${REF} §2.6; ${CATALOG}`,
  },
  {
    id: "additive-decrements",
    tag: "I",
    text: "The decrements of several objects that are down at the same time add up.",
    source: `${REF} §3.2 (S1)`,
  },
  {
    id: "priority-floor-zero",
    tag: "I",
    text: "The runtime priority does not go below 0.",
    source: `${REF} §3.2; ${CATALOG}`,
  },
  {
    id: "track-shutdown-init",
    tag: "I",
    text: "While a group's `track T shutdown` object is down, the group is out of the election on that chassis (INIT), so the peer becomes active.",
    source: `${REF} §2.7 (S5, S6, S7, S12); ${CATALOG}`,
  },
  {
    id: "missing-track-target-down",
    tag: "I",
    text: "A track object whose target (interface or IP SLA operation) does not exist on the chassis is down from the start (RG210 reports it).",
    source: CATALOG,
  },
  {
    id: "undefined-track-down",
    tag: "I",
    text: "A group's `track T` whose object T is not defined on the chassis has no target and is taken as down from the start, like a missing target (RG205 reports it).",
    source: `${CATALOG} (a track whose target does not exist)`,
  },
  {
    id: "shutdown-interface-down",
    tag: "I",
    text: "An interface configured `shutdown` is down from the start, and so are its subinterfaces, their decrements and the track objects that watch them.",
    source: "rglint: IOS interface behaviour, not in domain-reference.md",
  },
  {
    id: "subinterface-follows-parent",
    tag: "I",
    text: "A subinterface is down while its parent interface is down (`interface-down` of a parent takes its subinterfaces with it).",
    source: "rglint: IOS interface behaviour, not in domain-reference.md",
  },
  {
    id: "priority-tie",
    tag: "NF",
    text: "With equal runtime priorities the chassis that came up first stays active [C]; nothing else breaks the tie that the references document, so the group is reported undetermined.",
    source: `${REF} §3.2 (S6, S7); ${CATALOG}`,
  },
  {
    id: "threshold-strictly-below",
    tag: "NF",
    text: "The threshold rule fires when the runtime priority is strictly below the failover threshold (<, not ≤).",
    source: `${REF} §2.6, §7; ${CATALOG}`,
  },
  {
    id: "threshold-on-fall",
    tag: "I",
    text: "The threshold rule is applied at start-up and when a fault lowers the active chassis' priority; a chassis that takes the group over while its own priority is unchanged keeps it even below its own threshold. When the rules would hand the group back and forth, it is reported undetermined.",
    source: `${REF} §2.6 (S1: the priority 'goes below' the threshold); ${CATALOG}`,
  },
  {
    id: "preempt-default-off",
    tag: "I",
    text: "`preempt` is off unless configured.",
    source: `${REF} §2.5`,
  },
  {
    id: "preempt-on-taker",
    tag: "I",
    text: "A standby takes the group over on priority alone (its runtime priority above the active's) only with `preempt` configured on itself, the chassis that takes over; whether the other chassis needs it too is not documented.",
    source: `${REF} §2.5 (S1, S13); ${CATALOG}`,
  },
  {
    id: "bfd-detection",
    tag: "I",
    text: "With `bfd` under the protocol and `bfd interval I min_rx R multiplier M` on the control interface, the loss of the peer is detected after max(I, R) × M ms (on the chassis that detects it).",
    source: `${REF} §2.14 (S1); ${CATALOG}`,
  },
  {
    id: "bfd-without-interface-timers",
    tag: "NF",
    text: "BFD is on by default, but whether it runs without `bfd interval` on the control interface is not documented: without it, the loss of the peer is taken to be detected after the protocol's holdtime.",
    source: `${REF} §2.14`,
  },
  {
    id: "hello-driven-switchover",
    tag: "I",
    text: "A switchover by the threshold or by preempt happens with the next hello, reported as the hellotime of the protocol of the chassis whose priority changed.",
    source: CATALOG,
  },
  {
    id: "track-shutdown-timing",
    tag: "I",
    text: "When `track … shutdown` takes the group out on the active chassis, the peer takes over with the next hello (hellotime); the references give no timing.",
    source: "rglint: not in domain-reference.md",
  },
  {
    id: "rg-reload-on-standby",
    tag: "I",
    text: "`redundancy application reload group N self` is documented on the active; on the standby the simulation re-initializes the group there (INIT) without moving it.",
    source: `${REF} §2.21 (S1)`,
  },
  {
    id: "failback-timers",
    tag: "I",
    text: "Once the fault ends, the chassis that lost the group waits `timers … reload` after a chassis reload, and `timers delay` after any other fault (an interface or object back up, a group reload), before it negotiates; with `preempt` and the higher priority it then takes the group back with the next hello.",
    source: `${REF} §2.8, §3.2 (S1, S6); ${CATALOG}`,
  },
  {
    id: "dual-active-resolution",
    tag: "NF",
    text: "When the control link returns after dual-active, the chassis with the higher runtime priority keeps the group, with the next hello; the references do not describe how dual-active ends.",
    source: "rglint: not in domain-reference.md",
  },
  {
    id: "control-link-unusable",
    tag: "I",
    text: "A group whose control link cannot work from the start (no `control` line on a chassis, or the control interface missing or shut down) behaves as with the control link down: each chassis that can be active is (dual-active).",
    source: `${REF} §2.9, §3.2 (S6, S8); ${CATALOG}`,
  },
  {
    id: "standby-hot-for-state",
    tag: "I",
    text: "A switchover keeps NAT state only if the chassis taking over was standby-hot (state sync over the data link running) and every dynamic NAT rule of the group is paired; a group without a working data link never has a hot standby.",
    source: `${REF} §3.2, §3.3 (S1, S24)`,
  },
  {
    id: "data-link-stops-sync",
    tag: "I",
    text: "With the data link down roles stay, but state sync stops: the standby is no longer hot and a later switchover loses state.",
    source: `${REF} §3.2; ${CATALOG}`,
  },
  {
    id: "dual-active-state",
    tag: "I",
    text: "While both chassis are active, each translates on its own: the group's NAT state is not kept consistent (reported as not stateful).",
    source: "rglint: not in domain-reference.md",
  },
  {
    id: "rii-decrement-ignored",
    tag: "NF",
    text: "`redundancy rii N decrement D` (a YANG-only form whose CLI effect is not documented) is not simulated: only `redundancy group … decrement` and group `track … decrement` lower the priority.",
    source: `${REF} §2.16 (S3)`,
  },
] as const satisfies readonly Assumption[];

export type AssumptionId = (typeof LIST)[number]["id"];

/** Collects the assumptions a run relies on. */
export class AssumptionSet {
  private readonly used = new Set<AssumptionId>();

  use(id: AssumptionId): void {
    this.used.add(id);
  }

  /** The used assumptions, in the list's order. */
  list(): Assumption[] {
    return LIST.filter((a) => this.used.has(a.id));
  }
}

/** Every assumption the model can rely on (for documentation and tests). */
export const ALL_ASSUMPTIONS: readonly Assumption[] = LIST;
