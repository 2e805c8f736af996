import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChassis } from "../../src/model/chassis.js";
import { readConfig } from "../../src/parse/reader.js";
import { CORPUS, chassisView } from "./helpers.js";

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
    // A copy of the tree object is not a reader tree: it takes the whole-tree path.
    expect(chassisView(buildChassis({ ...tree }))).toEqual(chassisView(buildChassis(tree)));
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
    expect(chassisView(buildChassis({ ...tree }))).toEqual(chassisView(buildChassis(tree)));
  });
});
