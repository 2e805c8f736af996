import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChassis } from "../../src/model/chassis.js";
import { isReaderTree } from "../../src/parse/node.js";
import { readConfig } from "../../src/parse/reader.js";
import { CORPUS, chassisView, plainTree } from "./helpers.js";

/**
 * buildChassis reads a tree from readConfig block by block (dropping each block's parse results
 * once built); any other tree is parsed whole first. Both must give the same chassis.
 */
function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full));
    else if (/\.(cfg|txt)$/.test(name)) out.push(full);
  }
  return out;
}

describe("buildChassis: block by block or whole tree first", () => {
  const inputs = [...files(CORPUS), ...files(path.resolve("fixtures/pairs"))];

  it.each(inputs.map((f) => [path.relative(process.cwd(), f)]))("%s gives the same chassis", (file) => {
    const tree = readConfig(readFileSync(file), file);
    // A plain tree object is not a reader tree: it takes the whole-tree path.
    expect(chassisView(buildChassis(plainTree(tree)))).toEqual(chassisView(buildChassis(tree)));
  });

  it("a block given twice, a transcript and damaged indentation give the same chassis", () => {
    const text = [
      "hostname r1",
      "interface Gi0/0/1",
      " ip address 10.0.0.1 255.255.255.0",
      "ip access-list extended A",
      " 20 permit ip any any",
      "interface GigabitEthernet0/0/1",
      " redundancy rii 5",
      "ip access-list extended A",
      " 10 deny ip host 10.0.0.9 any",
      "redundancy",
      " application redundancy",
      "  group 1",
      "   priority 120",
      "redundancy",
      " application redundancy",
      "  group 1",
      "  preempt",
      "   name one",
      "",
    ].join("\n");
    const tree = readConfig(text, "t.cfg");
    expect(chassisView(buildChassis(plainTree(tree)))).toEqual(chassisView(buildChassis(tree)));
  });
});

describe("buildChassis on a reader tree", () => {
  it("makes nodes only for the blocks its builders read: none for routes, NAT rules or unused access lists", () => {
    const routes = Array.from({ length: 200 }, (_, i) => `ip route 10.${i}.0.0 255.255.0.0 192.0.2.1`);
    const nat = Array.from(
      { length: 50 },
      (_, i) =>
        `ip nat inside source static 10.0.0.${i + 1} 198.51.100.${i + 1} redundancy 1 mapping-id ${i + 1}`,
    );
    const unusedAcl = [
      "ip access-list extended NOT-FOR-NAT",
      ...Array.from({ length: 10 }, (_, i) => ` ${(i + 1) * 10} permit ip any host 10.9.9.${i}`),
    ];
    const text = [
      "hostname edge-a",
      "interface GigabitEthernet1",
      " ip address 10.0.0.2 255.255.255.0",
      " ip nat inside",
      ...routes,
      ...nat,
      ...unusedAcl,
      "",
    ].join("\n");
    const tree = readConfig(text, "edge-a.cfg");
    const chassis = buildChassis(tree);
    expect(chassis.nat.rules).toHaveLength(50);
    expect(chassis.interfaces.size).toBe(1);
    expect(chassis.lineCounts.ignored).toBeGreaterThanOrEqual(210);
    // The hostname (the first evidence that this is a configuration), the interface and its two
    // lines, and the access list's header: 5 of 264 commands.
    expect(isReaderTree(tree) && tree.nodesMade).toBe(5);
    expect(chassisView(chassis)).toEqual(chassisView(buildChassis(plainTree(tree))));
  });
});
