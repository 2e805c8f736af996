import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChassis } from "../../src/model/chassis.js";
import type { Chassis } from "../../src/model/types.js";
import { readConfig } from "../../src/parse/reader.js";
import type { ConfigNode } from "../../src/parse/types.js";
import { inspectGlobal, servicePolicyLine } from "../../src/rules/firewall/zbf.js";
import { interfaceStanzas, rootsStartingWith } from "../../src/rules/stanzas.js";
import { CORPUS, plainTree } from "../model/helpers.js";

/**
 * Rules find the lines they quote in the tree. A reader tree is searched through its table (no
 * node for the other lines); any other tree through its nodes. Both must find the same lines.
 */
function shown(nodes: readonly ConfigNode[]): unknown[] {
  return nodes.map((n) => ({ text: n.text, at: n.location, children: n.children.map((c) => c.location) }));
}

function bothWays(file: string): [Chassis, Chassis] {
  const tree = readConfig(readFileSync(file), file);
  return [buildChassis(tree), buildChassis(plainTree(tree))];
}

const FILES = [
  ...readdirSync(path.join(CORPUS, "ios")).map((f) => path.join(CORPUS, "ios", f)),
  path.join(CORPUS, "b2b/cisco-cube-ha-asr1k-doc/router1-b2bred2.cfg"),
  path.resolve("fixtures/pairs/clean/a.cfg"),
  path.resolve("fixtures/pairs/demo/b.cfg"),
];

describe("the tree lookups rules use, on a reader tree and on a plain tree", () => {
  it.each(FILES.map((f) => [path.relative(process.cwd(), f), f]))("%s: the same lines", (_name, file) => {
    const [reader, plain] = bothWays(file);
    for (const word of ["interface", "zone-pair", "parameter-map", "ip"]) {
      expect(shown(rootsStartingWith(reader, word))).toEqual(shown(rootsStartingWith(plain, word)));
    }
    for (const [name, iface] of reader.interfaces) {
      expect(shown(interfaceStanzas(reader, iface))).toEqual(
        shown(interfaceStanzas(plain, plain.interfaces.get(name)!)),
      );
    }
    expect(inspectGlobal(reader)).toEqual(inspectGlobal(plain));
    for (const zp of reader.firewall.zonePairs.values()) {
      expect(servicePolicyLine(reader, zp)).toEqual(servicePolicyLine(plain, zp));
    }
  });

  it("finds the inspect-global redundancy line and a zone pair's service policy", () => {
    const text = [
      "hostname fw-a",
      "zone security INSIDE",
      "zone security OUTSIDE",
      "parameter-map type inspect global",
      " redundancy",
      " log dropped-packets enable",
      "zone-pair security IN-TO-OUT source INSIDE destination OUTSIDE",
      " service-policy type inspect POL-A",
      "",
    ].join("\n");
    const tree = readConfig(text, "fw-a.cfg");
    const [reader, plain] = [buildChassis(tree), buildChassis(plainTree(tree))];
    expect(inspectGlobal(reader)?.redundancy).toMatchObject({ line: 5, column: 2 });
    expect(inspectGlobal(reader)).toEqual(inspectGlobal(plain));
    const [zp] = [...reader.firewall.zonePairs.values()];
    expect(servicePolicyLine(reader, zp!)).toMatchObject({ line: 8, column: 2 });
    expect(servicePolicyLine(plain, zp!)).toEqual(servicePolicyLine(reader, zp!));
  });
});
