import type { PairRule } from "../types.js";

export const rg606: PairRule = {
  id: "RG606",
  name: "version-mismatch",
  level: "warning",
  tags: ["drift", "correctness"],
  scope: "pair",
  confidence: "confirmed",
  shortDescription: "The `version` lines of the two chassis differ.",
  fullDescription:
    "Cisco requires the active and the standby device to run an identical Cisco IOS XE release for box-to-box redundancy (firewall, NAT and CUBE high availability). The `version` line of a running configuration names the release train (e.g. `version 17.9`); when the two chassis show different trains, they run different releases, and session state synchronized from one may not be understood by the other. A file without a `version` line (a fragment) is not compared.",
  check({ pair }, report) {
    const { a, b } = pair;
    if (a.version === null || b.version === null) return;
    if (a.version.location === null || b.version.location === null) return;
    if (a.version.value === b.version.value) return;
    report({
      message: `${b.displayName} runs \`version ${b.version.value}\`, ${a.displayName} runs \`version ${a.version.value}\`: box-to-box redundancy expects the same IOS-XE release on both chassis.`,
      location: b.version.location,
      side: "b",
      related: [
        { location: a.version.location, message: `\`version ${a.version.value}\` on ${a.displayName}` },
      ],
      fix: `Upgrade (or downgrade) one chassis so that both run the same IOS-XE release; during a staged upgrade this warning is expected until the second chassis is done.`,
      subject: "version",
    });
  },
};
