/** Where the CLI writes: injectable so commands run in-process in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (progress bars); absent means no. */
  readonly stderrIsTTY?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/**
 * A stream the reader has closed (`rglint check … | head`) is not an error: the rest of the output
 * is dropped and the run ends as it would have, exit code included, without Node's EPIPE stack
 * trace. Any other write error is one line and exit code 2.
 */
function guarded(stream: NodeJS.WriteStream, name: string): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      closed = true;
      return;
    }
    // Said on standard error, unless that is the stream that failed.
    if (stream !== process.stderr)
      process.stderr.write(`rglint: cannot write to ${name}: ${error.message}\n`);
    process.exit(2);
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export function processIo(): Io {
  return {
    stdout: guarded(process.stdout, "standard output"),
    stderr: guarded(process.stderr, "standard error"),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
