import { accessSync, constants } from 'node:fs';

/**
 * Where Chromium is looked for when `FAZHI_CHROMIUM` is not set, in order:
 * Debian's `chromium` package first.
 *
 * @example
 * CHROMIUM_PATHS[0]; // '/usr/bin/chromium'
 */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'] as const;

/**
 * Which browser prints the PDF: `found` with its path; `missing` when none of
 * {@link CHROMIUM_PATHS} exists; `bad-env` when `FAZHI_CHROMIUM` names a file
 * that is not there or not executable.
 *
 * @example
 * const found: ChromiumLookup = { kind: 'found', path: '/usr/bin/chromium' };
 */
export type ChromiumLookup = { kind: 'found'; path: string } | { kind: 'missing' } | { kind: 'bad-env'; path: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the Chrome or Chromium binary to print with: `FAZHI_CHROMIUM` when it
 * is set and not empty (and then only it: a wrong path is reported, not
 * silently replaced), else the first executable of `paths` (default
 * {@link CHROMIUM_PATHS}).
 *
 * @example
 * findChromium({ FAZHI_CHROMIUM: '/opt/chrome/chrome' }); // { kind: 'found', path: '/opt/chrome/chrome' } when it exists
 * findChromium({}, []);                                   // { kind: 'missing' }
 */
export function findChromium(env: Readonly<Record<string, string | undefined>>, paths: readonly string[] = CHROMIUM_PATHS): ChromiumLookup {
  const chosen = env.FAZHI_CHROMIUM;
  if (chosen !== undefined && chosen !== '') return isExecutable(chosen) ? { kind: 'found', path: chosen } : { kind: 'bad-env', path: chosen };
  const path = paths.find(isExecutable);
  return path === undefined ? { kind: 'missing' } : { kind: 'found', path };
}
