#!/usr/bin/env node
// The `vntip` binary: hands the process's arguments and streams to `run` and exits with its code.
import { run } from './index';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
