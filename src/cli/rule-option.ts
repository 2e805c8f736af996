/** `--rule ID=LEVEL` (repeatable): rule levels from the command line, over the config file's. */
import { LEVEL_SETTINGS, type LevelSetting, type RuleLevels } from "../config/types.js";
import { findRule } from "../rules/registry.js";
import { UsageError } from "./errors.js";

function isLevelSetting(value: string): value is LevelSetting {
  return (LEVEL_SETTINGS as readonly string[]).includes(value);
}

export function parseRuleOptions(values: readonly string[]): RuleLevels {
  const levels: Record<string, LevelSetting> = {};
  for (const value of values) {
    const m = /^([^=]+)=(.*)$/.exec(value.trim());
    if (m === null) throw new UsageError(`--rule ${value}: expected ID=LEVEL, e.g. --rule RG203=off`);
    const rule = findRule(m[1]!.trim());
    if (rule === undefined)
      throw new UsageError(`--rule ${value}: unknown rule ID "${m[1]!.trim()}" (see \`rglint rules\`)`);
    const level = m[2]!.trim();
    if (!isLevelSetting(level))
      throw new UsageError(`--rule ${value}: "${level}" is not one of ${LEVEL_SETTINGS.join(", ")}`);
    levels[rule.id] = level;
  }
  return levels;
}
