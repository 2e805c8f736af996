import { describe, expect, it } from "vitest";
import { matchesGlob } from "../../src/config/glob.js";

describe("config globs", () => {
  const cases: ReadonlyArray<[string, string, boolean]> = [
    ["configs/*.cfg", "configs/edge-a.cfg", true],
    ["configs/*.cfg", "configs/dc1/edge-a.cfg", false],
    ["configs/**/*.cfg", "configs/edge-a.cfg", true],
    ["configs/**/*.cfg", "configs/dc1/lab/edge-a.cfg", true],
    ["**/lab/**", "configs/lab/edge-a.cfg", true],
    ["lab/**", "labs/edge-a.cfg", false],
    ["dc1-*", "dc1-edge-a+dc1-edge-b", true],
    ["dc?-edge", "dc12-edge", false],
    ["*.{cfg,txt}", "edge-a.txt", true],
    ["edge-[ab].cfg", "edge-b.cfg", true],
    ["edge-[!a].cfg", "edge-a.cfg", false],
    ["./configs/edge-a.cfg", "configs/edge-a.cfg", true],
    ["configs/edge-a.cfg", "configs/edge-a.cfg.bak", false],
    ["a+b", "a+b", true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? "matches" : "does not match"} ${path}`, () => {
      expect(matchesGlob(glob, path)).toBe(expected);
    });
  }
});
