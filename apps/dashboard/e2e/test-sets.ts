import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The tag of the tests that also run in the 'shanghai' project (Asia/Shanghai,
 * zh-CN), besides 'utc' (UTC, en-US) where every test runs: the tests whose
 * result can depend on the time zone or the locale. Written as Playwright's
 * tag option, `test('…', { tag: TZ_TAG }, …)`; the project selects them with
 * `grep: TZ_GREP`.
 */
export const TZ_TAG = '@tz';

/** Matches the tagged tests (Playwright matches `grep` against the title followed by the tags). */
export const TZ_GREP = /@tz\b/;

/**
 * The tag of a test that shows time-zone or locale markers but whose checks
 * cannot change with them (the accessibility scans: structure, names and
 * colours): it runs in 'utc' only, the 'shanghai' project leaving it out
 * with `grepInvert: ONCE_GREP`, and the tagging rule accepts it instead of
 * TZ_TAG. Say in the test why it is so.
 */
export const ONCE_TAG = '@once';

/** Matches the tests tagged ONCE_TAG. */
export const ONCE_GREP = /@once\b/;

/**
 * What marks a test as time-zone or locale dependent: it reads something the
 * app derives from a date or a year, formats with `Intl`, or picks by
 * language. Matched against the test's code and the code of the functions of
 * its file that it calls. A test that matches must carry `TZ_TAG`; tagging
 * one that matches none is allowed (it then runs twice for nothing).
 */
export const TZ_MARKERS: readonly { why: string; pattern: RegExp }[] = [
  { why: 'a year or a date: the year filter, a year in the URL, the data or the expected text, the printed date', pattern: /year=|filter-year|print-filters|\b(19|20)\d\d\b/ },
  { why: 'the language: switching it, lang= in the URL, <html lang>, the language select, words of one language', pattern: /chooseLanguage\(|lang=|'lang'|getByTestId\('language'\)|\['zh-Han[st]'\]|\blang: '/ },
  { why: 'numbers or dates formatted for a language (Intl, @fazhi/charts tiles)', pattern: /kpiTiles\(|\.formatted\b|changeFormatted|\bIntl\.|toLocale/ },
];

/**
 * The marker names of a test's code: `TZ_MARKERS` matched against the code
 * with fixture paths and file names taken out (`fixtures/sip-2019`,
 * `2019年复议案件台账.csv` name files, not years the test reads).
 */
export function tzMarkers(code: string): string[] {
  const withoutFiles = code.replace(/fixtures\/[\w./${}-]*|[\w\u4e00-\u9fff${}-]+\.(?:csv|xlsx|ya?ml)\b/g, 'FILE');
  return TZ_MARKERS.filter((m) => m.pattern.test(withoutFiles)).map((m) => m.why);
}

/**
 * What a test on the shared sample page (`sampleTest`) must not do: change the
 * data, the scheme or the saved session, reload or leave the page, go
 * offline, or provoke a console error or CSP violation.
 */
export const SHARED_PAGE_FORBIDDEN: readonly { why: string; pattern: RegExp }[] = [
  { why: 'loads files', pattern: /setInputFiles|filechooser|dispatchEvent\('drop'|dropFiles\(/ },
  { why: 'edits or resets the scheme', pattern: /\.fill\(|pressSequentially|setPoints|scheme-reset/ },
  { why: 'overrides how a file is read', pattern: /-override/ },
  { why: 'clears or replaces the session', pattern: /clear-all|indexedDB|localStorage/ },
  { why: 'reloads, leaves or closes the page', pattern: /\.reload\(|goto\(|\.close\(|setOffline|newPage|newContext/ },
  { why: 'provokes or forgets a problem', pattern: /createElement\('script'\)|problems/ },
];

/** One test as written in a spec file. */
export interface DeclaredTest {
  file: string;
  /** The title as written (a template literal keeps its `${…}`). */
  title: string;
  /** `test` (own context and page) or `sampleTest` (the worker's shared sample page). */
  kind: 'test' | 'sampleTest';
  tags: string[];
  /** The test's function and the file's functions it calls (transitively), as source text. */
  code: string;
}

const E2E_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * Every `test(…)` and `sampleTest(…)` of the e2e spec files, read with the
 * TypeScript parser (titles, tag options, code), for the checks of
 * e2e/test-sets.spec.ts.
 */
export function declaredTests(dir: string = E2E_DIR): DeclaredTest[] {
  const out: DeclaredTest[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.spec.ts')).sort()) {
    const source = ts.createSourceFile(file, readFileSync(`${dir}/${file}`, 'utf8'), ts.ScriptTarget.Latest, true);
    const functions = new Map<string, ts.Node>();
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name !== undefined) functions.set(statement.name.text, statement);
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.initializer !== undefined && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) functions.set(d.name.text, d.initializer);
        }
      }
    }
    const codeWithCallees = (root: ts.Node): string => {
      const seen = new Set<ts.Node>([root]);
      const queue = [root];
      for (let i = 0; i < queue.length; i++) {
        const visit = (node: ts.Node): void => {
          if (ts.isIdentifier(node)) {
            const fn = functions.get(node.text);
            if (fn !== undefined && !seen.has(fn)) {
              seen.add(fn);
              queue.push(fn);
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(queue[i] as ts.Node);
      }
      return queue.map((n) => n.getText(source)).join('\n');
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (node.expression.text === 'test' || node.expression.text === 'sampleTest')) {
        const [titleArg, second] = node.arguments;
        const body = node.arguments[node.arguments.length - 1];
        if (titleArg !== undefined && body !== undefined && (ts.isArrowFunction(body) || ts.isFunctionExpression(body))) {
          const tags: string[] = [];
          if (second !== undefined && ts.isObjectLiteralExpression(second)) {
            for (const p of second.properties) {
              if (ts.isPropertyAssignment(p) && p.name.getText(source) === 'tag') {
                const init = p.initializer;
                const items = ts.isArrayLiteralExpression(init) ? [...init.elements] : [init];
                for (const item of items) tags.push(ts.isIdentifier(item) && item.text === 'TZ_TAG' ? TZ_TAG : ts.isIdentifier(item) && item.text === 'ONCE_TAG' ? ONCE_TAG : item.getText(source).replace(/^['"`]|['"`]$/g, ''));
              }
            }
          }
          const title = ts.isStringLiteralLike(titleArg) ? titleArg.text : titleArg.getText(source);
          out.push({ file, title, kind: node.expression.text, tags, code: codeWithCallees(body) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
