/**
 * Interface name normalization: `Gi0/0/1`, `gi 0/0/1` and `GigabitEthernet0/0/1` are one interface.
 */

/** Canonical type names, keyed by the lower-case forms IOS accepts (full names and abbreviations). */
const CANONICAL: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["GigabitEthernet", ["gigabitethernet", "gigabit", "gige", "gig", "gi", "ge"]],
  ["TenGigabitEthernet", ["tengigabitethernet", "tengige", "tengig", "ten", "te"]],
  ["TwentyFiveGigE", ["twentyfivegige", "twentyfivegigabitethernet", "twe"]],
  ["FortyGigabitEthernet", ["fortygigabitethernet", "fortygige", "fo"]],
  ["HundredGigE", ["hundredgige", "hundredgigabitethernet", "hu"]],
  ["FastEthernet", ["fastethernet", "fa"]],
  ["Ethernet", ["ethernet", "eth", "et", "e"]],
  ["AppGigabitEthernet", ["appgigabitethernet", "ap"]],
  ["Port-channel", ["port-channel", "portchannel", "po"]],
  ["Loopback", ["loopback", "lo"]],
  ["Tunnel", ["tunnel", "tu"]],
  ["BDI", ["bdi"]],
  ["Vlan", ["vlan", "vl"]],
  ["Serial", ["serial", "se"]],
  ["Dialer", ["dialer", "di"]],
  ["Virtual-Template", ["virtual-template", "vt"]],
  ["Virtual-Access", ["virtual-access", "va"]],
  ["Multilink", ["multilink", "mu"]],
  ["ATM", ["atm"]],
  ["Cellular", ["cellular"]],
  ["VirtualPortGroup", ["virtualportgroup", "vi"]],
];

const BY_ALIAS = new Map<string, string>();
for (const [canonical, aliases] of CANONICAL) for (const alias of aliases) BY_ALIAS.set(alias, canonical);

/**
 * Normalizes an interface name to IOS's full spelling. Unknown types keep their spelling; the
 * numeric part is kept as written. `name` may contain a space between type and number.
 */
export function normalizeInterfaceName(name: string): string {
  const compact = name.replace(/\s+/g, "");
  let i = 0;
  while (i < compact.length) {
    const c = compact.charCodeAt(i);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45; /* '-' */
    if (!isLetter) break;
    i++;
  }
  const type = compact.slice(0, i);
  const rest = compact.slice(i);
  if (type === "") return compact;
  const canonical = BY_ALIAS.get(type.toLowerCase());
  return (canonical ?? type) + rest;
}

/** The physical parent of a subinterface (`GigabitEthernet0/0/1.100` → `GigabitEthernet0/0/1`). */
export function parentInterfaceName(normalized: string): string | null {
  const dot = normalized.lastIndexOf(".");
  return dot > 0 ? normalized.slice(0, dot) : null;
}
