/**
 * The `redundancy` block → RedundancyApplication: mode, groups and protocol instances, with the
 * defaults applied and marked. Blocks given twice (the whole `redundancy`, `application
 * redundancy`, or one `group N`) are merged in order, later commands replacing earlier ones.
 */
import { normalizeInterfaceName } from "../parse/ifname.js";
import type { Stanza } from "../parse/stanzas.js";
import type { ConfigNode, SourceLocation } from "../parse/types.js";
import { type BuildContext, commandOf } from "./context.js";
import {
  DEFAULT_BFD,
  DEFAULT_DELAY_MS,
  DEFAULT_HELLO_MS,
  DEFAULT_HOLD_MS,
  DEFAULT_PREEMPT,
  DEFAULT_PRIORITY,
  DEFAULT_RELOAD_MS,
} from "./defaults.js";
import { configured, defaulted } from "./fields.js";
import { toSecret } from "./secrets.js";
import type {
  ControlLink,
  Field,
  GroupLink,
  GroupTrack,
  ProtocolAuthentication,
  RedundancyApplication,
  RedundancyGroup,
  RedundancyProtocol,
} from "./types.js";

class GroupBuilder {
  name: Field<string> | null = null;
  preempt: Field<boolean>;
  priority: Field<number>;
  failoverThreshold: Field<number> | null = null;
  legacyThresholdSyntax = false;
  readonly tracks = new Map<number, GroupTrack>();
  delayMs: Field<number>;
  reloadMs: Field<number>;
  control: ControlLink | null = null;
  data: GroupLink | null = null;
  readonly asymmetricRouting: Field<string>[] = [];
  shutdown: Field<boolean>;

  constructor(
    readonly id: number,
    readonly location: SourceLocation,
  ) {
    this.preempt = defaulted(DEFAULT_PREEMPT, location);
    this.priority = defaulted(DEFAULT_PRIORITY, location);
    this.delayMs = defaulted(DEFAULT_DELAY_MS, location);
    this.reloadMs = defaulted(DEFAULT_RELOAD_MS, location);
    this.shutdown = defaulted(false, location);
  }

  apply(ctx: BuildContext, node: ConfigNode): void {
    const cmd = commandOf(ctx, node);
    if (cmd === null) return;
    const at = node.location;
    switch (cmd.kind) {
      case "group-name":
        this.name = configured(cmd.name, at);
        break;
      case "group-preempt":
        this.preempt = configured(true, at);
        break;
      case "group-priority":
        // One `priority` line sets both values: a later line without a threshold removes it.
        this.priority = configured(cmd.priority, at);
        this.failoverThreshold = cmd.threshold === null ? null : configured(cmd.threshold, at);
        this.legacyThresholdSyntax = cmd.legacy;
        break;
      case "group-track":
        this.tracks.set(cmd.track, {
          track: cmd.track,
          action: cmd.action,
          decrement: cmd.decrement,
          location: at,
        });
        break;
      case "group-timers":
        if (cmd.delay !== null) this.delayMs = configured(cmd.delay * 1000, at);
        if (cmd.reload !== null) this.reloadMs = configured(cmd.reload * 1000, at);
        break;
      case "group-control":
        this.control = {
          interface: normalizeInterfaceName(cmd.interface),
          protocol: cmd.protocol,
          location: at,
        };
        break;
      case "group-data":
        this.data = { interface: normalizeInterfaceName(cmd.interface), location: at };
        break;
      case "group-asymmetric-routing":
        this.asymmetricRouting.push(configured(normalizeAsymmetricText(cmd.text), at));
        break;
      case "group-shutdown":
        this.shutdown = configured(true, at);
        break;
      default:
        break;
    }
  }

  build(): RedundancyGroup {
    return {
      id: this.id,
      location: this.location,
      name: this.name,
      preempt: this.preempt,
      priority: this.priority,
      failoverThreshold: this.failoverThreshold,
      legacyThresholdSyntax: this.legacyThresholdSyntax,
      tracks: [...this.tracks.values()],
      delayMs: this.delayMs,
      reloadMs: this.reloadMs,
      control: this.control,
      data: this.data,
      asymmetricRouting: this.asymmetricRouting,
      shutdown: this.shutdown,
    };
  }
}

