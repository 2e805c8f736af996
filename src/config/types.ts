/** The shape of `rglint.config.json` (schemas/rglint.config.schema.json), after validation. */
import type { Level } from "../rules/types.js";

/** A rule's level as the config file and `--rule` set it; `off` drops its findings. */
export type LevelSetting = Level | "off";

export const LEVEL_SETTINGS: readonly LevelSetting[] = ["off", "note", "warning", "error"];

export type RuleLevels = Readonly<Record<string, LevelSetting>>;

/** Levels for some pairs only: those whose name or whose files match (both, when both are given). */
export interface ConfigOverride {
  /** Globs over the pair's name (a manifest entry's `name`, or `--pair-name`). */
  readonly pairs?: readonly string[];
  /** Globs over either chassis' file, relative to the config file's folder. */
  readonly files?: readonly string[];
  readonly rules: RuleLevels;
}

/** Findings not to report, with the reason someone decided so. */
export interface ConfigIgnore {
  readonly rule: string;
  readonly reason: string;
  /** Globs over the file of the finding's primary location, relative to the config file's folder. */
  readonly files?: readonly string[];
  readonly pairs?: readonly string[];
  /** One finding: its fingerprint as the json or sarif output shows it. */
  readonly fingerprint?: string;
}

export interface RglintConfig {
  readonly $schema?: string;
  readonly rules?: RuleLevels;
  readonly overrides?: readonly ConfigOverride[];
  readonly ignores?: readonly ConfigIgnore[];
}

/** What the config file's selectors (`pairs`, `files`) are matched against. */
export interface PairIdentity {
  readonly name: string;
  /** The chassis files, relative to the config file's folder, `/`-separated. */
  readonly files: readonly string[];
}
