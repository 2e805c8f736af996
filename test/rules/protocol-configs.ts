/** Small config builders for the protocol rules' tests (RG301–RG309). Line N of the text is lines[N-1]. */
export { cfg } from "./pairing-configs.js";

/** Lines 1–8: group 1 with the given control and data interfaces, its control link on `protocol`. */
export const group = (hostname: string, control: string, data: string, protocol = 1): string[] => [
  `hostname ${hostname}`,
  "redundancy",
  " mode none",
  " application redundancy",
  "  group 1",
  "   name RG1",
  `   control ${control} protocol ${protocol}`,
  `   data ${data}`,
];

/** Lines 1–8: group 1 with control and data on Port-channel1 (`group` above). */
export const groupOnPo1 = (hostname: string, protocol = 1): string[] =>
  group(hostname, "Port-channel1", "Port-channel1", protocol);
