import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaErrors } from "../../scripts/sarif-validation.js";
import { main } from "../../src/cli/main.js";
import { validateFindings } from "../emit/findings-schema.js";
import { runCli } from "./helpers.js";

const tmp = mkdtempSync(path.join(tmpdir(), "rglint-manifest-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** tmp/configs/{dc1,dc2,dc3}/{a,b}.cfg (dc1 the demo pair, the others clean) and manifests beside them. */
beforeAll(() => {
  for (const [dir, source] of [
    ["dc1", "demo"],
    ["dc2", "clean"],
    ["dc3", "clean"],
  ] as const) {
    mkdirSync(path.join(tmp, "configs", dir), { recursive: true });
    for (const side of ["a", "b"])
      copyFileSync(`fixtures/pairs/${source}/${side}.cfg`, path.join(tmp, "configs", dir, `${side}.cfg`));
  }
  const entries = ["dc1", "dc2", "dc3"].map((name) => ({ name, a: `${name}/a.cfg`, b: `${name}/b.cfg` }));
  writeFileSync(path.join(tmp, "configs", "fleet.json"), JSON.stringify(entries));
  writeFileSync(
    path.join(tmp, "configs", "fleet.yaml"),
    `pairs:\n${entries.map((e) => `  - name: ${e.name}\n    a: ${e.a}\n    b: ${e.b}\n`).join("")}`,
  );
});

interface FleetJson {
  schemaVersion: string;
  summary: { error: number };
  pairs: { name: string; chassis: { file: string }[]; findings: { ruleId: string }[] }[];
}

describe("check --manifest", () => {
  it("checks every pair of a JSON manifest, paths relative to it, exit code over all pairs", async () => {
    const r = await runCli(["check", "--manifest", "configs/fleet.json", "-f", "json"], {}, { cwd: tmp });
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout) as FleetJson;
    expect(validateFindings(doc), JSON.stringify(validateFindings.errors)).toBe(true);
    expect(doc.schemaVersion).toBe("1.2.0");
    expect(doc.pairs.map((p) => p.name)).toEqual(["dc1", "dc2", "dc3"]);
    expect(doc.pairs[0]!.chassis.map((c) => c.file)).toEqual(["configs/dc1/a.cfg", "configs/dc1/b.cfg"]);
    expect(doc.pairs[0]!.findings.length).toBeGreaterThan(0);
    expect(doc.pairs[1]!.findings.filter((f) => f.ruleId === "RG101")).toEqual([]);
  });

  it("reads YAML alike, and groups stylish output by pair", async () => {
    const json = await runCli(["check", "--manifest", "configs/fleet.json", "-f", "json"], {}, { cwd: tmp });
    const yaml = await runCli(["check", "--manifest", "configs/fleet.yaml", "-f", "json"], {}, { cwd: tmp });
    expect(yaml.stdout).toBe(json.stdout);
    const stylish = await runCli(["check", "--manifest", "configs/fleet.yaml"], {}, { cwd: tmp });
    expect(stylish.code).toBe(1);
    const headings = stylish.stdout.split("\n").filter((l) => /^dc\d: /.test(l));
    expect(headings.map((h) => h.slice(0, 4))).toEqual(["dc1:", "dc2:", "dc3:"]);
    expect(stylish.stdout).toContain("in 3 pairs");
    expect(stylish.stdout).toContain("> 168 |  redundancy rii 102"); // frames survive the worker
  });

  it("gives every pair its own SARIF run and category, valid against the SARIF schema", async () => {
    const out = path.join(tmp, "fleet.sarif");
    const r = await runCli(
      ["check", "--manifest", "configs/fleet.json", "-f", "sarif", "-o", out],
      {},
      { cwd: tmp },
    );
    expect(r.code, r.stderr).toBe(1);
    const log = JSON.parse(readFileSync(out, "utf8")) as {
      runs: { automationDetails?: { id: string }; results: unknown[] }[];
    };
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs.map((run) => run.automationDetails?.id)).toEqual([
      "rglint/dc1/",
      "rglint/dc2/",
      "rglint/dc3/",
    ]);
  });

  it("keys config overrides and baselines on the manifest name", async () => {
    const config = path.join(tmp, "override.json");
    writeFileSync(config, JSON.stringify({ overrides: [{ pairs: ["dc1"], rules: { RG101: "off" } }] }));
    const r = await runCli(
      ["check", "--manifest", "configs/fleet.json", "-f", "json", "-c", config],
      {},
      { cwd: tmp },
    );
    const doc = JSON.parse(r.stdout) as FleetJson;
    expect(doc.pairs[0]!.findings.some((f) => f.ruleId === "RG101")).toBe(false);

    const baseline = path.join(tmp, "baseline.json");
    const write = await runCli(
      ["check", "--manifest", "configs/fleet.json", "--write-baseline", baseline, "-q"],
      {},
      { cwd: tmp },
    );
    expect(write.stderr).toMatch(/recorded \d+ finding\(s\) of 3 pair\(s\)/);
    expect(Object.keys((JSON.parse(readFileSync(baseline, "utf8")) as { pairs: object }).pairs)).toEqual([
      "dc1",
      "dc2",
      "dc3",
    ]);
    const again = await runCli(
      ["check", "--manifest", "configs/fleet.json", "--baseline", baseline],
      {},
      { cwd: tmp },
    );
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain("in the baseline");
  });

  it.each([
    [[{ a: "dc1/a.cfg", b: "dc1/b.cfg" }], /\$\[0\]: missing "name"$/],
    [[{ name: "x", a: "dc1/a.cfg" }], /\$\[0\]: missing "b"$/],
    [[{ name: "x", a: 3, b: "dc1/b.cfg" }], /\$\[0\]: "a" must be a non-empty string$/],
    [
      [
        { name: "x", a: "dc1/a.cfg", b: "dc1/b.cfg" },
        { name: "x", a: "dc2/a.cfg", b: "dc2/b.cfg" },
      ],
      /\$\[1\]: duplicate name "x" \(also \$\[0\]\)$/,
    ],
    [[{ name: "x", a: "dc1/a.cfg", b: "nope/b.cfg" }], /\$\[0\]: nope\/b\.cfg: cannot read: no such file$/],
    [{ name: "x" }, /expected a list of \{name, a, b\}/],
  ])("rejects a bad manifest in one line, exit 2 (%#)", async (doc, message) => {
    const file = path.join(tmp, "configs", "bad.json");
    writeFileSync(file, JSON.stringify(doc));
    const r = await runCli(["check", "--manifest", "configs/bad.json"], {}, { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(/^rglint: --manifest configs\/bad\.json: /);
    expect(r.stderr.trim()).toMatch(message);
  });

  it("rejects invalid JSON, invalid YAML, a missing manifest and conflicting options, exit 2", async () => {
    writeFileSync(path.join(tmp, "configs", "broken.json"), "[{");
    writeFileSync(path.join(tmp, "configs", "broken.yaml"), "- name: [x\n");
    const cases: [string[], RegExp][] = [
      [["--manifest", "configs/broken.json"], /invalid JSON/],
      [["--manifest", "configs/broken.yaml"], /invalid YAML/],
      [["--manifest", "configs/none.json"], /configs\/none\.json: cannot read: no such file/],
      [["--manifest", "configs/fleet.json", "configs/dc1/a.cfg"], /not as arguments/],
      [["--manifest", "configs/fleet.json", "--pair-name", "x"], /--pair-name and --manifest/],
      [["--manifest", "configs/fleet.json", "--shard", "3/2"], /--shard 3\/2: expected i\/n/],
      [["--manifest", "configs/fleet.json", "--shard", "0/2"], /expected i\/n/],
      [["configs/dc1/a.cfg", "configs/dc1/b.cfg", "--shard", "1/2"], /--shard slices a --manifest/],
      [[], /^error: missing required argument 'a'$/m],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(["check", ...args], {}, { cwd: tmp });
      expect([r.code, r.stderr], args.join(" ")).toEqual([2, expect.stringMatching(message)]);
    }
  });

  it("draws a progress bar on stderr only when stderr is a terminal", async () => {
    const run = async (stderrIsTTY: boolean) => {
      let stdout = "";
      let stderr = "";
      const code = await main(["check", "--manifest", "configs/fleet.json", "-q"], {
        stdout: (t) => {
          stdout += t;
        },
        stderr: (t) => {
          stderr += t;
        },
        isTTY: false,
        stderrIsTTY,
        env: { RGLINT_JOBS: "1" },
        cwd: tmp,
      });
      return { code, stdout, stderr };
    };
    const tty = await run(true);
    expect(tty.code).toBe(1);
    expect(tty.stderr).toContain("] 3/3 pairs");
    expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(tty.stdout).not.toContain("pairs\r");
    expect((await run(false)).stderr).toBe("");
  });

  it("checks a shard's slice: the shards cover the manifest once", async () => {
    const names: string[][] = [];
    for (const i of [1, 2]) {
      const r = await runCli(
        [
          "check",
          "--manifest",
          "configs/fleet.json",
          "--shard",
          `${i}/2`,
          "-f",
          "json",
          "--fail-on",
          "never",
        ],
        {},
        { cwd: tmp },
      );
      expect(r.code, r.stderr).toBe(0);
      names.push((JSON.parse(r.stdout) as FleetJson).pairs.map((p) => p.name));
    }
    expect(names).toEqual([["dc1", "dc3"], ["dc2"]]);
  });
});

describe("check --manifest from the bundle (dist/rglint.js re-enters itself as the worker)", () => {
  it("runs its workers and writes one SARIF run per pair", () => {
    if (!existsSync("dist/rglint.js") || !existsSync("dist/manifest.js"))
      execFileSync(process.execPath, ["scripts/build.mjs"]);
    const out = path.join(tmp, "bundle.sarif");
    const r = spawnSync(
      process.execPath,
      [path.resolve("dist/rglint.js"), "check", "--manifest", "configs/fleet.yaml", "-f", "sarif", "-o", out],
      { cwd: tmp, encoding: "utf8", env: { ...process.env, RGLINT_JOBS: "2" } },
    );
    expect(r.status, r.stderr).toBe(1);
    const log = JSON.parse(readFileSync(out, "utf8")) as { runs: { automationDetails?: { id: string } }[] };
    expect(schemaErrors(log)).toEqual([]);
    expect(new Set(log.runs.map((run) => run.automationDetails?.id)).size).toBe(3);
  });
});
