/**
 * ConfigTree → Chassis: runs the grammar, then walks the top-level stanzas (duplicates merged in
 * file order) and hands each block to its builder.
 */
import { basename } from "node:path";
import type { Command } from "../parse/grammar/commands.js";
import type { ParsedLine } from "../parse/grammar/index.js";
import {
  hasSecret,
  maskSecrets,
  type ParseMemo,
  parseConfigTree,
  sortByPosition,
} from "../parse/grammar/index.js";
import { normalizeInterfaceName } from "../parse/ifname.js";
import { isReaderTree } from "../parse/node.js";
import { repeatedStanzas, type Stanza, stanzaOf } from "../parse/stanzas.js";
import type { ConfigNode, ConfigTree, Diagnostic, SourceLocation } from "../parse/types.js";
import { AclBuilder } from "./acl.js";
import { type BuildContext, commandOf } from "./context.js";
import { configured } from "./fields.js";
import { FirewallBuilder } from "./firewall.js";
import { buildInterface } from "./interfaces.js";
import { buildKeyChain } from "./keychains.js";
import { type BuildLines, StreamingLines, WholeTreeLines } from "./lines.js";
import { NatBuilder } from "./nat.js";
import { buildRedundancy } from "./redundancy.js";
import { buildIpSla, buildTrack } from "./tracks.js";
import type {
  AccessList,
  Chassis,
  Field,
  Interface,
  IpSla,
  KeyChain,
  NatConfig,
  TrackObject,
} from "./types.js";

