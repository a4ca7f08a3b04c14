import { INDICATOR_DECLARATIONS, resolveIndicatorOptions, type IndicatorDeclaration } from '../../packages/core/src/index.ts';
import { measureText, optionsRead, predicateText } from './formula-text.ts';

/** The markers around each generated table in docs/indicators.md. */
export const TABLES = {
  catalogue: 'catalogue-table',
  formulas: 'formula-table',
} as const;

/**
 * The catalogue at a glance: id, names, kind and year rule of each declaration, in catalogue order.
 *
 * @example
 * catalogueTable(INDICATOR_DECLARATIONS).split('\n')[0]; // '| id | 繁體中文 | 简体中文 | English | kind | year by |'
 */
export function catalogueTable(declarations: readonly IndicatorDeclaration[]): string {
  const lines = ['| id | 繁體中文 | 简体中文 | English | kind | year by |', '|---|---|---|---|---|---|'];
  for (const d of declarations) {
    lines.push(`| \`${d.id}\` | ${d.name['zh-Hant']} | ${d.name['zh-Hans']} | ${d.name.en} | ${d.kind} | ${d.year.join(', else ')} |`);
  }
  return lines.join('\n');
}

/**
 * The formula of each declaration: what it keeps, counts or sums, over
 * what, and the options it reads with their defaults. value = numerator /
 * denominator (numerator alone for a count).
 *
 * @example
 * formulaTable(INDICATOR_DECLARATIONS).split('\n')[0]; // '| id | computed | numerator | denominator | options (default) |'
 */
export function formulaTable(declarations: readonly IndicatorDeclaration[]): string {
  const defaults = resolveIndicatorOptions() as unknown as Record<string, unknown>;
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = ['| id | computed | numerator | denominator | options (default) |', '|---|---|---|---|---|'];
  for (const d of declarations) {
    let computed: string;
    let numerator: string;
    let denominator: string;
    if (d.compute === 'tally') {
      computed = d.filter === undefined ? `tally of ${d.dataset}` : `tally of ${d.dataset} where ${predicateText(d.filter)}`;
      numerator = measureText(d.numerator);
      denominator = d.denominator === null ? '—' : measureText(d.denominator);
    } else if (d.compute === 'change') {
      computed = `change of \`${d.of}\``;
      numerator = `\`${d.of}\` this year − last year`;
      denominator = `\`${d.of}\` last year`;
    } else {
      computed = `custom, of ${[d.dataset, ...(d.reads ?? [])].join(' and ')}`;
      numerator = d.formula.numerator;
      denominator = d.formula.denominator ?? '—';
    }
    const options = optionsRead(d).map((o) => `\`${o}\` (${JSON.stringify(defaults[o])})`).join(', ') || '—';
    lines.push(`| \`${d.id}\` | ${cell(computed)} | ${cell(numerator)} | ${cell(denominator)} | ${options} |`);
  }
  return lines.join('\n');
}

/**
 * The markdown with the text between `<!-- name:start … -->` and `<!-- name:end -->` replaced by `table`. Throws
 * when the markers are missing.
 *
 * @example
 * replaceBetween('a\n<!-- t:start -->\nold\n<!-- t:end -->\nb', 't', 'new'); // 'a\n<!-- t:start -->\nnew\n<!-- t:end -->\nb'
 */
export function replaceBetween(markdown: string, name: string, table: string): string {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->\\n`);
  const end = `<!-- ${name}:end -->`;
  const from = markdown.search(start);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/indicators.md: the markers <!-- ${name}:start --> … ${end} are missing`);
  const open = start.exec(markdown)![0];
  return `${markdown.slice(0, from)}${open}${table}\n${markdown.slice(to)}`;
}

/**
 * docs/indicators.md with both generated tables written from the declarations.
 *
 * @example
 * indicatorDocs(readFileSync('docs/indicators.md', 'utf8')) === readFileSync('docs/indicators.md', 'utf8'); // true when current
 */
export function indicatorDocs(markdown: string, declarations: readonly IndicatorDeclaration[] = INDICATOR_DECLARATIONS): string {
  return replaceBetween(replaceBetween(markdown, TABLES.catalogue, catalogueTable(declarations)), TABLES.formulas, formulaTable(declarations));
}
