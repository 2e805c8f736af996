/**
 * The output formats of `rglint check`. Emitters are loaded on demand: a run pays only for the
 * format it prints.
 */
import type { Emitter } from "./context.js";

export const FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "junit", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Formats whose paths are relative to the repository root (`--sarif-root`). */
export const ROOT_RELATIVE_FORMATS: ReadonlySet<Format> = new Set(["sarif", "github", "gitlab", "markdown"]);

export async function loadEmitter(format: Format): Promise<Emitter> {
  switch (format) {
    case "stylish":
      return (await import("./stylish.js")).emitStylish;
    case "json":
      return (await import("./json.js")).emitJson;
    case "sarif":
      return (await import("./sarif.js")).emitSarif;
    case "github":
      return (await import("./github.js")).emitGithub;
    case "gitlab":
      return (await import("./gitlab.js")).emitGitlab;
    case "junit":
      return (await import("./junit.js")).emitJunit;
    case "markdown":
      return (await import("./markdown.js")).emitMarkdown;
  }
}
