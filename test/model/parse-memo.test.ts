import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatePair } from "../../bench/generate.js";
import { analyze } from "../../src/analyze.js";
import { buildChassis } from "../../src/model/chassis.js";
import { buildPair } from "../../src/model/pair.js";
import { ParseMemo } from "../../src/parse/grammar/index.js";
import { readConfig } from "../../src/parse/reader.js";
import { runRules } from "../../src/rules/run.js";
import { CORPUS, chassisView, plainTree } from "./helpers.js";

/**
 * A ParseMemo shares the grammar's outcomes by command text between the chassis of a pair. A
 * chassis must be the same with or without it, whichever chassis parsed a text first.
 */

interface PairText {
  readonly name: string;
  readonly a: { file: string; text: string };
  readonly b: { file: string; text: string };
}

function fromFiles(name: string, a: string, b: string): PairText {
  return {
    name,
    a: { file: a, text: readFileSync(a, "utf8") },
    b: { file: b, text: readFileSync(b, "utf8") },
  };
}

const generated = generatePair(3000, 7);

const PAIRS: PairText[] = [
  fromFiles("fixtures/pairs/clean", "fixtures/pairs/clean/a.cfg", "fixtures/pairs/clean/b.cfg"),
  fromFiles("fixtures/pairs/demo", "fixtures/pairs/demo/a.cfg", "fixtures/pairs/demo/b.cfg"),
  fromFiles(
    "corpus b2b pair",
    path.join(CORPUS, "b2b/cisco-cube-ha-asr1k-doc/router1-b2bred2.cfg"),
    path.join(CORPUS, "b2b/cisco-cube-ha-asr1k-doc/router2-b2bred1.cfg"),
  ),
  fromFiles(
    "corpus CUBE transcripts",
    path.join(CORPUS, "fragments/cisco-cube-multivrf-rg-infra-doc/active-transcript.txt"),
    path.join(CORPUS, "fragments/cisco-cube-multivrf-rg-infra-doc/standby-transcript.txt"),
  ),
  {
    name: "generated 3k-line pair",
    a: { file: "gen-a.cfg", text: generated.a },
    b: { file: "gen-b.cfg", text: generated.b },
  },
];

describe("ParseMemo: the chassis of a pair share the grammar's outcomes", () => {
  it.each(PAIRS.map((p) => [p.name, p]))("%s: each chassis is the same with a shared memo", (_name, p) => {
    const alone = [p.a, p.b].map((x) => chassisView(buildChassis(readConfig(x.text, x.file))));
    for (const order of [
      [0, 1],
      [1, 0],
    ] as const) {
      const memo = new ParseMemo();
      const inputs = [p.a, p.b];
      const built: unknown[] = [];
      for (const i of order)
        built[i] = chassisView(buildChassis(readConfig(inputs[i]!.text, inputs[i]!.file), memo));
      expect(built).toEqual(alone);
    }
  });

  it.each(PAIRS.map((p) => [p.name, p]))(
    "%s: the whole-tree path gives the same chassis with a memo",
    (_name, p) => {
      const memo = new ParseMemo();
      for (const x of [p.a, p.b]) {
        const tree = readConfig(x.text, x.file);
        // A plain tree object is not a reader tree: it is parsed whole first.
        expect(chassisView(buildChassis(plainTree(tree), memo))).toEqual(chassisView(buildChassis(tree)));
      }
    },
  );

  it("a memo that keeps copies of its texts (the fleet's) gives the same chassis", () => {
    const memo = new ParseMemo({ ownKeys: true });
    for (const x of [generated.a, generated.b, generated.a]) {
      expect(chassisView(buildChassis(readConfig(x, "gen.cfg"), memo))).toEqual(
        chassisView(buildChassis(readConfig(x, "gen.cfg"))),
      );
    }
    expect(memo.size).toBeGreaterThan(100);
  });

  it("building the second chassis leaves the first one's model unchanged", () => {
    const memo = new ParseMemo();
    const a = buildChassis(readConfig(generated.a, "gen-a.cfg"), memo);
    const before = JSON.stringify(chassisView(a));
    buildChassis(readConfig(generated.b, "gen-b.cfg"), memo);
    expect(JSON.stringify(chassisView(a))).toBe(before);
  });

  it("a text met again is not parsed again", () => {
    const memo = new ParseMemo();
    buildChassis(readConfig(generated.a, "gen-a.cfg"), memo);
    const afterA = memo.size;
    expect(afterA).toBeGreaterThan(100);
    // The same configuration again: every line it parses was parsed for the first.
    buildChassis(readConfig(generated.a, "again.cfg"), memo);
    expect(memo.size).toBe(afterA);
    // The peer parses only the lines that differ from A's (addresses, priorities, ...).
    buildChassis(readConfig(generated.b, "gen-b.cfg"), memo);
    const understoodB = buildChassis(readConfig(generated.b, "gen-b.cfg")).lineCounts.understood;
    expect(memo.size - afterA).toBeGreaterThan(0);
    expect(memo.size - afterA).toBeLessThan(understoodB / 2);
  });

  it("a repeated line within one chassis is parsed once", () => {
    const text = [
      "hostname r1",
      "interface GigabitEthernet0/0/1",
      " ip nat inside",
      "interface GigabitEthernet0/0/2",
      " ip nat inside",
      "interface GigabitEthernet0/0/3",
      " ip nat inside",
      "",
    ].join("\n");
    const memo = new ParseMemo();
    const c = buildChassis(readConfig(text, "r1.cfg"), memo);
    // hostname, three interface headers, one `ip nat inside`.
    expect(memo.size).toBe(5);
    for (const n of [1, 2, 3])
      expect(c.interfaces.get(`GigabitEthernet0/0/${n}`)?.natRole?.value).toBe("inside");
  });

  it("analyze gives the same findings as two chassis built alone", () => {
    const inputs = [
      { file: "gen-a.cfg", content: generated.a },
      { file: "gen-b.cfg", content: generated.b },
    ];
    const alone = inputs.map((x) => buildChassis(readConfig(x.content, x.file)));
    const expected = runRules({ kind: "pair", pair: buildPair(alone[0]!, alone[1]!) });
    expect(expected.length).toBeGreaterThan(0);
    expect(analyze(inputs).findings).toEqual(expected);
  });
});
