import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/report/find-chromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-chromium-'));
const binary = join(dir, 'chrome');
writeFileSync(binary, '#!/bin/sh\n');
chmodSync(binary, 0o755);
const notExecutable = join(dir, 'readme');
writeFileSync(notExecutable, 'x');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findChromium', () => {
  it('uses FAZHI_CHROMIUM when it names an executable file', () => {
    expect(findChromium({ FAZHI_CHROMIUM: binary }, [])).toEqual({ kind: 'found', path: binary });
  });

  it('reports a FAZHI_CHROMIUM that is missing or not executable instead of looking elsewhere', () => {
    expect(findChromium({ FAZHI_CHROMIUM: join(dir, 'nope') }, [binary])).toEqual({ kind: 'bad-env', path: join(dir, 'nope') });
    expect(findChromium({ FAZHI_CHROMIUM: notExecutable }, [binary])).toEqual({ kind: 'bad-env', path: notExecutable });
  });

  it('takes the first executable of the known paths otherwise, and says missing when there is none', () => {
    expect(findChromium({}, [join(dir, 'nope'), notExecutable, binary])).toEqual({ kind: 'found', path: binary });
    expect(findChromium({ FAZHI_CHROMIUM: '' }, [join(dir, 'nope')])).toEqual({ kind: 'missing' });
  });
});
