// Which test files can give another result in another time zone: those that reach, through their imports, code
// that reads or writes local time. scripts/test.mjs runs every test file under TZ=UTC and only these again under
// TZ=Asia/Shanghai (UTC+8, no daylight saving: a date read in local time moves by a day there when it is read as
// midnight UTC, which is the bug the second run is for).
//
// How the set is chosen: a walk of the import graph from each test file, following relative imports and the
// workspace packages (@fazhi/*) to their sources; type-only imports run no code and are not followed. A file is time-zone sensitive when its code (comments left out)
// uses a local-time API (LOCAL_TIME: the current time `new Date()`, a date built from parts `new Date(y, m, d)` or
// parsed from a string `new Date('…')`, Date.parse, the local getters and setters, toLocale*String,
// Intl.DateTimeFormat, process.env.TZ, a timezoneId) or when it imports a package that works in local time
// (DATE_PACKAGES: Excel writing — its zip stamps — and vega's time scales and formats), or when anything it imports
// is. Not local time, and not counted: the UTC getters (getUTCFullYear, …), `new Date(milliseconds)` and
// `new Date(Date.UTC(…))`, toISOString, and read-excel-file, which reads Excel's serial dates as UTC.
// How it is checked: scripts/test/tz-sensitive.test.ts runs the walk over the repository and requires the files
// that are known to depend on local time (Excel dates, the dashboard's print date, the date parser's tests) to be
// chosen and pure files (text width, CSV escaping) not to be; FAZHI_TZ_ALL=1 pnpm test runs every file in both zones.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Local-time APIs: a file whose text matches may behave differently in another time zone. */
export const LOCAL_TIME =
  /new Date\(\s*\)|new Date\(\s*['"`]|new Date\([^()]*,|Date\.parse\(|\.(get|set)(Hours|Date|Month|FullYear|Day|Minutes|Seconds)\(|getTimezoneOffset\(|toLocale(Date|Time)?String\(|Intl\.DateTimeFormat|process\.env\.TZ|timezoneId/;

/**
 * Packages that turn values into dates or dates into text in local time: Excel writing (its zip stamps), and vega's
 * runtime — its time scales and formats. Not vega-lite, whose compiler only writes a spec (the time formats in it run
 * in vega).
 */
export const DATE_PACKAGES = /^(write-excel-file|vega|vega-embed|d3-time|d3-time-format)(\/|$)/;

/** The workspace packages' entry points, as their sources (what the tests run on). */
const WORKSPACE_ENTRIES = {
  '@fazhi/core': 'packages/core/src/index.ts',
  '@fazhi/core/table': 'packages/core/src/table.ts',
  '@fazhi/charts': 'packages/charts/src/index.ts',
  '@fazhi/charts/render': 'packages/charts/src/render/index.ts',
  '@fazhi/cli': 'packages/cli/src/index.ts',
};

/**
 * Why a file is time-zone sensitive — the file or package that makes it so — or null when it is not.
 * `memo` carries the answers across calls (one walk of the whole repository).
 */
export function timeZoneReason(file, root, memo = new Map(), visiting = new Set()) {
  if (memo.has(file)) return memo.get(file);
  if (visiting.has(file)) return null; // a cycle: the files on it are decided by their other imports
  visiting.add(file);
  let why = null;
  if (!file.startsWith('/')) {
    why = DATE_PACKAGES.test(file) ? file : null;
  } else {
    const text = readFileSync(file, 'utf8');
    if (LOCAL_TIME.test(withoutComments(text))) why = relative(root, file);
    for (const specifier of importSpecifiers(withoutTypeImports(text))) {
      if (why !== null) break;
      const target = resolveImport(file, specifier, root);
      if (target !== null) why = timeZoneReason(target, root, memo, visiting);
    }
  }
  visiting.delete(file);
  memo.set(file, why);
  return why;
}

/** The test files (*.test.ts under the test folders vitest reads) that are time-zone sensitive, with the reason. */
export function timeZoneSensitiveTests(root, testFiles = findTestFiles(root)) {
  const memo = new Map();
  const chosen = new Map();
  for (const file of testFiles) {
    const why = timeZoneReason(file, root, memo);
    if (why !== null) chosen.set(relative(root, file), why);
  }
  return chosen;
}

/** Every *.test.ts file under the folders vitest.config.ts includes. */
export function findTestFiles(root) {
  const dirs = ['packages', 'apps'].flatMap((d) => readdirSync(join(root, d)).map((p) => join(root, d, p, 'test')));
  dirs.push(join(root, 'bench/test'), join(root, 'scripts/test'));
  return dirs.filter((d) => existsSync(d)).flatMap(walk).sort();
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** The text without its comments (doc comments' examples are not code that runs), roughly: `//` to the line's end. */
export function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The text without its type-only imports and re-exports (`import type { … } from '…'`), which run no code. */
export function withoutTypeImports(text) {
  return text.replace(/^\s*(import|export)\s+type\s+\{[^}]*\}\s*from\s*['"][^'"]+['"];?/gm, '');
}

/** The module specifiers of static and dynamic imports and re-exports in a file's text. */
export function importSpecifiers(text) {
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** A relative import or workspace package → its source file; another package → its name; unknown → null. */
function resolveImport(from, specifier, root) {
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(from), specifier);
    for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
      if (existsSync(candidate) && statSync(candidate).isFile() && /\.(ts|mts|js|mjs|svelte)$/.test(candidate)) return candidate;
    }
    return null;
  }
  if (specifier in WORKSPACE_ENTRIES) return join(root, WORKSPACE_ENTRIES[specifier]);
  if (specifier.startsWith('node:')) return null;
  return specifier;
}
