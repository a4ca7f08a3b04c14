#!/usr/bin/env node
// pnpm build: builds @fazhi/core, @fazhi/charts and @fazhi/cli to their dist/ folders with tsc -b (project references:
// core, then charts, then cli). dist/ is emptied first, so a source file that was deleted or renamed leaves nothing
// behind for `pnpm pack` to ship (tsc -b only writes outputs, it never removes old ones).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
for (const name of ['core', 'charts', 'cli']) rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
const tsc = spawnSync('pnpm', ['exec', 'tsc', '-b', 'packages/cli/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
process.exit(tsc.status ?? 1);
