import type { Chassis, Interface } from "../../model/types.js";
import { sameSubnet } from "../net.js";

/**
 * The peer's interface that most likely serves the same segment as `own`: the one with the same
 * name, else the first one whose primary IPv4 subnet is the same. Used to point a finding about
 * an unpaired interface at the peer line an engineer will want to compare.
 */
export function peerCounterpart(own: Interface, peer: Chassis): Interface | null {
  const byName = peer.interfaces.get(own.name);
  if (byName !== undefined) return byName;
  if (own.ipv4 === null) return null;
  for (const candidate of peer.interfaces.values()) {
    if (candidate.ipv4 !== null && sameSubnet(own.ipv4, candidate.ipv4)) return candidate;
  }
  return null;
}
