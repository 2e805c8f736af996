/** Small config builders for the pairing rules' tests (RG102–RG108). Line N of the text is lines[N-1]. */

export function cfg(...lines: readonly string[]): string {
  return `${lines.join("\n")}\n`;
}

/**
 * A redundant LAN subinterface as in the clean pair: 7 lines from `hostname` (line 1) to the
 * `redundancy group` line (line 7): 2 interface, 3 encapsulation, 4 ip address, 5 ip nat,
 * 6 redundancy rii, 7 redundancy group.
 */
export function lanSubinterface(
  hostname: string,
  opts: { host: number; rii?: number; group?: string; nat?: "inside" | "outside" } = { host: 2 },
): string {
  return cfg(
    `hostname ${hostname}`,
    "interface TenGigabitEthernet0/0/0.100",
    " encapsulation dot1Q 100",
    ` ip address 10.10.1.${opts.host} 255.255.255.0`,
    ` ip nat ${opts.nat ?? "inside"}`,
    ` redundancy rii ${opts.rii ?? 101}`,
    ` redundancy group ${opts.group ?? "1 ip 10.10.1.1 exclusive decrement 60"}`,
  );
}