/** Several top-level stanzas of one block (e.g. an empty and a full `interface X`) as one. */
function combine(stanzas: readonly Stanza[]): Stanza {
  if (stanzas.length === 1) return stanzas[0]!;
  return {
    node: stanzas[0]!.node,
    occurrences: stanzas.flatMap((s) => s.occurrences),
    children: stanzas.flatMap((s) => s.children),
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * `memo`: the grammar's outcomes by command text, to share with the other chassis of a pair (the
 * two configs are mostly the same lines); the chassis is the same with or without it.
 */
export function buildChassis(tree: ConfigTree, memo: ParseMemo | null = null): Chassis {
  // A tree from readConfig is parsed block by block as the loop below reaches it, and each
  // block's results are dropped once built (see lines.ts); any other tree is parsed whole first.
  const lines: BuildLines = isReaderTree(tree)
    ? new StreamingLines(tree, isEvidence, memo)
    : new WholeTreeLines(parseConfigTree(tree, memo), isEvidence);
  const ctx: BuildContext = { lines, diagnostics: [] };

  let hostname: Field<string> | null = null;
  let version: Field<string> | null = null;
  let cubeRedundancyGroup: Field<number> | null = null;
  const interfaceStanzas = new Map<string, { written: string; stanzas: Stanza[] }>();
  const redundancyStanzas: Stanza[] = [];
  const tracks = new Map<number, TrackObject>();
  const ipSlas = new Map<number, IpSla>();
  const keyChains = new Map<string, KeyChain>();
  const nat = new NatBuilder();
  const firewall = new FirewallBuilder();

  // The top-level blocks with repeats merged (mergedStanzas), without building a stanza for the
  // many that need none (NAT rules, pools, the lines no builder reads), and without making a node
  // for a top-level command whose builder needs only its command and location.
  const repeated = repeatedStanzas(tree);
  if (repeated !== null) {
    // A block given twice is built with its first occurrence: read all its occurrences now.
    for (const stanza of repeated.values()) for (const o of stanza.occurrences) lines.classify(o);
  }
  // Access lists in file order, read once the NAT rules are known (see readAcls).
  const aclParts: AclPart[] = [];
  const rootKeys = lines.rootKeys;
  for (let r = 0; r < rootKeys.length; r++) {
    const key = rootKeys[r]!;
    const duplicate = lines.isDuplicateRoot(key);
    const inRepeat = duplicate || lines.isRepeatedRoot(key);
    if (!inRepeat) lines.classifyRoot(key);
    if (duplicate) continue;
    const cmd = lines.rootCommand(key);
    if (cmd?.kind === "acl") {
      // Its entries are read after the loop, and only if a NAT rule uses the list.
      aclParts.push({
        kind: "named",
        cmd,
        stanza: stanzaOf(lines.rootNode(key), repeated),
        classified: inRepeat,
      });
      continue;
    }
    if (!inRepeat) lines.classifyRootDescendants(key);
    if (cmd === null) {
      if (!inRepeat) lines.releaseRoot(key);
      continue;
    }
    const at = lines.rootLocation(key);
    switch (cmd.kind) {
      case "hostname":
        hostname = configured(cmd.name, at);
        break;
      case "version":
        version = configured(cmd.version, at);
        break;
      case "interface": {
        const name = normalizeInterfaceName(cmd.name);
        const entry = interfaceStanzas.get(name);
        if (entry === undefined)
          interfaceStanzas.set(name, {
            written: cmd.name,
            stanzas: [stanzaOf(lines.rootNode(key), repeated)],
          });
        else entry.stanzas.push(stanzaOf(lines.rootNode(key), repeated));
        break;
      }
      case "redundancy":
        redundancyStanzas.push(stanzaOf(lines.rootNode(key), repeated));
        break;
      case "nat-pool":
        nat.addPool(cmd, at);
        break;
      case "nat-rule":
        nat.addRule(cmd, at);
        break;
      case "nat-http-replication":
        nat.setHttpReplication(cmd, at);
        break;
      case "nat-service-disabled":
        nat.addDisabledService(cmd, at);
        break;
      case "acl-numbered":
        aclParts.push({ kind: "numbered", cmd, location: at });
        break;
      case "track":
        tracks.set(cmd.id, buildTrack(stanzaOf(lines.rootNode(key), repeated), cmd));
        break;
      case "ip-sla":
        ipSlas.set(cmd.id, buildIpSla(ctx, stanzaOf(lines.rootNode(key), repeated), cmd));
        break;
      case "zone":
        firewall.addZone(cmd, at);
        break;
      case "zone-pair":
        firewall.addZonePair(ctx, stanzaOf(lines.rootNode(key), repeated), cmd);
        break;
      case "inspect-global":
        firewall.setInspectGlobal(ctx, stanzaOf(lines.rootNode(key), repeated));
        break;
      case "voice-service-voip":
        for (const child of stanzaOf(lines.rootNode(key), repeated).children) {
          const c = commandOf(ctx, child);
          if (c?.kind === "voice-redundancy-group") cubeRedundancyGroup = configured(c.group, child.location);
        }
        break;
      case "key-chain": {
        const earlier = keyChains.get(cmd.name);
        const chain = buildKeyChain(ctx, stanzaOf(lines.rootNode(key), repeated), cmd);
        keyChains.set(
          cmd.name,
          earlier === undefined ? chain : { ...earlier, keys: new Map([...earlier.keys, ...chain.keys]) },
        );
        break;
      }
      default:
        break;
    }
    // Interfaces and the redundancy block are built after the loop; every other block is done.
    const deferred = cmd.kind === "interface" || cmd.kind === "redundancy";
    if (!inRepeat && !deferred) lines.releaseRoot(key);
  }

  const natConfig = nat.build();
  const acls = readAcls(ctx, lines, aclParts, natConfig);

  const interfaces = new Map<string, Interface>();
  for (const [name, entry] of interfaceStanzas) {
    interfaces.set(name, buildInterface(ctx, combine(entry.stanzas), entry.written));
  }
  const redundancy = buildRedundancy(ctx, redundancyStanzas.length === 0 ? null : combine(redundancyStanzas));

  const diagnostics = sortByPosition([
    ...maskedReaderDiagnostics(tree),
    ...lines.sortedDiagnostics(),
    ...ctx.diagnostics,
  ]);

  const chassis: Omit<Chassis, "tree"> = {
    file: tree.file,
    hostname,
    displayName: hostname?.value ?? (basename(tree.file) || "chassis"),
    version,
    interfaces,
    redundancy,
    tracks,
    ipSlas,
    nat: natConfig,
    acls,
    firewall: firewall.build(),
    keyChains,
    cubeRedundancyGroup,
    diagnostics,
    looksLikeConfig: lines.evidence,
    lineCounts: lines.counts(),
  };
  // The tree holds every line verbatim, secrets included: keep it off JSON.stringify's path.
  Object.defineProperty(chassis, "tree", { value: tree, enumerable: false, writable: false });
  return chassis as Chassis;
}

type AclPart =
  | {
      readonly kind: "named";
      readonly cmd: Extract<Command, { kind: "acl" }>;
      readonly stanza: Stanza;
      /** Whether its lines are classified already (a block given twice is read up front). */
      readonly classified: boolean;
    }
  | {
      readonly kind: "numbered";
      readonly cmd: Extract<Command, { kind: "acl-numbered" }>;
      readonly location: SourceLocation;
    };

/**
 * The access lists the NAT rules use (`… source list NAME …`): what a NAT rule translates is
 * what its list permits, so these are compared between the chassis (RG408) and read for ALG
 * traffic (RG407). No rule reads any other list (interface filters, QoS, route-maps), and on a
 * large configuration they are much of the file: their entries are not parsed, not modelled and
 * not checked for unrecognized lines, and count as ignored. Lists are built in file order, so
 * named blocks and numbered lines of one list merge as before.
 */
function readAcls(
  ctx: BuildContext,
  lines: BuildLines,
  parts: readonly AclPart[],
  nat: NatConfig,
): Map<string, AccessList> {
  const used = new Set<string>();
  for (const rule of nat.rules) if (rule.kind === "list" && rule.match !== null) used.add(rule.match);
  const acls = new AclBuilder();
  for (const part of parts) {
    if (part.kind === "numbered") {
      if (used.has(part.cmd.name)) acls.addNumbered(part.cmd.name, part.cmd.entry, part.location);
      continue;
    }
    const { cmd, stanza } = part;
    // The lines still to classify here (null: all classified already).
    const toRead = part.classified ? null : lines;
    if (!used.has(cmd.name)) {
      toRead?.skipDescendants(stanza.node);
      continue;
    }
    toRead?.classifyDescendants(stanza.node);
    const list = acls.named(cmd.name, cmd.aclKind, stanza.node.location);
    const children = stanza.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const c = commandOf(ctx, child);
      if (c?.kind === "acl-entry") list.add(c.words, c.sequence, child.location);
    }
    toRead?.release(stanza.node);
  }
  return acls.build();
}

