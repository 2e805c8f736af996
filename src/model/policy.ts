/**
 * How each model field is compared between the two chassis, so drift rules need no special cases:
 * - `must-match`: the same value is expected on both chassis (a difference is drift);
 * - `per-chassis`: meant to differ or allowed to (priority, threshold, preempt, physical
 *   addresses, hostname, descriptions); shown, never reported as drift;
 * - `local`: bookkeeping that is not compared at all (locations, spelling, parse data).
 *
 * Every table lists every field of its model type (checked by the compiler), so a field added to
 * the model cannot be forgotten here.
 */
import type {
  AccessList,
  AclEntry,
  Chassis,
  FieldPolicy,
  FirewallConfig,
  Interface,
  IpSla,
  KeyChain,
  NatConfig,
  NatPool,
  NatRule,
  RedundancyApplication,
  RedundancyGroup,
  RedundancyProtocol,
  TrackObject,
  ZonePair,
} from "./types.js";

type PolicyTable<T> = { readonly [K in keyof Required<T>]: FieldPolicy };

const chassis = {
  file: "local",
  hostname: "per-chassis",
  displayName: "local",
  version: "must-match",
  interfaces: "must-match",
  redundancy: "must-match",
  tracks: "must-match",
  ipSlas: "must-match",
  nat: "must-match",
  acls: "must-match",
  firewall: "must-match",
  keyChains: "must-match",
  cubeRedundancyGroup: "must-match",
  tree: "local",
  diagnostics: "local",
  looksLikeConfig: "local",
  lineCounts: "local",
} as const satisfies PolicyTable<Chassis>;

/** For interfaces paired by RII (their names may differ between chassis). */
const iface = {
  name: "local",
  writtenName: "local",
  location: "local",
  headerLocations: "local",
  description: "per-chassis",
  ipv4: "per-chassis",
  ipv4Dynamic: "must-match",
  ipv4Unnumbered: "must-match",
  ipv4RemovedBy: "local",
  ipv4Secondary: "per-chassis",
  ipv6: "per-chassis",
  shutdown: "local",
  natRole: "must-match",
  vrf: "must-match",
  rii: "must-match",
  groups: "must-match",
  asymmetricRouting: "must-match",
  zone: "must-match",
  bfd: "must-match",
  channelGroup: "local",
} as const satisfies PolicyTable<Interface>;

const redundancy = {
  location: "local",
  mode: "must-match",
  applicationLocation: "local",
  groups: "must-match",
  protocols: "must-match",
} as const satisfies PolicyTable<RedundancyApplication>;

const group = {
  id: "must-match",
  location: "local",
  name: "must-match",
  preempt: "per-chassis",
  priority: "per-chassis",
  failoverThreshold: "per-chassis",
  legacyThresholdSyntax: "local",
  tracks: "must-match",
  delayMs: "must-match",
  reloadMs: "must-match",
  control: "must-match",
  data: "must-match",
  asymmetricRouting: "must-match",
  shutdown: "must-match",
} as const satisfies PolicyTable<RedundancyGroup>;

const protocol = {
  id: "must-match",
  location: "local",
  name: "must-match",
  helloMs: "must-match",
  holdMs: "must-match",
  timersLocation: "local",
  authentication: "must-match",
  bfd: "must-match",
} as const satisfies PolicyTable<RedundancyProtocol>;

const natConfig = {
  pools: "must-match",
  rules: "must-match",
  httpReplication: "must-match",
  disabledServices: "must-match",
} as const satisfies PolicyTable<NatConfig>;

const natRule = {
  direction: "must-match",
  target: "must-match",
  kind: "must-match",
  local: "must-match",
  global: "must-match",
  protocol: "must-match",
  localPort: "must-match",
  globalPort: "must-match",
  match: "must-match",
  pool: "must-match",
  overloadInterface: "must-match",
  globalInterface: "must-match",
  vrf: "must-match",
  redundancy: "must-match",
  mappingId: "must-match",
  options: "must-match",
  identity: "must-match",
  location: "local",
} as const satisfies PolicyTable<NatRule>;

const natPool = {
  name: "must-match",
  start: "must-match",
  end: "must-match",
  prefixLength: "must-match",
  options: "must-match",
  location: "local",
} as const satisfies PolicyTable<NatPool>;

const track = {
  id: "must-match",
  target: "must-match",
  location: "local",
} as const satisfies PolicyTable<TrackObject>;

const ipSla = {
  id: "must-match",
  operation: "must-match",
  location: "local",
} as const satisfies PolicyTable<IpSla>;

const accessList = {
  name: "must-match",
  kind: "must-match",
  entries: "must-match",
  location: "local",
} as const satisfies PolicyTable<AccessList>;

const aclEntry = {
  normalized: "must-match",
  sequence: "local",
  location: "local",
} as const satisfies PolicyTable<AclEntry>;

const firewall = {
  zones: "must-match",
  zonePairs: "must-match",
  inspectGlobal: "must-match",
} as const satisfies PolicyTable<FirewallConfig>;

const zonePair = {
  name: "must-match",
  source: "must-match",
  destination: "must-match",
  servicePolicy: "must-match",
  location: "local",
} as const satisfies PolicyTable<ZonePair>;

const keyChain = {
  name: "must-match",
  keys: "must-match",
  location: "local",
} as const satisfies PolicyTable<KeyChain>;

export const FIELD_POLICIES = {
  chassis,
  interface: iface,
  redundancy,
  group,
  protocol,
  natConfig,
  natRule,
  natPool,
  track,
  ipSla,
  accessList,
  aclEntry,
  firewall,
  zonePair,
  keyChain,
} as const;

export type PolicyElement = keyof typeof FIELD_POLICIES;

/** The policy of `field` of a model element, e.g. `fieldPolicy("group", "priority")` → `per-chassis`. */
export function fieldPolicy<E extends PolicyElement>(
  element: E,
  field: keyof (typeof FIELD_POLICIES)[E],
): FieldPolicy {
  return FIELD_POLICIES[element][field] as FieldPolicy;
}

/** The fields of `element` with the given policy, in table order. */
export function fieldsWithPolicy<E extends PolicyElement>(
  element: E,
  policy: FieldPolicy,
): (keyof (typeof FIELD_POLICIES)[E] & string)[] {
  const table = FIELD_POLICIES[element] as Readonly<Record<string, FieldPolicy>>;
  return Object.keys(table).filter((k) => table[k] === policy) as (keyof (typeof FIELD_POLICIES)[E] &
    string)[];
}
