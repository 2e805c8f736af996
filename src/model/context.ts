import type { Command } from "../parse/grammar/index.js";
import type { ConfigNode, Diagnostic } from "../parse/types.js";
import type { LineResults } from "./lines.js";

/** What the model builders share: the grammar's results and the diagnostics they add. */
export interface BuildContext {
  readonly lines: LineResults;
  readonly diagnostics: Diagnostic[];
}

/** The understood command of `node`, or null (ignored or unrecognized lines carry none). */
export function commandOf(ctx: BuildContext, node: ConfigNode): Command | null {
  return ctx.lines.get(node)?.command ?? null;
}
