/** A short plain-text summary of a chassis for the default `rglint parse` output (no colours). */
import { basename } from "node:path";
import { effectiveProtocol } from "./defaults.js";
import type { Chassis, Field, Interface, RedundancyGroup, RedundancyProtocol, TrackTarget } from "./types.js";

const dflt = (f: Field<unknown>): string => (f.isDefault ? " (default)" : "");

function groupLines(g: RedundancyGroup): string[] {
  const head = [
    `priority ${g.priority.value}${dflt(g.priority)}`,
    g.failoverThreshold === null
      ? "no failover threshold"
      : `failover threshold ${g.failoverThreshold.value}${g.legacyThresholdSyntax ? " (legacy failover-threshold)" : ""}`,
    `preempt ${g.preempt.value ? "on" : "off"}${dflt(g.preempt)}`,
  ];
  if (g.shutdown.value) head.push("shutdown");
  const links = [
    `timers delay ${g.delayMs.value} ms${dflt(g.delayMs)}, reload ${g.reloadMs.value} ms${dflt(g.reloadMs)}`,
    g.control === null ? "no control link" : `control ${g.control.interface} protocol ${g.control.protocol}`,
    g.data === null ? "no data link" : `data ${g.data.interface}`,
  ];
  const out = [
    `  group ${g.id}${g.name === null ? "" : ` "${g.name.value}"`}: ${head.join(", ")}`,
    `    ${links.join("; ")}`,
  ];
  if (g.tracks.length > 0) {
    const tracks = g.tracks.map((t) =>
      t.action === "shutdown" ? `${t.track} shutdown` : `${t.track} decrement ${t.decrement}`,
    );
    out.push(`    tracks: ${tracks.join(", ")}`);
  }
  for (const a of g.asymmetricRouting) out.push(`    asymmetric-routing ${a.value}`);
  return out;
}

function protocolLine(p: RedundancyProtocol, configured: boolean): string {
  const auth =
    p.authentication.kind === "none"
      ? "no authentication"
      : p.authentication.kind === "md5-key-chain"
        ? `authentication md5 key-chain ${p.authentication.keyChain}`
        : p.authentication.kind === "text"
          ? "authentication text <secret>"
          : "authentication md5 key-string <secret>";
  const parts = [
    `hello ${p.helloMs.value} ms${dflt(p.helloMs)}`,
    `hold ${p.holdMs.value} ms${dflt(p.holdMs)}`,
    auth,
    `bfd ${p.bfd.value ? "on" : "off"}${dflt(p.bfd)}`,
  ];
  const name = p.name === null ? "" : ` "${p.name.value}"`;
  return `  protocol ${p.id}${name}${configured ? "" : " (not configured: defaults)"}: ${parts.join(", ")}`;
}

function interfaceLine(i: Interface): string {
  const parts: string[] = [];
  if (i.rii !== null)
    parts.push(`RII ${i.rii.id}${i.rii.decrement === null ? "" : ` decrement ${i.rii.decrement}`}`);
  for (const g of i.groups) {
    const vip = g.vip === null ? "no VIP" : `VIP ${g.vip}${g.exclusive ? " exclusive" : ""}`;
    parts.push(`group ${g.group} ${vip}${g.decrement === null ? "" : ` decrement ${g.decrement}`}`);
  }
  if (i.ipv4 !== null) parts.push(`${i.ipv4.address}/${i.ipv4.prefixLength}`);
  else if (i.ipv4Dynamic !== null) parts.push(`ip address ${i.ipv4Dynamic.value}`);
  else if (i.ipv4Unnumbered !== null) parts.push(`ip unnumbered ${i.ipv4Unnumbered.value}`);
  else parts.push("no IPv4 address");
  if (i.vrf !== null) parts.push(`vrf ${i.vrf.value}`);
  if (i.natRole !== null) parts.push(`nat ${i.natRole.value}`);
  if (i.zone !== null) parts.push(`zone ${i.zone.value}`);
  if (i.shutdown.value) parts.push("shutdown");
  return `  ${i.name}: ${parts.join("; ")}`;
}

function trackText(t: TrackTarget): string {
  switch (t.kind) {
    case "interface":
      return `interface ${t.interface} ${t.condition.replace("-routing", " routing")}`;
    case "ip-sla":
      return `ip sla ${t.sla} ${t.condition}`;
    default:
      return t.text;
  }
}

export function chassisSummary(chassis: Chassis): string {
  const out: string[] = [];
  const name = chassis.hostname?.value ?? "(no hostname)";
  out.push(`${name}  (${basename(chassis.file) || chassis.file})`);
  const facts: string[] = [];
  if (chassis.version !== null) facts.push(`version ${chassis.version.value}`);
  const app = chassis.redundancy;
  facts.push(app === null ? "no redundancy block" : `redundancy mode ${app.mode?.value ?? "(not set)"}`);
  if (chassis.cubeRedundancyGroup !== null)
    facts.push(`CUBE redundancy-group ${chassis.cubeRedundancyGroup.value}`);
  out.push(`  ${facts.join(", ")}`);
  const c = chassis.lineCounts;
  out.push(
    `  lines: ${c.understood} understood, ${c.ignored} ignored, ${c.unrecognized} unrecognized; ${chassis.diagnostics.length} diagnostic(s)`,
  );
  if (!chassis.looksLikeConfig) out.push("  this does not look like an IOS configuration");

  const groups = [...(app?.groups.values() ?? [])];
  out.push("Redundancy groups", ...(groups.length === 0 ? ["  none"] : groups.flatMap(groupLines)));

  const protocolIds = new Set<number>([...(app?.protocols.keys() ?? [])]);
  for (const g of groups) if (g.control !== null) protocolIds.add(g.control.protocol);
  out.push("Protocols");
  if (protocolIds.size === 0) out.push("  none");
  for (const id of [...protocolIds].sort((x, y) => x - y)) {
    out.push(protocolLine(effectiveProtocol(app, id), app?.protocols.has(id) ?? false));
  }

  const redundant = [...chassis.interfaces.values()].filter((i) => i.rii !== null || i.groups.length > 0);
  out.push(
    "Interfaces with redundancy",
    ...(redundant.length === 0 ? ["  none"] : redundant.map(interfaceLine)),
  );

  out.push("Tracks");
  if (chassis.tracks.size === 0) out.push("  none");
  for (const t of chassis.tracks.values()) out.push(`  track ${t.id}: ${trackText(t.target)}`);

  const nat = chassis.nat;
  const withRg = nat.rules.filter((r) => r.redundancy !== null).length;
  const statics = nat.rules.filter((r) => r.kind === "static").length;
  const http =
    nat.httpReplication === null
      ? "off"
      : `on${nat.httpReplication.value.port === null ? "" : ` (port ${nat.httpReplication.value.port})`}`;
  out.push(
    `NAT: ${nat.pools.size} pool(s), ${nat.rules.length} rule(s) (${statics} static, ${nat.rules.length - statics} dynamic; ${withRg} with redundancy), HTTP replication ${http}`,
  );
  return `${out.join("\n")}\n`;
}
