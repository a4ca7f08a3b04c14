import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

const SUFFIX = '?value';

/**
 * Vite plugin: `import value from './file.yaml?value'` gives the YAML file's
 * value, parsed at build time and inlined as JSON. The example scheme comes
 * in this way, so the first screen needs no YAML parser (it is loaded when a
 * scheme file is read). The file is watched in development.
 *
 * @example
 * export default defineConfig({ plugins: [yamlValue()] });
 */
export function yamlValue(): Plugin {
  return {
    name: 'fazhi-yaml-value',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(parse(readFileSync(file, 'utf8')))};`;
    },
  };
}
