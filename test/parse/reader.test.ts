import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isReaderTree, type TreeNode } from "../../src/parse/node.js";
import { readConfig } from "../../src/parse/reader.js";
import { mergedStanzas } from "../../src/parse/stanzas.js";
import type { ConfigNode, ConfigTree } from "../../src/parse/types.js";

const CORPUS = path.resolve(process.cwd(), "../shared/corpus");

function allNodes(tree: ConfigTree): ConfigNode[] {
  const out: ConfigNode[] = [];
  const visit = (n: ConfigNode) => {
    out.push(n);
    for (const c of n.children) visit(c);
  };
  for (const r of tree.roots) visit(r);
  return out;
}

function find(tree: ConfigTree, text: string): ConfigNode {
  const node = allNodes(tree).find((n) => n.text === text);
  if (node === undefined) throw new Error(`no node "${text}"`);
  return node;
}

function corpusFiles(dir = CORPUS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...corpusFiles(full));
    else if (name !== "SOURCES.md") out.push(full);
  }
  return out;
}

/** Invariants every tree must satisfy, whatever the input. */
function checkInvariants(input: string, tree: ConfigTree): void {
  const physical = input.split("\n").map((l) => l.replace(/[ \t\r\v\f]+$/, ""));
  if (input.endsWith("\n") || input === "") physical.pop();
  expect(tree.lines.length).toBe(physical.length);
  expect(tree.lineCount).toBe(physical.length);
  tree.lines.forEach((l, i) => {
    expect(l.line).toBe(i + 1);
    // Each line's text is the physical line without its trailing blanks, read from the input.
    expect(l.text).toBe(physical[i]);
    expect(tree.lineText(i + 1)).toBe(physical[i]);
    expect(tree.lineKind(i + 1)).toBe(l.kind);
  });
  expect(tree.lineText(0)).toBe("");
  expect(tree.lineText(physical.length + 1)).toBe("");
  const nodes = allNodes(tree);
  // Nodes are numbered in depth-first order, so every subtree has consecutive ordinals (the
  // model releases and skips blocks by ordinal range).
  nodes.forEach((n, i) => {
    expect((n as TreeNode).ordinal).toBe(i);
  });
  const nodesPerLine = new Map<number, number>();
  for (const n of nodes) {
    const { line, column, endColumn } = n.location;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(physical.length);
    const text = physical[line - 1]!;
    expect(column).toBeGreaterThanOrEqual(1);
    expect(endColumn).toBeGreaterThan(column);
    expect(endColumn - 1).toBeLessThanOrEqual(text.length);
    // The node's text is exactly what stands at its columns (tabs read as spaces).
    expect(text.slice(column - 1, endColumn - 1).replace(/\t/g, " ")).toBe(n.text);
    nodesPerLine.set(line, (nodesPerLine.get(line) ?? 0) + 1);
  }
  // Every physical line is classified exactly once; command lines carry nodes, others none.
  for (const l of tree.lines) {
    const count = nodesPerLine.get(l.line) ?? 0;
    if (l.kind !== "command") expect(count).toBe(0);
    else if (tree.transcript) expect(count).toBeGreaterThanOrEqual(1);
    else expect(count).toBe(1);
  }
  for (const d of tree.diagnostics) {
    expect(d.location.line).toBeGreaterThanOrEqual(1);
    expect(d.location.line).toBeLessThanOrEqual(Math.max(physical.length, 1));
  }
}

describe("reader: positions and structure", () => {
  const text = [
    "Router1# show run Building configuration...",
    "Current configuration : 3082 bytes",
    "!",
    "hostname edge-a",
    "redundancy",
    " mode none",
    " application redundancy",
    "  group 1",
    "   name rg1",
    "   priority 150 failover threshold 100",
    "  protocol 1",
    "   timers hellotime 1 holdtime 3",
    "interface GigabitEthernet0/0/1",
    " ip address 10.0.0.2 255.255.255.0",
    " redundancy rii 101",
    " redundancy group 1 ip 10.0.0.1 exclusive",
    "!",
    "end",
  ].join("\n");
  const tree = readConfig(text, "a.cfg");

  it("classifies header, prompt, comment and end lines", () => {
    expect(tree.lines.map((l) => l.kind)).toEqual([
      "prompt",
      "header",
      "comment",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "command",
      "comment",
      "end",
    ]);
  });

  it("gives exact 1-based lines and columns with an exclusive end column", () => {
    const priority = find(tree, "priority 150 failover threshold 100");
    expect(priority.location).toEqual({ file: "a.cfg", line: 10, column: 4, endColumn: 39 });
    expect(priority.wordColumns).toEqual([4, 13, 17, 26, 36]);
    const vip = find(tree, "redundancy group 1 ip 10.0.0.1 exclusive");
    expect(vip.location).toEqual({ file: "a.cfg", line: 16, column: 2, endColumn: 42 });
    expect(vip.words[4]).toBe("10.0.0.1");
    expect(vip.wordColumns[4]).toBe(24);
  });

  it("nests by indentation and records the mode of each block", () => {
    const group = find(tree, "group 1");
    expect(group.parent?.text).toBe("application redundancy");
    expect(group.context).toBe("red-group");
    expect(find(tree, "protocol 1").context).toBe("red-protocol");
    expect(find(tree, "protocol 1").parent?.text).toBe("application redundancy");
    expect(find(tree, "interface GigabitEthernet0/0/1").children).toHaveLength(3);
    expect(tree.roots.map((r) => r.text)).toEqual([
      "hostname edge-a",
      "redundancy",
      "interface GigabitEthernet0/0/1",
    ]);
    expect(tree.diagnostics).toEqual([]);
  });
});

