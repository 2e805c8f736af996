import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FORMATS } from "../../src/emit/formats.js";
import { runCli, SECRETS_PAIR } from "./helpers.js";

/**
 * Every secret value in the fixture pair: the clear-text ones (`RgText-A3`, …) and the type 7
 * and type 9 strings, which are secrets too (type 7 is reversible).
 */
function secretsIn(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const clear = text.match(/\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[AB]\d\b/g) ?? [];
  const hashed = text.match(/\$9\$\S+|\b(?:key-string|key) 7 (\S+)/g) ?? [];
  return [...clear, ...hashed.map((h) => h.replace(/^(?:key-string|key) 7 /, ""))];
}

const SECRETS = [...new Set(SECRETS_PAIR.flatMap(secretsIn))];
const tmp = mkdtempSync(path.join(tmpdir(), "rglint-secrets-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("secrets never leave the machine", () => {
  it("the fixture has the secrets the test looks for", () => {
    for (const s of [
      "RgText-A3",
      "RgText-B3",
      "KeyChainClear-A7",
      "UserPw-B5",
      "EnablePw-A9",
      "SnmpRo-B2",
      "TacKey-A4",
      "BgpPw-B1",
      "OspfMd5-A6",
    ]) {
      expect(SECRETS).toContain(s);
    }
    expect(SECRETS.some((s) => s.startsWith("$9$"))).toBe(true);
    expect(SECRETS).toContain("1511021F0725393D2B2A3D2A3B");
  });

  it("the pair produces findings on the lines that carry them (so the test is not empty)", async () => {
    const r = await runCli(["check", ...SECRETS_PAIR, "--fail-on", "note"]);
    expect(r.stdout).toContain("authentication text *****");
  });

  for (const format of FORMATS) {
    it(`${format}: no secret in the output, for the pair and for one chassis`, async () => {
      for (const files of [SECRETS_PAIR, [SECRETS_PAIR[0]!]]) {
        const out = path.join(tmp, `${format}-${files.length}.out`);
        const stdout = await runCli(["check", ...files, "-f", format, "--fail-on", "note", "--color"]);
        const toFile = await runCli(["check", ...files, "-f", format, "--fail-on", "note", "-o", out]);
        const text =
          stdout.stdout + stdout.stderr + toFile.stdout + toFile.stderr + readFileSync(out, "utf8");
        expect(text.length).toBeGreaterThan(0);
        for (const secret of SECRETS) expect(text, `${format} shows ${secret}`).not.toContain(secret);
      }
    });
  }
});
