/**
 * What the user decided about the findings, applied in order: inline suppressions (or, with
 * `--no-inline-config`, a report of every directive), rule levels (config `rules`, matching
 * `overrides`, `--rule`), then the config file's `ignores`. The baseline comes after, in check.ts.
 */
import path from "node:path";
import type { Analysis } from "../analyze.js";
import { applyIgnores } from "../config/ignores.js";
import { applyInlineSuppressions } from "../config/inline.js";
import { applyLevels, resolveRuleLevels } from "../config/levels.js";
import type { PairIdentity, RuleLevels } from "../config/types.js";
import { sortFindings } from "../rules/run.js";
import type { Finding, Side } from "../rules/types.js";
import type { LoadedConfig } from "./config-file.js";

export interface PolicyInput {
  readonly analysis: Analysis;
  readonly config: LoadedConfig | null;
  readonly commandLineLevels: RuleLevels;
  readonly inlineConfig: boolean;
  readonly pairName: string;
  readonly cwd: string;
}

export interface PolicyOutcome {
  readonly findings: Finding[];
  readonly inline: number;
  readonly config: number;
}

const toPosix = (p: string): string => p.split(path.sep).join("/");

export function applyPolicy(input: PolicyInput): PolicyOutcome {
  const { analysis, config } = input;
  const baseDir = config?.dir ?? input.cwd;
  const relativeFile = (file: string) => toPosix(path.relative(baseDir, path.resolve(input.cwd, file)));
  const pair: PairIdentity = {
    name: input.pairName,
    files: analysis.chassis.map((c) => relativeFile(c.file)),
  };
  const levels = resolveRuleLevels(config?.config ?? null, pair, input.commandLineLevels);
  const inline = applyInlineSuppressions(
    analysis.findings,
    analysis.chassis.map((c, i) => ({
      side: (i === 0 ? "a" : "b") satisfies Side,
      displayName: c.displayName,
      tree: c.tree,
    })),
    input.inlineConfig,
  );
  const leveled = sortFindings(applyLevels([...inline.kept, ...inline.problems], levels));
  const ignored = applyIgnores(leveled, config?.config.ignores ?? [], {
    pairName: input.pairName,
    relativeFile,
  });
  return {
    findings: ignored.kept,
    // A suppressed finding of a rule that is off would not have been shown anyway.
    inline: applyLevels(inline.suppressed, levels).length,
    config: ignored.ignored,
  };
}
