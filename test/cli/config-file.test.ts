import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateFindings } from "../emit/findings-schema.js";
import { DEMO, runCli } from "./helpers.js";
import { brief, type JsonReport, tempDir, writeDemoPair } from "./pair-copy.js";

const tmp = tempDir("rglint-config-");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const PAIR = writeDemoPair(tmp);

/** Runs `check` on the demo copy in `tmp` with `config` as ./rglint.config.json. */
async function checkWith(config: unknown, args: readonly string[] = []) {
  writeFileSync(
    path.join(tmp, "rglint.config.json"),
    typeof config === "string" ? config : JSON.stringify(config),
  );
  const r = await runCli(["check", ...PAIR, "-f", "json", ...args], {}, { cwd: tmp });
  return { ...r, report: r.code < 2 ? (JSON.parse(r.stdout) as JsonReport) : null };
}

const levelsOf = (report: JsonReport | null, ruleId: string) =>
  (report?.findings ?? []).filter((f) => f.ruleId === ruleId).map((f) => f.level);

describe("rglint.config.json", () => {
  it("is picked up from the working directory and sets rule levels", async () => {
    const { code, report } = await checkWith({
      rules: { RG101: "off", RG104: "warning", RG407: "error" },
    });
    expect(code).toBe(1);
    expect(levelsOf(report, "RG101")).toEqual([]);
    expect(levelsOf(report, "RG104")).toEqual(["warning"]);
    expect(levelsOf(report, "RG407")).toEqual(["error", "error"]);
    expect(validateFindings(report)).toBe(true);
  });

  it("decides the exit code by the levels it sets", async () => {
    const errorsOff = Object.fromEntries(
      ["RG101", "RG104", "RG205", "RG402", "RG405"].map((id) => [id, "warning"]),
    );
    expect((await checkWith({ rules: errorsOff })).code).toBe(0);
    expect((await checkWith({ rules: errorsOff }, ["--fail-on", "warning"])).code).toBe(1);
  });

  it("applies overrides by pair name (default: the hostnames) and by file glob, later ones winning", async () => {
    const config = {
      rules: { RG104: "note" },
      overrides: [
        { pairs: ["dc1-edge-a+dc1-edge-b"], rules: { RG104: "warning" } },
        { files: ["configs/*.cfg"], rules: { RG302: "error" } },
        { pairs: ["dc2-*"], rules: { RG104: "off" } },
      ],
    };
    const { report } = await checkWith(config);
    expect(levelsOf(report, "RG104")).toEqual(["warning"]);
    expect(levelsOf(report, "RG302")).toEqual(["error"]);
    const named = await checkWith(config, ["--pair-name", "dc2-edge"]);
    expect(levelsOf(named.report, "RG104")).toEqual([]);
  });

  it("precedence: --rule over a matching override over rules", async () => {
    const config = { rules: { RG208: "error" }, overrides: [{ pairs: ["*"], rules: { RG208: "note" } }] };
    expect(levelsOf((await checkWith(config)).report, "RG208")).toEqual(["note"]);
    expect(levelsOf((await checkWith(config, ["--rule", "RG208=error"])).report, "RG208")).toEqual(["error"]);
    expect(levelsOf((await checkWith({ rules: { RG208: "error" } })).report, "RG208")).toEqual(["error"]);
  });

  it("ignores findings by rule, file glob and fingerprint, each with a reason, and counts them", async () => {
    const { report } = await checkWith({
      ignores: [
        { rule: "RG407", reason: "ALG traffic accepted to reconnect" },
        { rule: "RG101", files: ["configs/b.cfg"], reason: "LAN-G2 renumbering in CHG-77" },
        { rule: "RG104", fingerprint: "RG104:nope", reason: "another finding" },
      ],
    });
    expect(brief(report!).filter((l) => /RG407|RG101|RG104/.test(l))).toEqual([
      "RG101 a:168 error",
      "RG104 b:159 error",
    ]);
    expect(report!.suppressed).toEqual({ inline: 0, config: 3, baseline: 0 });
  });

  it("shows the ignored count in the stylish summary", async () => {
    writeFileSync(
      path.join(tmp, "rglint.config.json"),
      JSON.stringify({ ignores: [{ rule: "RG407", reason: "accepted" }] }),
    );
    const r = await runCli(["check", ...PAIR], {}, { cwd: tmp });
    expect(r.stdout).toContain("not shown: 2 ignored by the config file");
  });

  it("--config points at a file elsewhere; its globs are relative to its folder", async () => {
    const file = path.join(tmp, "policy.json");
    writeFileSync(
      file,
      JSON.stringify({ overrides: [{ files: ["configs/b.cfg"], rules: { RG208: "off" } }] }),
    );
    rmSync(path.join(tmp, "rglint.config.json"), { force: true });
    const r = await runCli(["check", ...DEMO, "-f", "json", "--config", file]);
    expect(levelsOf(JSON.parse(r.stdout) as JsonReport, "RG208")).toEqual(["warning"]);
    const here = await runCli(["check", ...PAIR, "-f", "json", "-c", "policy.json"], {}, { cwd: tmp });
    expect(levelsOf(JSON.parse(here.stdout) as JsonReport, "RG208")).toEqual([]);
  });
});

