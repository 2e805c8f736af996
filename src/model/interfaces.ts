/**
 * `interface …` stanzas → Interface. A stanza given twice is one interface: its commands apply
 * in file order, later ones replacing earlier ones as IOS does when the text is pasted.
 */
import type { CommandOf } from "../parse/grammar/index.js";
import { normalizeInterfaceName } from "../parse/ifname.js";
import type { Stanza } from "../parse/stanzas.js";
import type { SourceLocation } from "../parse/types.js";
import { maskToPrefixLength } from "./addresses.js";
import { type BuildContext, commandOf } from "./context.js";
import { configured, defaulted } from "./fields.js";
import type {
  Field,
  Interface,
  InterfaceBfd,
  InterfaceGroupAssociation,
  Ipv4Address,
  Ipv6Address,
  RiiConfig,
} from "./types.js";

class InterfaceBuilder {
  description: Field<string> | null = null;
  ipv4: Ipv4Address | null = null;
  ipv4Dynamic: Field<"dhcp" | "negotiated" | "pool"> | null = null;
  ipv4Unnumbered: Field<string> | null = null;
  ipv4RemovedBy: SourceLocation | null = null;
  ipv4Secondary: Ipv4Address[] = [];
  ipv6: Ipv6Address[] = [];
  shutdown: Field<boolean>;
  natRole: Field<"inside" | "outside"> | null = null;
  vrf: Field<string> | null = null;
  rii: RiiConfig | null = null;
  /** Keyed by group and address family: a later line for the same pair replaces the earlier one. */
  readonly groups = new Map<string, InterfaceGroupAssociation>();
  readonly asymmetricRouting: { text: string; location: SourceLocation }[] = [];
  zone: Field<string> | null = null;
  bfd: InterfaceBfd | null = null;
  channelGroup: Field<number> | null = null;

  constructor(
    private readonly ctx: BuildContext,
    private readonly name: string,
    header: SourceLocation,
  ) {
    this.shutdown = defaulted(false, header);
  }

  apply(cmd: CommandOf<InterfaceCommandKind>, location: SourceLocation): void {
    switch (cmd.kind) {
      case "if-description":
        this.description = configured(cmd.text, location);
        break;
      case "if-ip-address": {
        const address: Ipv4Address = {
          address: cmd.address,
          mask: cmd.mask,
          prefixLength: maskToPrefixLength(cmd.mask) ?? -1,
          location,
        };
        if (cmd.secondary) {
          this.ipv4Secondary = this.ipv4Secondary.filter((a) => a.address !== cmd.address);
          this.ipv4Secondary.push(address);
        } else {
          this.clearIpv4Primary();
          this.ipv4 = address;
        }
        this.ipv4RemovedBy = null;
        break;
      }
      case "if-ip-address-dynamic":
        this.clearIpv4Primary();
        this.ipv4Dynamic = configured(cmd.method, location);
        this.ipv4RemovedBy = null;
        break;
      case "if-ip-unnumbered":
        this.clearIpv4Primary();
        this.ipv4Unnumbered = configured(normalizeInterfaceName(cmd.interface), location);
        this.ipv4RemovedBy = null;
        break;
      case "if-no-ip-address":
        // The last line that leaves the interface without the address it had is the one to show.
        if (this.hasIpv4() || this.ipv4RemovedBy !== null) this.ipv4RemovedBy = location;
        this.clearIpv4Primary();
        this.ipv4Secondary = [];
        break;
      case "if-ipv6-address": {
        const address = cmd.qualifier === null ? cmd.address : `${cmd.address} ${cmd.qualifier}`;
        const entry: Ipv6Address = { address, prefixLength: cmd.prefixLength, location };
        this.ipv6 = this.ipv6.filter((a) => a.address !== address || a.prefixLength !== cmd.prefixLength);
        this.ipv6.push(entry);
        break;
      }
      case "if-nat-role":
        this.natRole = configured(cmd.role, location);
        break;
      case "if-vrf":
        this.setVrf(cmd.vrf, location);
        break;
      case "if-shutdown":
        this.shutdown = configured(cmd.shutdown, location);
        break;
      case "if-rii":
        this.rii = { id: cmd.id, decrement: cmd.decrement, location };
        break;
      case "if-group":
        this.groups.set(`${cmd.group}|${cmd.family}`, {
          group: cmd.group,
          kind: cmd.family,
          vip: cmd.vip,
          exclusive: cmd.exclusive,
          decrement: cmd.decrement,
          location,
        });
        break;
      case "if-asymmetric-routing":
        this.asymmetricRouting.push({ text: cmd.text.toLowerCase(), location });
        break;
      case "if-zone":
        this.zone = configured(cmd.zone, location);
        break;
      case "if-bfd":
        this.bfd = { intervalMs: cmd.interval, minRxMs: cmd.minRx, multiplier: cmd.multiplier, location };
        break;
      case "if-channel-group":
        this.channelGroup = configured(cmd.group, location);
        break;
    }
  }

