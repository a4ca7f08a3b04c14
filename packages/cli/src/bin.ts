#!/usr/bin/env node
import { main } from './main.ts';

// The reader went away (`fazhi indicators | head`): stop quietly, as `cat` does, instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const status = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
// Let piped output drain before exiting, so a large result is never cut short.
await new Promise<void>((done) => process.stdout.write('', () => done()));
process.exit(status);