/**
 * The reader quotes lines in some messages (misindented lines, duplicate stanzas); a quoted line
 * that carries a secret is masked.
 */
function maskedReaderDiagnostics(tree: ConfigTree): Diagnostic[] {
  if (tree.diagnostics.length === 0) return [];
  // Only the lines the messages point at can be quoted in them: test just those for secrets.
  const quoted = new Set<number>();
  for (const d of tree.diagnostics) {
    quoted.add(d.location.line);
    for (const r of d.related ?? []) quoted.add(r.line);
  }
  const secretNodesByLine = new Map<number, ConfigNode[]>();
  if (isReaderTree(tree)) {
    // The commands of the quoted lines, found by line: no node for the others.
    for (const line of quoted) {
      for (const o of tree.ordinalsAtLine(line)) {
        if (hasSecret(tree.textOf(o))) pushTo(secretNodesByLine, line, tree.node(o));
      }
    }
  } else {
    // Every node, depth-first in file order.
    const stack: ConfigNode[] = [];
    for (let i = tree.roots.length - 1; i >= 0; i--) stack.push(tree.roots[i]!);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (quoted.has(node.location.line) && hasSecret(node.text))
        pushTo(secretNodesByLine, node.location.line, node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  if (secretNodesByLine.size === 0) return tree.diagnostics;
  return tree.diagnostics.map((d) => {
    let message = d.message;
    for (const loc of [d.location, ...(d.related ?? [])]) {
      for (const node of secretNodesByLine.get(loc.line) ?? []) {
        message = message.split(node.text).join(maskSecrets(node.text));
      }
    }
    return message === d.message ? d : { ...d, message };
  });
}

/** First words of common global commands: evidence that a file is an IOS configuration. */
const GLOBAL_COMMAND_STARTS = new Set([
  "aaa new-model",
  "boot system",
  "crypto pki",
  "crypto isakmp",
  "crypto ipsec",
  "enable secret",
  "enable password",
  "ip domain",
  "ip domain-name",
  "ip route",
  "ip vrf",
  "ip prefix-list",
  "ip ssh",
  "ip http",
  "ipv6 unicast-routing",
  "line con",
  "line vty",
  "logging buffered",
  "no ip",
  "no service",
  "ntp server",
  "router bgp",
  "router ospf",
  "router eigrp",
  "router isis",
  "service timestamps",
  "service password-encryption",
  "snmp-server community",
  "snmp-server host",
  "spanning-tree mode",
  "vrf definition",
]);

/** One-word global commands that are evidence on their own. */
const GLOBAL_SINGLE_WORDS = new Set(["boot-start-marker", "boot-end-marker", "control-plane"]);

function isEvidence(node: ConfigNode, line: ParsedLine | undefined): boolean {
  const cmd = line?.command ?? null;
  if (cmd !== null) {
    // Guard the commands whose shape a prose line could share.
    if (cmd.kind === "interface") return /^[A-Za-z][A-Za-z-]*\d/.test(cmd.name);
    if (cmd.kind === "version") return /^\d+(\.\d+)*$/.test(cmd.version);
    if (cmd.kind === "hostname") return node.words.length === 2 && /^[A-Za-z][\w.-]*$/.test(cmd.name);
    return true;
  }
  if (node.parent !== null) return false;
  const w0 = node.words[0]?.toLowerCase() ?? "";
  const two = `${w0} ${node.words[1]?.toLowerCase() ?? ""}`;
  if (node.words.length === 1) return GLOBAL_SINGLE_WORDS.has(w0);
  return GLOBAL_COMMAND_STARTS.has(two) || (w0 === "username" && node.words.length >= 3);
}
