import { readFileSync } from "node:fs";
import path from "node:path";
import { findRule, RULES, ruleDocPath } from "../rules/registry.js";
import { UsageError } from "./errors.js";
import type { Io } from "./io-streams.js";
import { packageRoot } from "./package-root.js";

/** `rglint rules`: the registry as a table. */
export function runRules(io: Io): number {
  const lines = RULES.map(
    (r) => `${r.id}  ${r.name.padEnd(30)}  ${r.level.padEnd(7)}  ${r.scope.padEnd(7)}  ${r.shortDescription}`,
  );
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

/** `rglint explain ID`: the rule's page from rules-docs/. */
export function runExplain(id: string, io: Io): number {
  const rule = findRule(id);
  if (rule === undefined) throw new UsageError(`unknown rule "${id}" (see \`rglint rules\`)`);
  io.stdout(readFileSync(path.join(packageRoot(), ruleDocPath(rule.id)), "utf8"));
  return 0;
}