describe("reader: what real configs contain", () => {
  it("CRLF, tabs and trailing spaces change nothing", () => {
    const unix = "interface Gi0/0/1\n ip address 10.0.0.2 255.255.255.0\n redundancy rii 7\n";
    const dos = "interface Gi0/0/1  \r\n\tip address 10.0.0.2 255.255.255.0\t\r\n redundancy rii 7 \r\n";
    const a = readConfig(unix, "u.cfg");
    const b = readConfig(dos, "d.cfg");
    const shape = (t: ConfigTree) =>
      allNodes(t).map((n) => [n.text, n.parent?.text ?? null, n.location.line]);
    expect(shape(b)).toEqual(shape(a));
    expect(find(b, "ip address 10.0.0.2 255.255.255.0").words).toEqual([
      "ip",
      "address",
      "10.0.0.2",
      "255.255.255.0",
    ]);
  });

  it("reads invalid UTF-8 losslessly and reports it", () => {
    const bytes = Buffer.concat([
      Buffer.from("hostname r1\ninterface Gi1\n description caf"),
      Buffer.from([0xe9, 0xff]),
      Buffer.from("\n description caf\u00e9 ok\n"),
    ]);
    const tree = readConfig(bytes, "x.cfg");
    const nodes = allNodes(tree);
    expect(nodes[2]!.text).toBe("description caf\u00e9\u00ff");
    expect(nodes[3]!.text).toBe("description caf\u00e9 ok");
    expect(tree.diagnostics.map((d) => [d.code, d.location.line])).toEqual([["invalid-utf8", 3]]);
  });

  it("reports binary and empty files instead of reading them", () => {
    expect(readConfig(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), "bin").diagnostics[0]!.code).toBe(
      "binary-input",
    );
    expect(readConfig(Buffer.from(""), "empty").diagnostics[0]!.code).toBe("empty-input");
    expect(readConfig("\n  \n", "blank").diagnostics[0]!.code).toBe("empty-input");
  });

  it("reads ^C banners whose closing delimiter ends the last text line", () => {
    const file = path.join(CORPUS, "ios/batfish-labval-as2rr-iosv15-banners.cfg");
    const tree = readConfig(readFileSync(file), file);
    const kinds = tree.lines.map((l) => l.kind);
    expect(
      kinds
        .slice(135, 162)
        .every((k, i) => (i === 0 || i === 9 || i === 18 ? k === "command" : k === "banner")),
    ).toBe(true);
    expect(tree.lines[135]!.text).toBe("banner exec ^C");
    expect(tree.lines[162]!.kind).not.toBe("banner");
  });

  it("reads the ^CC quirk: the delimiter is ^C and the C is banner text", () => {
    const file = path.join(CORPUS, "ios/ciscoconfparse-sample_02-banner-CC.cfg");
    const tree = readConfig(readFileSync(file), file);
    expect(tree.lines[221]!.kind).toBe("command");
    expect(tree.lines.slice(222, 229).every((l) => l.kind === "banner")).toBe(true);
    expect(tree.lines[229]!.kind).toBe("comment");
    expect(tree.diagnostics.filter((d) => d.code === "unterminated-banner")).toEqual([]);
  });

  it("reads banners with other delimiters, on one line, and unterminated", () => {
    const tree = readConfig(
      "banner motd #\nWelcome ! interface Gi1\n#\nbanner login %One line%\nbanner exec $\nno end in sight\nhostname x\n",
      "b.cfg",
    );
    expect(tree.lines.map((l) => l.kind)).toEqual([
      "command",
      "banner",
      "banner",
      "command",
      "command",
      "banner",
      "banner",
    ]);
    expect(tree.roots.map((r) => r.text)).toEqual([
      "banner motd #",
      "banner login %One line%",
      "banner exec $",
    ]);
    expect(tree.diagnostics.map((d) => [d.code, d.location.line])).toEqual([["unterminated-banner", 5]]);
  });

  it("reads certificate chains as data up to quit", () => {
    const file = path.join(CORPUS, "ios/batfish-labval-exitgw-iosxe16.cfg");
    const tree = readConfig(readFileSync(file), file);
    const chain = tree.roots.find((r) => r.text.startsWith("crypto pki certificate chain"))!;
    expect(chain.children.map((c) => c.text)).toEqual(["certificate self-signed 01"]);
    expect(chain.children[0]!.children).toEqual([]);
    const certLines = tree.lines.filter((l) => l.kind === "certificate");
    expect(certLines.at(-1)!.text.trim()).toBe("quit");
    expect(tree.diagnostics).toEqual([]);
  });

  it("reports a certificate not closed by quit and goes on reading", () => {
    const tree = readConfig(
      "crypto pki certificate chain TP\n certificate 01\n  3082032E 30820216\nhostname after\n",
      "c.cfg",
    );
    expect(tree.roots.map((r) => r.text)).toEqual(["crypto pki certificate chain TP", "hostname after"]);
    expect(tree.diagnostics.map((d) => [d.code, d.location.line])).toEqual([["unterminated-certificate", 2]]);
  });

  it("re-attaches `protocol 1` at column 0 to application redundancy, as IOS would, and reports it", () => {
    const file = path.join(CORPUS, "b2b/cisco-cube-ha-asr1k-doc/router1-b2bred2.cfg");
    const tree = readConfig(readFileSync(file), file);
    const protocol = find(tree, "protocol 1");
    expect(protocol.location).toMatchObject({ line: 75, column: 1 });
    expect(protocol.parent?.text).toBe("application redundancy");
    expect(protocol.reattached).toBe(true);
    expect(protocol.children.map((c) => c.text)).toEqual(["timers hellotime 3 holdtime 10"]);
    const diag = tree.diagnostics.find((d) => d.code === "misindented-line" && d.location.line === 75);
    expect(diag?.related?.[0]?.line).toBe(66);
    // The next global command is global again.
    expect(tree.roots.some((r) => r.text === "ip ftp username bhks")).toBe(true);
  });

  it("re-attaches `redundancy group … ip` at column 0 right after an interface", () => {
    const file = path.join(CORPUS, "fragments/cisco-cube-stateful-switchover-doc/asr-rg-infra-interface.cfg");
    const tree = readConfig(readFileSync(file), file);
    expect(tree.roots).toHaveLength(1);
    const vip = find(tree, "redundancy group 1 ip 10.13.25.123 exclusive");
    expect(vip.parent?.text).toBe("interface GigabitEthernet0/0/0");
    expect(tree.diagnostics.map((d) => [d.code, d.location.line])).toEqual([["misindented-line", 5]]);
  });

  it("keeps a column-0 global `redundancy` global after a parameter-map", () => {
    const tree = readConfig(
      "parameter-map type inspect global\n redundancy\n log dropped-packets enable\nredundancy\n mode none\n",
      "p.cfg",
    );
    expect(tree.roots.map((r) => r.text)).toEqual(["parameter-map type inspect global", "redundancy"]);
    expect(tree.roots[0]!.children.map((c) => c.text)).toEqual(["redundancy", "log dropped-packets enable"]);
  });

  it("merges duplicate stanzas in order and reports them", () => {
    const file = path.join(CORPUS, "b2b/cisco-cube-ha-asr1k-doc/router1-b2bred2.cfg");
    const tree = readConfig(readFileSync(file), file);
    const dup = tree.diagnostics.find((d) => d.code === "duplicate-stanza")!;
    expect(dup.location).toMatchObject({ line: 101, column: 1 });
    expect(dup.related?.[0]?.line).toBe(84);
    const gi0 = mergedStanzas(tree).find((s) => s.node.text === "interface GigabitEthernet0/0/0")!;
    expect(gi0.occurrences.map((o) => o.location.line)).toEqual([84, 101]);
    expect(gi0.children.map((c) => c.text).slice(-3)).toEqual([
      "vrf forwarding Mgmt-intf",
      "no ip address",
      "negotiation auto",
    ]);
  });

  it("treats abbreviated and full interface names as the same stanza", () => {
    const tree = readConfig(
      "interface Gi0/0/1\n description one\ninterface GigabitEthernet0/0/1\n shutdown\n",
      "d.cfg",
    );
    expect(tree.roots[1]!.duplicateOf).toBe(tree.roots[0]);
  });

  it("reads CLI transcripts with (config…)# prompts into the modes IOS would use", () => {
    const file = path.join(CORPUS, "fragments/cisco-cube-multivrf-rg-infra-doc/active-transcript.txt");
    const tree = readConfig(readFileSync(file), file);
    expect(tree.transcript).toBe(true);
    const group = find(tree, "group 1");
    expect(group.parent?.text).toBe("application redundancy");
    expect(find(tree, "control GigabitEthernet0/0/0 protocol 1").parent).toBe(group);
    const rii = allNodes(tree).filter((n) => n.text === "redundancy rii 1");
    expect(rii).toHaveLength(1);
    expect(rii[0]!.parent?.text).toBe("interface GigabitEthernet0/0/1");
    // Exec commands are not configuration.
    expect(allNodes(tree).some((n) => n.text === "enable" || n.text === "configure terminal")).toBe(false);
    // Exact columns inside a flattened line.
    const line = tree.lines[0]!.text;
    const mode = find(tree, "mode none");
    expect(line.slice(mode.location.column - 1, mode.location.endColumn - 1)).toBe("mode none");
    expect(tree.lines.find((l) => l.text.startsWith("%"))?.kind).toBe("output");
  });

  it("reads a transcript line of many commands (more commands than lines) into the right modes", () => {
    const commands = Array.from(
      { length: 40 },
      (_, i) => `interface Gi0/0/${i} Router(config-if)# ip nat inside`,
    );
    const text = `Router(config)# ${commands.join(" Router(config-if)# ")}\n`;
    const tree = readConfig(text, "t.txt");
    expect(tree.transcript).toBe(true);
    expect(tree.roots).toHaveLength(40);
    tree.roots.forEach((root, i) => {
      expect(root.text).toBe(`interface Gi0/0/${i}`);
      expect(root.children.map((c) => c.text)).toEqual(["ip nat inside"]);
      expect(root.children[0]!.parent).toBe(root);
      expect(root.location.line).toBe(1);
    });
    checkInvariants(text, tree);
  });

  it("makes each node once, when it is first asked for", () => {
    const tree = readConfig(
      ["interface Gi1", " ip nat inside", "ip route 0.0.0.0 0.0.0.0 10.0.0.1", ""].join("\n"),
      "t.cfg",
    );
    expect(isReaderTree(tree) && tree.nodesMade).toBe(0);
    const [iface, route] = tree.roots;
    expect(tree.roots[0]).toBe(iface);
    expect(iface!.children[0]!.parent).toBe(iface);
    expect(route!.text).toBe("ip route 0.0.0.0 0.0.0.0 10.0.0.1");
    expect(isReaderTree(tree) && tree.nodesMade).toBe(3);
  });

  it("reads every corpus file without throwing and keeps the invariants", () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) {
      const bytes = readFileSync(file);
      const tree = readConfig(bytes, file);
      checkInvariants(bytes.toString("utf8"), tree);
    }
  });
});

