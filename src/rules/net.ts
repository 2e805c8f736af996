/** IPv4 arithmetic for rules: subnets, containment. */
import { ipv4ToNumber } from "../model/addresses.js";

export { ipv4ToNumber };

export function prefixMask(prefixLength: number): number {
  return prefixLength <= 0 ? 0 : prefixLength >= 32 ? 0xffffffff : (0xffffffff << (32 - prefixLength)) >>> 0;
}

export interface Ipv4Prefix {
  readonly address: string;
  readonly prefixLength: number;
}

/** The network address of `p`, as a number, or null for an invalid address. */
export function networkOf(p: Ipv4Prefix): number | null {
  const n = ipv4ToNumber(p.address);
  return n === null ? null : (n & prefixMask(p.prefixLength)) >>> 0;
}

export function sameSubnet(x: Ipv4Prefix, y: Ipv4Prefix): boolean {
  if (x.prefixLength !== y.prefixLength) return false;
  const nx = networkOf(x);
  return nx !== null && nx === networkOf(y);
}

/** Whether `address` lies inside the subnet of `p`. */
export function inSubnet(address: string, p: Ipv4Prefix): boolean {
  const a = ipv4ToNumber(address);
  return a !== null && numberInSubnet(a, p);
}

/** `inSubnet` for an address already read as a number. */
export function numberInSubnet(a: number, p: Ipv4Prefix): boolean {
  const net = networkOf(p);
  return net !== null && (a & prefixMask(p.prefixLength)) >>> 0 === net;
}
