/** The fleet worker's entry when running from source (tsx, vitest); the bundle re-enters bin.ts. */
import { runFleetWorker } from "./fleet-worker.js";

runFleetWorker();