  private hasIpv4(): boolean {
    return (
      this.ipv4 !== null ||
      this.ipv4Dynamic !== null ||
      this.ipv4Unnumbered !== null ||
      this.ipv4Secondary.length > 0
    );
  }

  private clearIpv4Primary(): void {
    this.ipv4 = null;
    this.ipv4Dynamic = null;
    this.ipv4Unnumbered = null;
  }

  /**
   * IOS removes an interface's IPv4 and IPv6 addresses when its VRF changes ("% Interface …
   * IPv4 disabled and address(es) removed due to enabling VRF"), so an address written before
   * `vrf forwarding` does not survive a paste. Model that and say so.
   */
  private setVrf(vrf: string, location: SourceLocation): void {
    const changed = (this.vrf?.value ?? null) !== vrf;
    const removed: SourceLocation[] = [
      ...(this.ipv4 === null ? [] : [this.ipv4.location]),
      ...(this.ipv4Dynamic?.location ? [this.ipv4Dynamic.location] : []),
      ...(this.ipv4Unnumbered?.location ? [this.ipv4Unnumbered.location] : []),
      ...this.ipv4Secondary.map((a) => a.location),
      ...this.ipv6.map((a) => a.location),
    ].sort((x, y) => x.line - y.line);
    if (changed && removed.length > 0) {
      const lines = removed.map((l) => l.line).join(", ");
      this.ctx.diagnostics.push({
        code: "vrf-removes-address",
        severity: "warning",
        message: `"vrf forwarding ${vrf}" on ${this.name} comes after its address configuration (line${removed.length === 1 ? "" : "s"} ${lines}): IOS removes the addresses when the VRF changes, so the interface is modelled without them`,
        location,
        related: removed,
      });
      if (this.hasIpv4()) this.ipv4RemovedBy = location;
      this.clearIpv4Primary();
      this.ipv4Secondary = [];
      this.ipv6 = [];
    }
    this.vrf = configured(vrf, location);
  }

  asymmetricRoutingField(): Field<string> | null {
    const first = this.asymmetricRouting[0];
    if (first === undefined) return null;
    return configured(this.asymmetricRouting.map((a) => a.text).join("; "), first.location);
  }
}

type InterfaceCommandKind =
  | "if-description"
  | "if-ip-address"
  | "if-ip-address-dynamic"
  | "if-ip-unnumbered"
  | "if-no-ip-address"
  | "if-ipv6-address"
  | "if-nat-role"
  | "if-vrf"
  | "if-shutdown"
  | "if-rii"
  | "if-group"
  | "if-asymmetric-routing"
  | "if-zone"
  | "if-bfd"
  | "if-channel-group";

function isInterfaceCommand(kind: string): kind is InterfaceCommandKind {
  return kind.startsWith("if-");
}

/** Builds the interface of one (merged) `interface` stanza whose header names it `writtenName`. */
export function buildInterface(ctx: BuildContext, stanza: Stanza, writtenName: string): Interface {
  const name = normalizeInterfaceName(writtenName);
  const b = new InterfaceBuilder(ctx, name, stanza.node.location);
  for (let i = 0; i < stanza.children.length; i++) {
    const child = stanza.children[i]!;
    const cmd = commandOf(ctx, child);
    if (cmd !== null && isInterfaceCommand(cmd.kind))
      b.apply(cmd as CommandOf<InterfaceCommandKind>, child.location);
  }
  return {
    name,
    writtenName: stanza.node.words.slice(1).join(" "),
    location: stanza.node.location,
    headerLocations: stanza.occurrences.map((o) => o.location),
    description: b.description,
    ipv4: b.ipv4,
    ipv4Dynamic: b.ipv4Dynamic,
    ipv4Unnumbered: b.ipv4Unnumbered,
    ipv4RemovedBy: b.ipv4RemovedBy,
    ipv4Secondary: b.ipv4Secondary,
    ipv6: b.ipv6,
    shutdown: b.shutdown,
    natRole: b.natRole,
    vrf: b.vrf,
    rii: b.rii,
    groups: [...b.groups.values()],
    asymmetricRouting: b.asymmetricRoutingField(),
    zone: b.zone,
    bfd: b.bfd,
    channelGroup: b.channelGroup,
  };
}
