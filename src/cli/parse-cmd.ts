import { loadChassis } from "../analyze.js";
import { chassisSummary, chassisToJson } from "../model/json.js";
import { UsageError } from "./errors.js";
import { readInputFile } from "./io.js";
import type { Io } from "./io-streams.js";

/** `rglint parse FILE`: the normalized model, how users debug a finding. Secrets are masked. */
export function runParse(file: string, format: string, io: Io): number {
  if (format !== "text" && format !== "json") {
    throw new UsageError(`unknown format "${format}" (expected one of: text, json)`);
  }
  const chassis = loadChassis({ file, content: readInputFile(file) });
  io.stdout(
    format === "json" ? `${JSON.stringify(chassisToJson(chassis), null, 2)}\n` : chassisSummary(chassis),
  );
  return 0;
}
