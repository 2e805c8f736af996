import type { Interface } from "../../model/types.js";
import type { ChassisRule } from "../types.js";

export const rg102: ChassisRule = {
  id: "RG102",
  name: "rii-duplicate",
  level: "error",
  tags: ["pairing"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "One RII is configured on two interfaces of the same chassis.",
  fullDescription:
    "The redundancy interface identifier (RII) names one segment: it must be unique per interface on a chassis and equal on the twin interface of the peer. It also derives the segment's virtual MAC. Two interfaces of one chassis with the same RII make the pairing ambiguous: the peer's interface with that RII can only be the twin of one of them, so state for the other segment is paired with the wrong interface or not at all, and both segments may end up with the same virtual MAC.",
  check({ chassis, side }, report) {
    // The first interface of each RII, and a list only for the RIIs used again: almost every RII
    // is used once.
    const firstByRii = new Map<number, Interface>();
    const sharedRii = new Map<number, Interface[]>();
    for (const iface of chassis.interfaces.values()) {
      if (iface.rii === null) continue;
      const id = iface.rii.id;
      const first = firstByRii.get(id);
      if (first === undefined) firstByRii.set(id, iface);
      else {
        const list = sharedRii.get(id);
        if (list === undefined) sharedRii.set(id, [first, iface]);
        else list.push(iface);
      }
    }
    if (sharedRii.size === 0) return;
    for (const rii of firstByRii.keys()) {
      const interfaces = sharedRii.get(rii);
      if (interfaces === undefined) continue;
      const inFileOrder = [...interfaces].sort(
        (x, y) => (x.rii?.location.line ?? 0) - (y.rii?.location.line ?? 0),
      );
      const first = inFileOrder[0]!;
      const firstRii = first.rii!;
      for (const later of inFileOrder.slice(1)) {
        const laterRii = later.rii!;
        const others = inFileOrder.filter((i) => i !== later).map((i) => i.name);
        report({
          message: `${chassis.displayName} configures RII ${rii} on ${later.name} and also on ${others.join(" and ")}: an RII must be unique per interface on a chassis, so the peer's interface with RII ${rii} cannot be the twin of both.`,
          location: laterRii.location,
          side,
          related: [
            {
              location: firstRii.location,
              message: `first use of RII ${rii}, on ${first.name} (${chassis.displayName})`,
            },
          ],
          fix: `Give ${later.name} its own RII (unused on ${chassis.displayName}) and configure the same number on its twin on the peer chassis; keep RII ${rii} only on the interface whose twin on the peer carries it.`,
          subject: `rii=${rii}:${later.name}`,
        });
      }
    }
  },
};
