import { readConfig } from "../parse/reader.js";
import type { Diagnostic } from "../parse/types.js";
import { readInputFile } from "./io.js";
import type { Io } from "./io-streams.js";

/** `rglint check`: for now, reads the configs and prints the reader's diagnostics. */
export function runCheck(files: readonly string[], io: Io): number {
  const inputs = files.map((file) => ({ file, bytes: readInputFile(file) }));
  let errors = 0;
  for (const { file, bytes } of inputs) {
    const tree = readConfig(bytes, file);
    for (const d of tree.diagnostics) {
      io.stdout(formatDiagnostic(d));
      if (d.severity === "error") errors++;
    }
  }
  if (files.length === 1) io.stdout("rglint: one file given: chassis rules only\n");
  return errors > 0 ? 1 : 0;
}

function formatDiagnostic(d: Diagnostic): string {
  const { file, line, column } = d.location;
  return `${file}:${line}:${column}  ${d.severity}  ${d.code}  ${d.message}\n`;
}
