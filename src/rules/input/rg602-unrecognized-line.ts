import { maskSecrets } from "../../parse/grammar/mask.js";
import type { DiagnosticCode } from "../../parse/types.js";
import type { ChassisRule } from "../types.js";

/** Reader and grammar diagnostics that RG604 reports instead. */
const NOT_A_CONFIG: ReadonlySet<DiagnosticCode> = new Set(["binary-input", "empty-input"]);

export const rg602: ChassisRule = {
  id: "RG602",
  name: "unrecognized-line",
  level: "note",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription:
    "A line in a redundancy-relevant block is not understood, or had to be repaired (re-indented, merged) to be read.",
  fullDescription:
    "rglint never drops a line silently. A line inside the redundancy block, a `redundancy …` interface line, a NAT, track or CUBE redundancy line that the grammar does not understand is reported here, so a typo cannot hide a missing setting. So are the repairs the reader makes the way IOS would: a line at the wrong indentation attached to the mode IOS would keep it in, and a block given twice merged in order.",
  check({ chassis, side }, report) {
    for (const d of chassis.diagnostics) {
      if (NOT_A_CONFIG.has(d.code)) continue;
      // The subject becomes the fingerprint, which every output format prints: mask secrets.
      const lineText = maskSecrets(chassis.tree.lineText(d.location.line).trim());
      report({
        message: `${chassis.displayName}: ${d.message}.`,
        location: d.location,
        side,
        related: (d.related ?? []).map((location) => ({
          location,
          message: `related line on ${chassis.displayName}`,
        })),
        subject: `${d.code}:${lineText}`,
      });
    }
  },
};
