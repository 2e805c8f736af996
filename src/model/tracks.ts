/** Global `track N …` objects and `ip sla N` operations. */
import type { CommandOf } from "../parse/grammar/index.js";
import { normalizeInterfaceName } from "../parse/ifname.js";
import type { Stanza } from "../parse/stanzas.js";
import { type BuildContext, commandOf } from "./context.js";
import { configured } from "./fields.js";
import type { Field, IpSla, TrackObject, TrackTarget } from "./types.js";

export function buildTrack(stanza: Stanza, cmd: CommandOf<"track">): TrackObject {
  const t = cmd.target;
  let target: TrackTarget;
  if (t.kind === "interface") {
    target = { kind: "interface", interface: normalizeInterfaceName(t.interface), condition: t.condition };
  } else if (t.kind === "ip-sla") {
    target = { kind: "ip-sla", sla: t.sla, condition: t.condition };
  } else {
    target = { kind: "other", text: t.text };
  }
  return { id: cmd.id, target, location: stanza.node.location };
}

/** `ip sla N` with its operation line (the first `icmp-echo …`, `udp-jitter …`, … sub-command). */
export function buildIpSla(ctx: BuildContext, stanza: Stanza, cmd: CommandOf<"ip-sla">): IpSla {
  let operation: Field<string> | null = null;
  for (const child of stanza.children) {
    const c = commandOf(ctx, child);
    if (c?.kind === "ip-sla-operation") operation = configured(c.text, child.location);
  }
  return { id: cmd.id, operation, location: stanza.node.location };
}
