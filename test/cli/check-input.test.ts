import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

describe("rglint check: input errors", () => {
  it("a missing file is one clear line and exit 2", async () => {
    const r = await runCli(["check", "does-not-exist.cfg", "fixtures/pairs/clean/b.cfg"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("rglint: does-not-exist.cfg: cannot read: no such file\n");
  });

  it("a directory is one clear line and exit 2", async () => {
    const r = await runCli(["check", "test"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("rglint: test: cannot read: is a directory\n");
  });

  it("an unknown option is a usage error with exit 2", async () => {
    const r = await runCli(["check", "--no-such-option", "a.cfg"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("reports what the reader repaired (RG602) with file, line and column", async () => {
    const r = await runCli([
      "check",
      "../shared/corpus/fragments/cisco-cube-stateful-switchover-doc/asr-rg-infra-interface.cfg",
    ]);
    expect(r.stdout).toContain("RG602 unrecognized-line");
    expect(r.stdout).toContain("asr-rg-infra-interface.cfg:5:1  note");
  });
});

describe("the bundled bin", () => {
  it("runs as a process, loads a lazily imported emitter, and never prints a stack trace for bad input", () => {
    if (!existsSync("dist/rglint.js")) execFileSync("node", ["scripts/build.mjs"]);
    const r = spawnSync("node", ["dist/rglint.js", "check", "missing-a.cfg", "missing-b.cfg"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("rglint: missing-a.cfg: cannot read: no such file\n");
    const md = spawnSync(
      "node",
      ["dist/rglint.js", "check", "fixtures/pairs/demo/a.cfg", "fixtures/pairs/demo/b.cfg", "-f", "markdown"],
      {
        encoding: "utf8",
      },
    );
    expect(md.status).toBe(1);
    expect(md.stdout.startsWith("### rglint: dc1-edge-a + dc1-edge-b")).toBe(true);
    const v = spawnSync("node", ["dist/rglint.js", "--version"], { encoding: "utf8" });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
