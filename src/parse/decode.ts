/**
 * Bytes to text without losing anything: UTF-8 where the bytes are UTF-8, Latin-1 (one character
 * per byte, so every byte survives) for the lines where they are not.
 */

export interface DecodedText {
  readonly text: string;
  /** 1-based numbers of the lines that were not valid UTF-8 and were decoded as Latin-1. */
  readonly latin1Lines: readonly number[];
  /** True when the input contains NUL bytes: a binary file, not a configuration. */
  readonly binary: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeConfigBytes(bytes: Uint8Array): DecodedText {
  const binary = bytes.indexOf(0) !== -1;
  try {
    return { text: utf8.decode(bytes), latin1Lines: [], binary };
  } catch {
    // Fall through: decode line by line so valid UTF-8 lines keep their characters.
  }
  const parts: string[] = [];
  const latin1Lines: number[] = [];
  let start = 0;
  let line = 1;
  let bomChecked = false;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    let slice = bytes.subarray(start, end);
    if (!bomChecked) {
      bomChecked = true;
      if (slice.length >= 3 && slice[0] === 0xef && slice[1] === 0xbb && slice[2] === 0xbf)
        slice = slice.subarray(3);
    }
    try {
      parts.push(utf8.decode(slice));
    } catch {
      parts.push(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength).toString("latin1"));
      latin1Lines.push(line);
    }
    if (end === bytes.length) break;
    start = end + 1;
    line++;
  }
  return { text: parts.join("\n"), latin1Lines, binary };
}