describe("config and --rule errors: one line, exit 2", () => {
  const cases: ReadonlyArray<{ name: string; config: unknown; line: string }> = [
    {
      name: "unknown rule ID",
      config: { rules: { RG999: "off" } },
      line: 'rglint: rglint.config.json: $.rules.RG999: unknown rule ID "RG999" (see `rglint rules`)',
    },
    {
      name: "bad level in an override",
      config: { overrides: [{ pairs: ["x"], rules: { RG104: "fatal" } }] },
      line: 'rglint: rglint.config.json: $.overrides[0].rules.RG104: "fatal" is not one of off, note, warning, error',
    },
    {
      name: "override without a selector",
      config: { overrides: [{ rules: { RG104: "off" } }] },
      line: 'rglint: rglint.config.json: $.overrides[0]: give "pairs" or "files" (or both)',
    },
    {
      name: "ignore without a reason",
      config: { ignores: [{ rule: "RG104", files: ["configs/b.cfg"] }] },
      line: "rglint: rglint.config.json: $.ignores[0].reason: missing: every ignore needs a reason",
    },
    {
      name: "ignore with an unknown rule",
      config: { ignores: [{ rule: "RG1040", reason: "x" }] },
      line: 'rglint: rglint.config.json: $.ignores[0].rule: unknown rule ID "RG1040" (see `rglint rules`)',
    },
    {
      name: "unknown property",
      config: { rule: { RG104: "off" } },
      line: 'rglint: rglint.config.json: $.rule: unknown property "rule"',
    },
    {
      name: "invalid JSON",
      config: '{\n  "rules": { "RG104": "off", }\n}',
      line: "rglint: rglint.config.json: invalid JSON: line 2, column 30: Expected double-quoted property name",
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await checkWith(c.config);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`${c.line}\n`);
    });
  }

  it("a missing --config file", async () => {
    const r = await runCli(["check", ...DEMO, "--config", "nope.json"]);
    expect([r.code, r.stderr]).toEqual([2, "rglint: nope.json: cannot read: no such file\n"]);
  });

  it.each([
    ["RG999=off", 'rglint: --rule RG999=off: unknown rule ID "RG999" (see `rglint rules`)'],
    ["RG104=fatal", 'rglint: --rule RG104=fatal: "fatal" is not one of off, note, warning, error'],
    ["RG104", "rglint: --rule RG104: expected ID=LEVEL, e.g. --rule RG203=off"],
  ])("--rule %s", async (value, line) => {
    const r = await runCli(["check", ...DEMO, "--rule", value]);
    expect([r.code, r.stderr]).toEqual([2, `${line}\n`]);
  });

  it("--rule takes rule IDs in any case", async () => {
    const r = await runCli(["check", ...DEMO, "-f", "json", "--rule", "rg104=off"]);
    expect(levelsOf(JSON.parse(r.stdout) as JsonReport, "RG104")).toEqual([]);
  });
});
