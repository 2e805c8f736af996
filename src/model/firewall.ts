/** Zone-based firewall: zones, zone pairs and `parameter-map type inspect global` / `redundancy`. */
import type { CommandOf } from "../parse/grammar/index.js";
import type { Stanza } from "../parse/stanzas.js";
import type { SourceLocation } from "../parse/types.js";
import { type BuildContext, commandOf } from "./context.js";
import type { FirewallConfig, InspectGlobal, Zone, ZonePair } from "./types.js";

export class FirewallBuilder {
  private readonly zones = new Map<string, Zone>();
  private readonly zonePairs = new Map<string, ZonePair>();
  private inspectGlobal: InspectGlobal | null = null;

  addZone(cmd: CommandOf<"zone">, location: SourceLocation): void {
    if (!this.zones.has(cmd.name)) this.zones.set(cmd.name, { name: cmd.name, location });
  }

  addZonePair(ctx: BuildContext, stanza: Stanza, cmd: CommandOf<"zone-pair">): void {
    let servicePolicy: string | null = null;
    for (const child of stanza.children) {
      const c = commandOf(ctx, child);
      if (c?.kind === "zone-pair-service-policy") servicePolicy = c.policy;
    }
    this.zonePairs.set(cmd.name, {
      name: cmd.name,
      source: cmd.source,
      destination: cmd.destination,
      servicePolicy,
      location: stanza.node.location,
    });
  }

  setInspectGlobal(ctx: BuildContext, stanza: Stanza): void {
    let redundancy: SourceLocation | null = this.inspectGlobal?.redundancy ?? null;
    for (const child of stanza.children) {
      if (commandOf(ctx, child)?.kind === "inspect-global-redundancy") redundancy = child.location;
    }
    this.inspectGlobal = { location: this.inspectGlobal?.location ?? stanza.node.location, redundancy };
  }

  build(): FirewallConfig {
    return { zones: this.zones, zonePairs: [...this.zonePairs.values()], inspectGlobal: this.inspectGlobal };
  }
}
