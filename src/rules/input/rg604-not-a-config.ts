import { fileStart } from "../describe.js";
import type { ChassisRule } from "../types.js";

export const rg604: ChassisRule = {
  id: "RG604",
  name: "not-a-config",
  level: "error",
  tags: ["correctness"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription: "A file is empty, binary, or has no line recognized as IOS configuration.",
  fullDescription:
    "A CI gate that is handed the wrong file (an empty capture, a compressed archive, a README) would otherwise pass silently: with nothing to check, no rule fires. rglint refuses to call such a file clean.",
  check({ chassis, side }, report) {
    const empty = chassis.tree.diagnostics.find((d) => d.code === "empty-input");
    const binary = chassis.tree.diagnostics.find((d) => d.code === "binary-input");
    const start = fileStart(chassis);
    if (binary !== undefined) {
      report({
        message: `${chassis.file} is not a configuration: it is a binary file (it contains NUL bytes).`,
        location: start,
        side,
        fix: "Pass the text output of `show running-config`.",
        subject: "binary",
      });
    } else if (empty !== undefined) {
      report({
        message: `${chassis.file} is not a configuration: it is empty.`,
        location: start,
        side,
        fix: "Pass the text output of `show running-config`; check the step that captured it.",
        subject: "empty",
      });
    } else if (!chassis.looksLikeConfig) {
      report({
        message: `${chassis.file} is not a configuration: no line in it is recognized as IOS configuration.`,
        location: start,
        side,
        fix: "Pass the text output of `show running-config`.",
        subject: "unrecognized",
      });
    }
  },
};
