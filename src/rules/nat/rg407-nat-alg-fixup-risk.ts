import type { NatRule } from "../../model/types.js";
import type { ChassisRule } from "../types.js";
import { type Alg, algsCarriedBy, enabledAlgs } from "./alg-traffic.js";
import { inLineOrder, isRgAssociated, natRuleText } from "./nat-common.js";

export const rg407: ChassisRule = {
  id: "RG407",
  name: "nat-alg-fixup-risk",
  level: "note",
  tags: ["nat"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription:
    "Stateful NAT carries an ALG-handled protocol (DNS, FTP, H.323, RTSP, SIP) whose TCP SEQ/ACK fixups are synchronized only periodically.",
  fullDescription:
    "When an ALG rewrites an address inside a TCP payload (DNS, FTP, H.323, RTSP, SIP), the payload length changes and NAT keeps a sequence/acknowledgement fixup for the connection. Box-to-box NAT synchronizes these fixups to the standby only periodically, so such TCP connections may be reset at switchover even though their translation survives. The rule reports, once per chassis, the first redundancy-associated NAT rule that can carry TCP traffic of an ALG that is not turned off with `no ip nat service …`: a 1:1 static rule or a route-map rule can carry anything, a static port forward carries the ALG of its TCP port, and an ACL rule carries what its access list permits.",
  check({ chassis, side }, report) {
    const enabled = new Set(enabledAlgs(chassis));
    if (enabled.size === 0) return;
    // The first carrier, how many there are and the union of their ALGs: the message needs no
    // more, so nothing is kept or written per rule.
    let first: NatRule | null = null;
    let carriers = 0;
    const carried = new Set<Alg>();
    // An indexed loop: in cold code `for … of` allocates a result object per rule (10,000s).
    const rules = inLineOrder(chassis.nat.rules);
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if (!isRgAssociated(rule)) continue;
      const algs = algsCarriedBy(rule, chassis) ?? [];
      let carries = false;
      for (let i = 0; i < algs.length; i++) {
        if (!enabled.has(algs[i]!)) continue;
        carries = true;
        if (carried.size === enabled.size) break; // the union is complete: nothing left to add
        carried.add(algs[i]!);
      }
      if (!carries) continue;
      first ??= rule;
      carriers++;
    }
    if (first === null) return;
    const all = [...carried].sort();
    const more = carriers - 1;
    report({
      message: `${chassis.displayName}'s stateful NAT rule \`${natRuleText(first)}\`${more > 0 ? ` (and ${more} more redundancy-associated rule${more === 1 ? "" : "s"})` : ""} can carry TCP connections of ALG-handled protocols (${all.join(", ")}): their SEQ/ACK fixups are synchronized to the standby only periodically, so such connections may be reset at switchover.`,
      location: first.location,
      side,
      fix: "Expected behaviour, not a misconfiguration. If a protocol listed does not cross this NAT, turn its ALG off (for example `no ip nat service sip tcp port 5060`, `no ip nat service dns tcp`); otherwise plan for these TCP connections to reconnect after a switchover.",
      subject: "alg-fixup",
    });
  },
};
