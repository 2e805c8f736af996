/** `key chain NAME` / `key N` / `key-string [0|7] K`: key strings kept only as digests. */
import type { CommandOf } from "../parse/grammar/index.js";
import type { Stanza } from "../parse/stanzas.js";
import type { SourceLocation } from "../parse/types.js";
import { type BuildContext, commandOf } from "./context.js";
import { toSecret } from "./secrets.js";
import type { KeyChain, Secret } from "./types.js";

interface KeyDraft {
  secret: Secret | null;
  readonly location: SourceLocation;
}

export function buildKeyChain(ctx: BuildContext, stanza: Stanza, cmd: CommandOf<"key-chain">): KeyChain {
  const keys = new Map<number, KeyDraft>();
  for (const keyNode of stanza.children) {
    const keyCmd = commandOf(ctx, keyNode);
    if (keyCmd?.kind !== "key") continue;
    let draft = keys.get(keyCmd.id);
    if (draft === undefined) {
      draft = { secret: null, location: keyNode.location };
      keys.set(keyCmd.id, draft);
    }
    for (const line of keyNode.children) {
      const c = commandOf(ctx, line);
      if (c?.kind === "key-string") draft.secret = toSecret(c.secret);
    }
  }
  return {
    name: cmd.name,
    keys: new Map([...keys].map(([id, d]) => [id, { secret: d.secret, location: d.location }])),
    location: stanza.node.location,
  };
}
