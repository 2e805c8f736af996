import { readFileSync } from "node:fs";
import path from "node:path";
import type { RuleInfo } from "../emit/context.js";
import { RULES, ruleDocPath } from "../rules/registry.js";
import { packageRoot } from "./package-root.js";

/** A rule's page, or null when it cannot be read (the emitters fall back to the descriptions). */
function readDoc(id: string): string | null {
  try {
    return readFileSync(path.join(packageRoot(), ruleDocPath(id)), "utf8");
  } catch {
    return null;
  }
}

/** The registry as the emitters see it; the pages are read only for formats that embed them. */
export function ruleInfos(withDocs: boolean): RuleInfo[] {
  return RULES.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    tags: r.tags,
    scope: r.scope,
    shortDescription: r.shortDescription,
    fullDescription: r.fullDescription,
    confidence: r.confidence,
    doc: withDocs ? readDoc(r.id) : null,
  }));
}
