#!/usr/bin/env node
// prepack of @fazhi/core, @fazhi/charts and @fazhi/cli: inside this repository their `exports` and `bin` point at
// src/*.ts so that tests and `pnpm fazhi` run on the sources; `publishConfig` points them at the built dist/, and only
// pnpm applies it when packing. `npm pack` / `npm publish` would ship a package plain Node cannot run, so they stop
// here with one line; so does a pack before `pnpm build`.
import { existsSync } from 'node:fs';

const agent = process.env.npm_config_user_agent ?? '';
if (!agent.startsWith('pnpm/')) {
  console.error('pack and publish @fazhi packages with pnpm (pnpm build, then pnpm pack / pnpm publish): only pnpm points exports and bin at dist/ (publishConfig)');
  process.exit(1);
}
if (!existsSync('dist/index.js')) {
  console.error('dist/ is missing: run pnpm build at the repository root first');
  process.exit(1);
}
