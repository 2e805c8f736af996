import type { Chassis, Field, RedundancyApplication } from "../../model/types.js";
import type { SourceLocation } from "../../parse/types.js";
import type { PairRule, Side } from "../types.js";

/** One chassis' `redundancy` block and its `mode` line, when it has one. */
interface ModeSide {
  readonly side: Side;
  readonly chassis: Chassis;
  readonly redundancy: RedundancyApplication;
  readonly mode: Field<string> | null;
}

function modeLine(s: ModeSide): SourceLocation {
  return s.mode?.location ?? s.redundancy.location;
}

export const rg603: PairRule = {
  id: "RG603",
  name: "mode-mismatch",
  level: "warning",
  tags: ["drift", "correctness"],
  scope: "pair",
  confidence: "inferred",
  shortDescription: "`redundancy` / `mode` differs between the chassis.",
  fullDescription:
    "`mode` under `redundancy` sets the chassis' in-box redundancy mode (`sso`, `rpr`, `rpr-plus`, `none`). Cisco's guides disagree on which mode box-to-box redundancy needs (the NAT guide uses `sso`, the CUBE guides and TAC use `none`, the CUBE SSO chapter `rpr`), so rglint does not judge the value; but the two chassis of a pair are meant to be configured alike, and a different mode means they were set up from different templates or one was changed and the other not. A `mode` line on one chassis only is reported too: the other chassis then runs the platform default, which the configuration does not show.",
  check({ pair }, report) {
    if (pair.a.redundancy === null || pair.b.redundancy === null) return; // RG605 / RG201
    const a: ModeSide = {
      side: "a",
      chassis: pair.a,
      redundancy: pair.a.redundancy,
      mode: pair.a.redundancy.mode,
    };
    const b: ModeSide = {
      side: "b",
      chassis: pair.b,
      redundancy: pair.b.redundancy,
      mode: pair.b.redundancy.mode,
    };
    if (a.mode === null && b.mode === null) return;
    if (a.mode !== null && b.mode !== null) {
      if (a.mode.value === b.mode.value) return;
      report({
        message: `${b.chassis.displayName} has \`mode ${b.mode.value}\` under \`redundancy\`, ${a.chassis.displayName} has \`mode ${a.mode.value}\`: the two chassis of the pair run different redundancy modes.`,
        location: modeLine(b),
        side: "b",
        related: [{ location: modeLine(a), message: `\`mode ${a.mode.value}\` on ${a.chassis.displayName}` }],
        fix: "Configure the same `mode` under `redundancy` on both chassis (the mode your platform's box-to-box guide uses; changing it needs a reload).",
        subject: "mode",
      });
      return;
    }
    // A `mode` line on one chassis only: the finding is on the `redundancy` line that lacks it.
    const [missing, having] = a.mode === null ? [a, b] : [b, a];
    const value = having.mode?.value ?? "";
    report({
      message: `${missing.chassis.displayName}'s \`redundancy\` block has no \`mode\` line, ${having.chassis.displayName}'s has \`mode ${value}\`: ${missing.chassis.displayName} runs the platform's default mode, which the configuration does not show and which may differ.`,
      location: missing.redundancy.location,
      side: missing.side,
      related: [
        { location: modeLine(having), message: `\`mode ${value}\` on ${having.chassis.displayName}` },
      ],
      fix: `Configure \`mode ${value}\` under \`redundancy\` on ${missing.chassis.displayName} too, so that both chassis state the same mode.`,
      subject: "mode",
    });
  },
};
