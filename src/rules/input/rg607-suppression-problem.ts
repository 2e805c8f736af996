import { resolveDirectives } from "../../parse/directives.js";
import type { ChassisRule } from "../types.js";

/**
 * The rule needs to know which rule IDs exist: the registry makes it with that predicate, so this
 * module does not import the registry that lists it.
 */
export function makeRg607(isKnownRule: (id: string) => boolean): ChassisRule {
  return {
    id: "RG607",
    name: "suppression-problem",
    level: "warning",
    tags: ["correctness"],
    scope: "chassis",
    confidence: "confirmed",
    shortDescription:
      "An inline suppression comment (`! rglint-disable…`) cannot take effect: it has no reason, names no or an unknown rule, or suppresses nothing.",
    fullDescription:
      "`! rglint-disable-next-line RG104 -- reason` and `! rglint-disable RG203 -- reason` … `! rglint-enable RG203` silence findings in a config kept in git. A suppression is a decision someone must be able to review, so it needs a reason after `--`; without one it suppresses nothing and is reported here. So is a comment that names no rule or a rule that does not exist, an `rglint-enable` with no open `rglint-disable`, a directive that `rglint check` found nothing to suppress with (the finding was fixed, or the rule is off), and every directive when inline suppressions are turned off with `--no-inline-config`.",
    check({ chassis, side }, report) {
      for (const p of resolveDirectives(chassis.tree, isKnownRule).problems) {
        report({
          message: `${chassis.displayName}: ${p.message}.`,
          location: p.location,
          side,
          subject: p.subject,
        });
      }
    },
  };
}
