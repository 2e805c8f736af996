import type { Io } from "./io-streams.js";

/**
 * Colour for the terminal format: `--color`/`--no-color` win; then NO_COLOR (any non-empty
 * value, https://no-color.org) and FORCE_COLOR; otherwise only when stdout is a terminal.
 */
export function decideColor(flag: boolean | undefined, io: Io, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== "") return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return !toFile && io.isTTY;
}
