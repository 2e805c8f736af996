import { isMainThread, workerData } from "node:worker_threads";
import { isFleetWorkerSetup, runFleetWorker } from "./fleet-worker.js";
import { processIo } from "./io-streams.js";
import { main } from "./main.js";

if (!isMainThread && isFleetWorkerSetup(workerData)) {
  // `check --manifest` starts this same file (the bundle) as its worker threads.
  runFleetWorker();
} else {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not a user error: one line on stderr all the same, exit code 3 so it is noticed.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`rglint: internal error: ${message}\n`);
      process.exitCode = 3;
    },
  );
}
