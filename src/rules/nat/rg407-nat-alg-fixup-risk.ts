import type { SourceLocation } from "../../parse/types.js";
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
    const carriers: Array<{ text: string; algs: Alg[]; location: SourceLocation }> = [];
    for (const rule of inLineOrder(chassis.nat.rules)) {
      if (!isRgAssociated(rule)) continue;
      const algs = (algsCarriedBy(rule, chassis) ?? []).filter((alg) => enabled.has(alg));
      if (algs.length > 0) carriers.push({ text: natRuleText(rule), algs, location: rule.location });
    }
    const first = carriers[0];
    if (first === undefined) return;
    const all = [...new Set(carriers.flatMap((c) => c.algs))].sort();
    const more = carriers.length - 1;
    report({
      message: `${chassis.displayName}'s stateful NAT rule \`${first.text}\`${more > 0 ? ` (and ${more} more redundancy-associated rule${more === 1 ? "" : "s"})` : ""} can carry TCP connections of ALG-handled protocols (${all.join(", ")}): their SEQ/ACK fixups are synchronized to the standby only periodically, so such connections may be reset at switchover.`,
      location: first.location,
      side,
      fix: "Expected behaviour, not a misconfiguration. If a protocol listed does not cross this NAT, turn its ALG off (for example `no ip nat service sip tcp port 5060`, `no ip nat service dns tcp`); otherwise plan for these TCP connections to reconnect after a switchover.",
      subject: "alg-fixup",
    });
  },
};
