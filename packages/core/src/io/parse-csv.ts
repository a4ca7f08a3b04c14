import Papa from 'papaparse';

/**
 * Splits CSV text into rows of raw string cells with papaparse (delimiter
 * guessed among `,` tab `;` `|`; no type guessing). Blank lines are kept as
 * `['']` rows so that row numbers stay physical: index + 1 is the row a
 * spreadsheet shows. A trailing line break does not add a row.
 *
 * @example
 * parseCsv('案號,被告\n\n(2019)1,司法局\n'); // [['案號', '被告'], [''], ['(2019)1', '司法局']]
 */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const rows = result.data;
  const last = rows[rows.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === '' && /\r?\n$/.test(text.slice(-2))) rows.pop();
  return rows;
}
