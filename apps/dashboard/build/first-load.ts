/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`), as far as the first load needs it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Chunks this one imports statically (manifest keys): loaded with it. */
  imports?: string[];
  /** Chunks it imports with `import()`: loaded when needed. */
  dynamicImports?: string[];
}

/**
 * The manifest keys of the chunks the page loads before its first screen:
 * every entry and, recursively, what they import statically (not what they
 * import with `import()`), in a stable order (entries first, then as found).
 *
 * @example
 * firstLoadChunks({ 'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_d3.js'], dynamicImports: ['src/views/Scheme.svelte'] },
 *   '_d3.js': { file: 'assets/d3.js' }, 'src/views/Scheme.svelte': { file: 'assets/Scheme.js', isDynamicEntry: true } });
 * // ['index.html', '_d3.js']
 */
export function firstLoadChunks(manifest: Readonly<Record<string, ManifestChunk>>): string[] {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || manifest[key] === undefined) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry === true) visit(key);
  return [...seen];
}
