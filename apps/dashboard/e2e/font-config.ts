import { bundledFontFiles } from '@fazhi/charts/render';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A fontconfig file for the end-to-end tests' Chromium: the system's own
 * configuration plus the Chinese fonts `@fazhi/charts` installs from npm
 * (Noto Sans Hans and Hant, the fonts the CLI renders and prints with), so
 * that a machine without a CJK system font — most servers and containers,
 * this one included — draws Chinese in the tests and their screenshots as an
 * analyst's browser does, not as empty boxes. Chromium finds them by its
 * fallback for characters the page's fonts lack; the page itself is not
 * changed. Written once per run under the system's temporary folder; returns
 * its path (for `FONTCONFIG_FILE`).
 */
export function e2eFontConfig(): string {
  const { hans, hant } = bundledFontFiles();
  const folder = join(tmpdir(), 'fazhi-e2e-fonts');
  const file = join(folder, 'fonts.conf');
  mkdirSync(join(folder, 'cache'), { recursive: true });
  writeFileSync(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${dirname(hans.regular)}</dir>`,
    `  <dir>${dirname(hant.regular)}</dir>`,
    `  <cachedir>${join(folder, 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'));
  return file;
}
