/** schemas/simulation.schema.json, compiled once per test file. */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";

const schema = JSON.parse(readFileSync("schemas/simulation.schema.json", "utf8")) as object;
export const validateSimulation = new Ajv({ allErrors: true }).compile(schema);
