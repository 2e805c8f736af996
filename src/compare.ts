/**
 * Orders strings by UTF-16 code unit, as `<` does: for the ASCII identifiers rglint sorts (rule
 * IDs, sides, keywords) the same order as `localeCompare`, without the ICU collator that the first
 * `localeCompare` of a process sets up (about 9 ms).
 */
export function byCodeUnit(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
