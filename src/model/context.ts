import type { Command, ParsedConfig } from "../parse/grammar/index.js";
import type { ConfigNode, Diagnostic } from "../parse/types.js";

/** What the model builders share: the grammar's results and the diagnostics they add. */
export interface BuildContext {
  readonly parsed: ParsedConfig;
  readonly diagnostics: Diagnostic[];
}

/** The understood command of `node`, or null (ignored or unrecognized lines carry none). */
export function commandOf(ctx: BuildContext, node: ConfigNode): Command | null {
  return ctx.parsed.lines.get(node)?.command ?? null;
}
