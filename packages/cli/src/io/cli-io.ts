/** A stream the CLI writes to: process.stdout, process.stderr, or a test double. */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  /** True when the stream is a terminal. */
  readonly isTTY?: boolean;
  /** Width of the terminal, when it is one. */
  readonly columns?: number;
}

/** Everything the CLI takes from its process: streams, environment and working folder. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
}
