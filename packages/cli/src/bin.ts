#!/usr/bin/env node
import { main } from './main.ts';

const status = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
// Let piped output drain before exiting, so `fazhi indicators | head` never loses the end of a large result.
await new Promise<void>((done) => process.stdout.write('', () => done()));
process.exit(status);
