/** Paths as URIs (SARIF artifact locations, Markdown links). */

/** Percent-encodes each segment of a `/`-separated path (keeps a Windows drive letter's colon). */
export function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join("/");
}

/** A file URI for an absolute path with `/` separators (`C:/x` on Windows becomes `file:///C:/x`). */
export function fileUri(absolutePath: string): string {
  const encoded = encodePath(absolutePath);
  return encoded.startsWith("/") ? `file://${encoded}` : `file:///${encoded}`;
}
