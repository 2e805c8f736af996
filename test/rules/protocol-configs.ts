/** Small config builders for the protocol rules' tests (RG301–RG309). Line N of the text is lines[N-1]. */
export { cfg } from "./pairing-configs.js";

/** Lines 1–8: a group with the given control and data interfaces. */
export const group = (hostname: string, control: string, data: string): string[] => [
  `hostname ${hostname}`,
  "redundancy",
  " mode none",
  " application redundancy",
  "  group 1",
  "   name RG1",
  `   control ${control} protocol 1`,
  `   data ${data}`,
];