describe("reader: properties", () => {
  const iosWord = fc.constantFrom(
    "interface",
    "redundancy",
    "group",
    "1",
    "protocol",
    "application",
    "ip",
    "nat",
    "banner",
    "motd",
    "^C",
    "#",
    "certificate",
    "quit",
    "!",
    "end",
    "Router#",
    "Device(config)#",
    "Device(config-if)#",
    "GigabitEthernet0/0/1",
    "10.0.0.1",
    "exclusive",
    "%",
    "\t",
  );
  const line = fc
    .tuple(fc.constantFrom("", " ", "  ", "   ", "\t"), fc.array(iosWord, { maxLength: 6 }))
    .map(([indent, words]) => indent + words.join(" "));
  const config = fc.array(line, { maxLength: 40 }).map((ls) => ls.join("\n"));

  it("never throws on random IOS-like text; positions lie inside the input; every line is covered once", () => {
    fc.assert(
      fc.property(config, fc.boolean(), (text, crlf) => {
        const input = crlf ? text.replace(/\n/g, "\r\n") : text;
        const tree = readConfig(input, "p.cfg");
        checkInvariants(input, tree);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary strings and mutated corpus configs", () => {
    const base = readFileSync(path.join(CORPUS, "b2b/cisco-cube-ha-asr1k-doc/router1-b2bred2.cfg"), "utf8");
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(base.length), fc.nat(200), (junk, at, cut) => {
        const mutated = base.slice(0, at) + junk + base.slice(Math.min(base.length, at + cut));
        const tree = readConfig(mutated.replace(/\0/g, ""), "m.cfg");
        expect(tree.lines.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        readConfig(bytes, "bytes.cfg");
      }),
      { numRuns: 300 },
    );
  });
});
