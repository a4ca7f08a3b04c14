import type { ColumnSchema } from '../datasets/dataset-schema.ts';
import type { XlsxCell } from '../io/read-xlsx.ts';
import { isBlank } from '../values/is-blank.ts';
import { normalizeCaseNumber } from '../values/normalize-case-number.ts';
import { parseDate, MAX_YEAR, MIN_YEAR } from '../values/parse-date.ts';
import { parseFlag } from '../values/parse-flag.ts';
import { parseNumber } from '../values/parse-number.ts';
import { isParseFailure } from '../values/parse-failure.ts';
import { toSimplified } from '../values/to-simplified.ts';
import { CellFailure } from './cell-failure.ts';
import { cellText } from './cell-text.ts';

/**
 * Reads one cell of a column: the parsed value, null for blank, or a
 * {@link CellFailure}. `unit` cells come back as their trimmed NFKC
 * spelling (the loader resolves them to canonical names).
 *
 * @example
 * const read: CellReader = createCellReader({ name: 'filed_on', aliases: [], type: 'date' });
 */
export type CellReader = (cell: XlsxCell | undefined) => unknown;

const LIST_SEPARATOR = /[;；、,，]/;

/**
 * Options of {@link createCellReader}.
 *
 * @example
 * const options: CellReaderOptions = { memoize: false };
 * const read = createCellReader({ name: 'deaths', aliases: [], type: 'int', min: 0, suffixes: ['人'] }, options);
 * read('3人'); // 3
 */
export interface CellReaderOptions {
  /** Memoise repetitive columns by raw text. Off for a caller that reads each distinct text once anyway. Default true. */
  memoize?: boolean;
}

/**
 * Builds the reader of a column once per file. Readers of repetitive
 * columns (dates, flags, numbers, enums, units) memoise by raw text, so the
 * hot path of a million-row file is a Map lookup per cell; identifier
 * columns, whose values are unique, skip the memo.
 *
 * @example
 * const read = createCellReader({ name: 'deaths', aliases: [], type: 'int', min: 0, suffixes: ['人'] });
 * read('3人'); // 3
 * read('-1');  // CellFailure { code: 'value.range', detail: '≥ 0' }
 */
export function createCellReader(column: ColumnSchema, options: CellReaderOptions = {}): CellReader {
  const parse = parserOf(column);
  if (column.type === 'text' || column.type === 'case_no' || options.memoize === false) return parse;
  const memo = new Map<string, unknown>();
  return (cell) => {
    if (typeof cell !== 'string') return parse(cell);
    if (cell === '') return null;
    let value = memo.get(cell);
    if (value === undefined) {
      value = parse(cell);
      memo.set(cell, value);
    }
    return value;
  };
}

function parserOf(column: ColumnSchema): CellReader {
  switch (column.type) {
    case 'text':
      return (cell) => {
        const text = cellText(cell).trim();
        return isBlank(text) ? null : text;
      };
    case 'case_no':
      return (cell) => {
        const text = cellText(cell);
        return isBlank(text) ? null : normalizeCaseNumber(text);
      };
    case 'unit':
      return (cell) => {
        const text = cellText(cell).normalize('NFKC').trim();
        return isBlank(text) ? null : text;
      };
    case 'list':
      return (cell) => {
        const parts = cellText(cell).split(LIST_SEPARATOR).map((s) => s.normalize('NFKC').trim()).filter((s) => !isBlank(s));
        return parts.length === 0 ? null : parts;
      };
    case 'date': {
      const failure = new CellFailure('value.date');
      return (cell) => {
        const value = typeof cell === 'boolean' ? failure : parseDate(cell);
        return isParseFailure(value) ? failure : value;
      };
    }
    case 'flag': {
      const failure = new CellFailure('value.flag');
      return (cell) => {
        const value = cell instanceof Date ? failure : parseFlag(cell);
        return isParseFailure(value) ? failure : value;
      };
    }
    case 'enum': {
      const values = column.values ?? {};
      const failure = new CellFailure('value.enum', [...new Set(Object.values(values))].join('、'));
      return (cell) => {
        const text = cellText(cell).trim();
        if (isBlank(text)) return null;
        return values[toSimplified(text.normalize('NFKC')).replace(/\s+/g, '')] ?? failure;
      };
    }
    case 'number':
    case 'int':
    case 'year':
      return numberParser(column);
  }
}

function numberParser(column: ColumnSchema): CellReader {
  const isYear = column.type === 'year';
  const min = isYear ? MIN_YEAR : column.min;
  const max = isYear ? MAX_YEAR : column.max;
  const options = {
    percent: column.percent ?? 'percentage',
    suffixes: isYear ? ['年度', '年'] : (column.suffixes ?? []),
  } as const;
  const notNumber = new CellFailure('value.number');
  const outOfRange = new CellFailure('value.range', rangeText(min, max));
  return (cell) => {
    if (typeof cell === 'boolean' || cell instanceof Date) return notNumber;
    const value = parseNumber(cell, options);
    if (value === null) return null;
    if (isParseFailure(value)) return notNumber;
    if (column.type !== 'number' && !Number.isInteger(value)) return notNumber;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) return outOfRange;
    return value;
  };
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return '';
}
