/**
 * Glob patterns of the config file (`overrides[].files`, `ignores[].files`, `pairs`), matched
 * against `/`-separated paths: `*` and `?` stay within a path segment, `**` spans segments,
 * `{a,b}` is either, `[abc]` a character class. No dependency: Node 20's `path.matchesGlob` is
 * experimental.
 */

const cache = new Map<string, RegExp>();

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

function toRegExpSource(glob: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const atStart = i === 0 || glob[i - 1] === "/";
        const atEnd = i + 2 === glob.length || glob[i + 2] === "/";
        if (atStart && atEnd) {
          // `**/` matches zero or more whole segments; a trailing `**` matches the rest.
          if (glob[i + 2] === "/") {
            out += "(?:[^/]*(?:/|$))*";
            i += 2;
          } else {
            out += ".*";
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close === -1) out += "\\[";
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, "\\\\");
        out += body.startsWith("!") ? `[^/${body.slice(1)}]` : `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else if (c === "\\" && i + 1 < glob.length) {
      out += escapeChar(glob[i + 1]!);
      i++;
    } else out += escapeChar(c);
  }
  while (braces-- > 0) out += ")";
  return out;
}

/** Whether the `/`-separated `path` matches `glob` as a whole. A leading `./` on either is ignored. */
export function matchesGlob(glob: string, path: string): boolean {
  const pattern = glob.startsWith("./") ? glob.slice(2) : glob;
  let re = cache.get(pattern);
  if (re === undefined) {
    re = new RegExp(`^${toRegExpSource(pattern)}$`);
    cache.set(pattern, re);
  }
  return re.test(path.startsWith("./") ? path.slice(2) : path);
}

export function matchesAnyGlob(globs: readonly string[], path: string): boolean {
  return globs.some((g) => matchesGlob(g, path));
}
