import type { SourceLocation } from "../../model/types.js";
import type { ChassisRule, RelatedLocation } from "../types.js";
import { groupsOf, protocolBlock } from "./links.js";

const MD5_FIX =
  "Configure MD5 authentication under the protocol instance, preferably from a key chain (`authentication md5 key-chain NAME`, with the same key chain on both chassis), or `authentication md5 key-string …`; change both chassis together, or the peers stop accepting each other's hellos.";

export const rg308: ChassisRule = {
  id: "RG308",
  name: "weak-authentication",
  level: "warning",
  tags: ["security"],
  scope: "chassis",
  confidence: "confirmed",
  shortDescription:
    "A redundancy protocol instance has no `authentication`, or uses plain-text `authentication text`.",
  fullDescription:
    "The RG control protocol decides which chassis is active. Without authentication (the default) any host that can reach the control link can send hellos and resign or preempt messages and move the active role; with `authentication text` the key crosses the link in clear text and can be read and replayed. Cisco notes that RG control traffic is not secured natively. MD5 (key string or key chain) at least authenticates the hellos. A group whose control line names a protocol instance without a block runs without authentication too; that is reported at the control line.",
  check({ chassis, side }, report) {
    const protocols = [...(chassis.redundancy?.protocols.values() ?? [])].sort((x, y) => x.id - y.id);
    for (const configured of protocols) {
      const protocol = protocolBlock(chassis, configured.id);
      if (protocol === null || protocol.location === null) continue;
      const auth = protocol.authentication;
      if (auth.kind === "text") {
        report({
          message: `${chassis.displayName}'s protocol ${protocol.id} uses plain-text authentication: the key crosses the control link in clear text and can be read and replayed.`,
          location: auth.location,
          side,
          fix: MD5_FIX,
          subject: `protocol=${protocol.id}`,
        });
      } else if (auth.kind === "none") {
        report({
          message: `${chassis.displayName}'s protocol ${protocol.id} has no authentication: any host on the control link can send hellos that move the active role.`,
          location: protocol.location,
          side,
          fix: MD5_FIX,
          subject: `protocol=${protocol.id}`,
        });
      }
    }
    // Protocol instances referenced by a control line without a block: defaults, so no
    // authentication. One finding per instance, at its first control line.
    const unblocked = new Map<number, { group: number; interface: string; location: SourceLocation }[]>();
    for (const group of groupsOf(chassis)) {
      const control = group.control;
      if (control === null || protocolBlock(chassis, control.protocol) !== null) continue;
      const uses = unblocked.get(control.protocol) ?? [];
      uses.push({ group: group.id, interface: control.interface, location: control.location });
      unblocked.set(control.protocol, uses);
    }
    for (const [protocolId, uses] of [...unblocked].sort((x, y) => x[0] - y[0])) {
      const [first, ...rest] = uses;
      if (first === undefined) continue;
      const related: RelatedLocation[] = rest.map((u) => ({
        location: u.location,
        message: `group ${u.group} on ${chassis.displayName} also uses protocol ${protocolId}`,
      }));
      const groups = `${uses.length === 1 ? "group" : "groups"} ${uses.map((u) => u.group).join(" and ")}`;
      report({
        message: `${chassis.displayName}'s protocol ${protocolId} (used by ${groups}) has no \`protocol ${protocolId}\` block, so it runs with the default of no authentication: any host on the control link can send hellos that move the active role.`,
        location: first.location,
        side,
        related,
        fix: `Add \`protocol ${protocolId}\` under \`application redundancy\` with \`authentication md5 key-chain NAME\` (the same key chain on both chassis), or \`authentication md5 key-string …\`.`,
        subject: `protocol=${protocolId}`,
      });
    }
  },
};
