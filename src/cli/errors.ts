/**
 * An error the user caused (missing file, bad option, bad config file): reported as one line,
 * exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
