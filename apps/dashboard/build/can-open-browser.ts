import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Whether `pnpm start` can open the dashboard in a browser: on macOS and
 * Windows always; elsewhere only in a desktop session (`DISPLAY` or
 * `WAYLAND_DISPLAY` set) with `xdg-open` on the `PATH`. `BROWSER=none` says
 * no everywhere. On a server or in a container the answer is no, and vite
 * preview then only prints the address instead of failing with
 * "spawn xdg-open ENOENT".
 *
 * @example
 * canOpenBrowser({ PATH: '/usr/bin' }, 'linux');                 // false: no desktop session
 * canOpenBrowser({ BROWSER: 'none' }, 'darwin');                 // false
 * canOpenBrowser({}, 'win32');                                   // true
 */
export function canOpenBrowser(env: Readonly<Record<string, string | undefined>> = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (env['BROWSER'] === 'none') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return false;
  return onPath('xdg-open', env['PATH'] ?? '');
}

/** Whether an executable `command` is in one of the `PATH`'s folders. */
function onPath(command: string, path: string): boolean {
  return path.split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return dir !== '';
    } catch {
      return false;
    }
  });
}
