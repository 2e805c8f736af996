/**
 * Rule levels: the config file's `rules`, then its `overrides` that match the pair (in order),
 * then `--rule` on the command line; the last one wins. A level set here applies to every
 * finding of the rule, also to the findings a rule raises or lowers itself.
 */
import type { Finding } from "../rules/types.js";
import { matchesAnyGlob } from "./glob.js";
import type { ConfigOverride, LevelSetting, PairIdentity, RglintConfig, RuleLevels } from "./types.js";

export function overrideMatches(override: ConfigOverride, pair: PairIdentity): boolean {
  if (override.pairs === undefined && override.files === undefined) return false;
  const byName = override.pairs === undefined || matchesAnyGlob(override.pairs, pair.name);
  const byFile =
    override.files === undefined || pair.files.some((file) => matchesAnyGlob(override.files!, file));
  return byName && byFile;
}

/** The level setting of each rule the config or the command line mentions, for one pair. */
export function resolveRuleLevels(
  config: RglintConfig | null,
  pair: PairIdentity,
  commandLine: RuleLevels,
): Map<string, LevelSetting> {
  const levels = new Map<string, LevelSetting>();
  const apply = (rules: RuleLevels | undefined) => {
    for (const [id, level] of Object.entries(rules ?? {})) levels.set(id, level);
  };
  apply(config?.rules);
  for (const override of config?.overrides ?? []) if (overrideMatches(override, pair)) apply(override.rules);
  apply(commandLine);
  return levels;
}

/** Drops the findings of rules that are off and sets the level of the others. */
export function applyLevels(
  findings: readonly Finding[],
  levels: ReadonlyMap<string, LevelSetting>,
): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels.get(f.ruleId);
    if (level === "off") continue;
    out.push(level === undefined || level === f.level ? f : { ...f, level });
  }
  return out;
}
