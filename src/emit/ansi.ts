/** A few ANSI styles, or none: the CLI decides whether colour is on (TTY, NO_COLOR, --no-color). */
import type { Level } from "../rules/types.js";

export type Style = (text: string) => string;

export interface Paint {
  readonly bold: Style;
  readonly dim: Style;
  readonly red: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly green: Style;
  readonly level: (level: Level) => Style;
}

const plain: Style = (text) => text;

function sgr(open: number, close: number): Style {
  return (text) => (text === "" ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

export function paintFor(color: boolean): Paint {
  if (!color) {
    return {
      bold: plain,
      dim: plain,
      red: plain,
      yellow: plain,
      cyan: plain,
      green: plain,
      level: () => plain,
    };
  }
  const red = sgr(31, 39);
  const yellow = sgr(33, 39);
  const cyan = sgr(36, 39);
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red,
    yellow,
    cyan,
    green: sgr(32, 39),
    level: (level) => (level === "error" ? red : level === "warning" ? yellow : cyan),
  };
}