/** `asymmetric-routing interface Gi0/0/3` → `interface GigabitEthernet0/0/3` (lower-case keywords). */
function normalizeAsymmetricText(text: string): string {
  const words = text.split(" ");
  return words
    .map((w, i) =>
      i > 0 && words[i - 1]!.toLowerCase() === "interface" ? normalizeInterfaceName(w) : w.toLowerCase(),
    )
    .join(" ");
}

class ProtocolBuilder {
  name: Field<string> | null = null;
  helloMs: Field<number>;
  holdMs: Field<number>;
  timersLocation: SourceLocation | null = null;
  authentication: ProtocolAuthentication = { kind: "none", location: null };
  bfd: Field<boolean>;

  constructor(
    readonly id: number,
    readonly location: SourceLocation,
  ) {
    this.helloMs = defaulted(DEFAULT_HELLO_MS, location);
    this.holdMs = defaulted(DEFAULT_HOLD_MS, location);
    this.bfd = defaulted(DEFAULT_BFD, location);
  }

  apply(ctx: BuildContext, node: ConfigNode): void {
    const cmd = commandOf(ctx, node);
    if (cmd === null) return;
    const at = node.location;
    switch (cmd.kind) {
      case "protocol-name":
        this.name = configured(cmd.name, at);
        break;
      case "protocol-timers":
        this.helloMs = configured(cmd.helloMs, at);
        this.holdMs = configured(cmd.holdMs, at);
        this.timersLocation = at;
        break;
      case "protocol-auth-text":
        this.authentication = { kind: "text", secret: toSecret(cmd.secret), location: at };
        break;
      case "protocol-auth-md5-key-string":
        this.authentication = { kind: "md5-key-string", secret: toSecret(cmd.secret), location: at };
        break;
      case "protocol-auth-md5-key-chain":
        this.authentication = { kind: "md5-key-chain", keyChain: cmd.keyChain, location: at };
        break;
      case "protocol-bfd":
        this.bfd = configured(cmd.enabled, at);
        break;
      default:
        break;
    }
  }

  build(): RedundancyProtocol {
    return {
      id: this.id,
      location: this.location,
      name: this.name,
      helloMs: this.helloMs,
      holdMs: this.holdMs,
      timersLocation: this.timersLocation,
      authentication: this.authentication,
      bfd: this.bfd,
    };
  }
}

/** Builds the redundancy application from the (merged) top-level `redundancy` stanza, if any. */
export function buildRedundancy(ctx: BuildContext, stanza: Stanza | null): RedundancyApplication | null {
  if (stanza === null) return null;
  let mode: Field<string> | null = null;
  let applicationLocation: SourceLocation | null = null;
  const groups = new Map<number, GroupBuilder>();
  const protocols = new Map<number, ProtocolBuilder>();

  for (const child of stanza.children) {
    const cmd = commandOf(ctx, child);
    if (cmd === null) continue;
    if (cmd.kind === "red-mode") mode = configured(cmd.mode, child.location);
    if (cmd.kind !== "red-application") continue;
    applicationLocation ??= child.location;
    for (const block of child.children) {
      const blockCmd = commandOf(ctx, block);
      if (blockCmd?.kind === "red-group") {
        let g = groups.get(blockCmd.id);
        if (g === undefined) {
          g = new GroupBuilder(blockCmd.id, block.location);
          groups.set(blockCmd.id, g);
        }
        for (const line of block.children) g.apply(ctx, line);
      } else if (blockCmd?.kind === "red-protocol") {
        let p = protocols.get(blockCmd.id);
        if (p === undefined) {
          p = new ProtocolBuilder(blockCmd.id, block.location);
          protocols.set(blockCmd.id, p);
        }
        for (const line of block.children) p.apply(ctx, line);
      }
    }
  }

  return {
    location: stanza.node.location,
    mode,
    applicationLocation,
    groups: new Map([...groups].map(([id, g]) => [id, g.build()])),
    protocols: new Map([...protocols].map(([id, p]) => [id, p.build()])),
  };
}
