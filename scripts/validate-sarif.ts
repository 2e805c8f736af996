/**
 * CI step: produces SARIF with the bundled CLI for every example pair and validates it against
 * the SARIF 2.1.0 schema and with the multitool's GitHub rules. Exits 1 on any finding.
 *
 * Usage: tsx scripts/validate-sarif.ts [file.sarif …]  (no arguments: the example pairs)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { multitoolFindings, schemaErrors } from "./sarif-validation.js";

const PAIRS = [
  ["fixtures/pairs/clean/a.cfg", "fixtures/pairs/clean/b.cfg"],
  ["fixtures/pairs/demo/a.cfg", "fixtures/pairs/demo/b.cfg"],
  ["test/cli/fixtures/secrets/a.cfg", "test/cli/fixtures/secrets/b.cfg"],
  ["fixtures/pairs/demo/b.cfg"],
];

function produce(dir: string): string[] {
  return PAIRS.map((files, i) => {
    const out = path.join(dir, `pair-${i}.sarif`);
    const r = spawnSync("node", ["dist/rglint.js", "check", ...files, "--format", "sarif", "--output", out], {
      encoding: "utf8",
    });
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`rglint check ${files.join(" ")} exited with ${r.status}: ${r.stderr.trim()}`);
    }
    return out;
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "rglint-sarif-"));
let problems = 0;
try {
  const files = process.argv.length > 2 ? process.argv.slice(2) : produce(dir);
  for (const file of files) {
    const errors = schemaErrors(JSON.parse(readFileSync(file, "utf8")));
    for (const e of errors) console.log(`${file}: schema: ${e}`);
    problems += errors.length;
  }
  const mt = multitoolFindings(files);
  if (mt.ran) {
    for (const f of mt.findings) console.log(f);
    problems += mt.findings.length;
    console.log(`SARIF: ${files.length} files: ${problems} problems (schema and multitool Gh;Sarif rules)`);
  } else {
    console.log(`SARIF: ${files.length} files: ${problems} schema problems; multitool skipped: ${mt.reason}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = problems > 0 ? 1 : 0;
