import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canOpenBrowser } from '../../build/can-open-browser.ts';

describe('canOpenBrowser (whether pnpm start opens a browser)', () => {
  const bin = mkdtempSync(join(tmpdir(), 'fazhi-bin-'));
  writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\n');
  chmodSync(join(bin, 'xdg-open'), 0o755);

  it('says no on a Linux server: no desktop session, or no xdg-open', () => {
    expect(canOpenBrowser({ PATH: bin }, 'linux')).toBe(false);
    expect(canOpenBrowser({ PATH: '/nowhere', DISPLAY: ':0' }, 'linux')).toBe(false);
  });
  it('says yes in a Linux desktop session with xdg-open, and on macOS and Windows', () => {
    expect(canOpenBrowser({ PATH: `/nowhere:${bin}`, DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({ PATH: bin, WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({}, 'darwin')).toBe(true);
    expect(canOpenBrowser({}, 'win32')).toBe(true);
  });
  it('says no wherever BROWSER=none', () => {
    expect(canOpenBrowser({ BROWSER: 'none', PATH: bin, DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(canOpenBrowser({ BROWSER: 'none' }, 'darwin')).toBe(false);
  });
});
