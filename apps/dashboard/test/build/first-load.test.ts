import { describe, expect, it } from 'vitest';
import { firstLoadChunks } from '../../build/first-load.ts';

describe('firstLoadChunks (what the page loads before its first screen)', () => {
  it('follows the entries\' static imports, transitively, and not their dynamic ones', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_a.js'], dynamicImports: ['src/views/Scheme.svelte'] },
      '_a.js': { file: 'assets/a.js', imports: ['_b.js', 'index.html'] },
      '_b.js': { file: 'assets/b.js' },
      'src/views/Scheme.svelte': { file: 'assets/Scheme.js', isDynamicEntry: true, imports: ['_yaml.js'] },
      '_yaml.js': { file: 'assets/yaml.js' },
    };
    expect(firstLoadChunks(manifest)).toEqual(['index.html', '_a.js', '_b.js']);
  });

  it('gives nothing for a manifest without an entry, and skips imports the manifest does not list', () => {
    expect(firstLoadChunks({ '_a.js': { file: 'assets/a.js' } })).toEqual([]);
    expect(firstLoadChunks({ 'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_gone.js'] } })).toEqual(['index.html']);
  });
});
