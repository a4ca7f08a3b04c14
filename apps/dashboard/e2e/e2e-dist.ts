import { fileURLToPath } from 'node:url';

/** The port `vite preview` serves the production build on for the end-to-end tests: 4185, or `FAZHI_E2E_PORT`. */
export const E2E_PORT = Number(process.env.FAZHI_E2E_PORT ?? 4185);

/**
 * The folder of the production build under test: `FAZHI_E2E_DIST` when set
 * (a private build that other work in the same tree cannot overwrite),
 * else the dashboard's `dist/`.
 *
 * @example
 * e2eDist(); // '/work/main/apps/dashboard/dist'
 */
export function e2eDist(): string {
  return process.env.FAZHI_E2E_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));
}
