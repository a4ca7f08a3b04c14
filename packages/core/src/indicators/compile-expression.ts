import type { DatasetId } from '../datasets/records.ts';
import { daysBetween, yearOf } from '../values/calendar-date.ts';
import { FIELD_READERS, type ColumnReader } from './field-readers.ts';
import { foldOptions } from './fold-options.ts';
import type { Expr, FieldRef, Literal, Measure, Predicate } from './indicator-declaration.ts';
import { resolveIndicatorOptions, type ResolvedIndicatorOptions } from './indicator-options.ts';

/** Options for parts that read none (a year rule). */
const DEFAULT_OPTIONS = resolveIndicatorOptions();

/**
 * How many records a compiled declaration part evaluates at a time (the
 * length of its buffers). Parts run over a block of records node by node, so
 * that each node of a predicate costs one tight loop per block rather than
 * one function call per record, and run with bounded memory however many
 * records there are.
 *
 * @example
 * BLOCK_SIZE; // 512
 */
export const BLOCK_SIZE = 512;

/** The value of an expression for one record: null for a blank. */
type Value = Literal | null;

/** The record's fields by name (records are interfaces, which have no index signature). */
type Fields = { readonly [field: string]: unknown };

/**
 * A compiled part of a declaration: `run(records, start, count)` evaluates
 * it for `records[start]` to `records[start + count - 1]` (count ≤ its block
 * size) into its buffer, `out[i]` for `records[start + i]`.
 *
 * @example
 * const reviewed = compilePredicate({ field: 'legality_reviewed', eq: 'yes' }, resolveIndicatorOptions());
 * reviewed.run([{ legality_reviewed: 'yes' }, { legality_reviewed: null }], 0, 2);
 * [reviewed.out[0], reviewed.out[1]]; // [1, 0]
 */
export interface Compiled<Out> {
  /** The results of the last run, one per record of the block. */
  readonly out: Out;
  /** Evaluates `count` records from `start`. */
  run(records: readonly object[], start: number, count: number): void;
}

/**
 * Where parts are compiled together: a part that occurs twice (the same
 * field, the same predicate, in one declaration or several) is compiled
 * once and evaluated once per block. The engine uses one scope per
 * dataset; each scope evaluates blocks of `size` records.
 *
 * @example
 * const scope = compileScope();
 * compilePredicate({ field: 'filed_on', present: true }, resolveIndicatorOptions(), scope) === compilePredicate({ field: 'filed_on', present: true }, resolveIndicatorOptions(), scope); // true
 */
export interface CompileScope {
  /** Records per block: the length of every buffer. */
  readonly size: number;
  /** The dataset of the records, when known: its fields are read by {@link FIELD_READERS}. */
  readonly dataset: DatasetId | null;
  /** Compiled parts by their declaration JSON. */
  readonly parts: Map<string, Compiled<unknown>>;
}

/**
 * A new {@link CompileScope} for records of `dataset` (null: any records)
 * in blocks of `size`. A scope holds parts compiled with one set of options.
 *
 * @example
 * compileScope('documents', 1).size; // 1
 */
export function compileScope(dataset: DatasetId | null = null, size = BLOCK_SIZE): CompileScope {
  return { size, dataset, parts: new Map() };
}

/** The part of the scope compiled from `node`, made once; a second run on the same block does nothing. */
function shared<Out>(scope: CompileScope, kind: string, node: unknown, make: () => Compiled<Out>): Compiled<Out> {
  const key = `${kind} ${JSON.stringify(node)}`;
  const known = scope.parts.get(key);
  if (known !== undefined) return known as Compiled<Out>;
  const inner = make();
  let lastRecords: readonly object[] | null = null;
  let lastStart = -1;
  let lastCount = -1;
  const part: Compiled<Out> = {
    out: inner.out,
    run(records, start, count) {
      if (records === lastRecords && start === lastStart && count === lastCount) return;
      inner.run(records, start, count);
      lastRecords = records;
      lastStart = start;
      lastCount = count;
    },
  };
  scope.parts.set(key, part);
  return part;
}

const TESTS = ['eq', 'ne', 'in', 'present', 'le', 'lt', 'ge', 'gt'] as const;
const NODES = ['field', 'option', 'daysBetween', 'add', 'if'] as const;

/**
 * Compiles a declared {@link Predicate} once, with the options bound: `out`
 * holds 1 where it holds, else 0 (see indicator-declaration.ts for the
 * meaning of each form; every predicate is two-valued: a blank never makes
 * it unknown). Throws a TypeError naming the node for a malformed predicate
 * (a programmer error in a declaration).
 *
 * @example
 * const notNa = compilePredicate({ field: 'legality_reviewed', ne: 'na' }, resolveIndicatorOptions());
 * notNa.run([{ legality_reviewed: 'na' }, { legality_reviewed: null }], 0, 2);
 * Array.from(notNa.out.subarray(0, 2)); // [0, 1]
 */
export function compilePredicate(predicate: Predicate, options: ResolvedIndicatorOptions, scope = compileScope()): Compiled<Uint8Array> {
  return shared(scope, 'predicate', predicate, () => predicatePart(predicate, options, scope));
}

function predicatePart(predicate: Predicate, options: ResolvedIndicatorOptions, scope: CompileScope): Compiled<Uint8Array> {
  const out = new Uint8Array(scope.size);
  if ('all' in predicate || 'any' in predicate) {
    const isAll = 'all' in predicate;
    const parts = (isAll ? predicate.all : predicate.any).map((p) => compilePredicate(p, options, scope));
    return {
      out,
      run(records, start, count) {
        out.fill(isAll ? 1 : 0, 0, count);
        for (const part of parts) {
          part.run(records, start, count);
          const m = part.out;
          if (isAll) for (let i = 0; i < count; i++) out[i] = out[i]! & m[i]!;
          else for (let i = 0; i < count; i++) out[i] = out[i]! | m[i]!;
        }
      },
    };
  }
  if ('not' in predicate) {
    const inner = compilePredicate(predicate.not, options, scope);
    return {
      out,
      run(records, start, count) {
        inner.run(records, start, count);
        const m = inner.out;
        for (let i = 0; i < count; i++) out[i] = 1 - m[i]!;
      },
    };
  }
  const tests = TESTS.filter((t) => t in predicate);
  if (tests.length !== 1) throw new TypeError(`invalid predicate: ${JSON.stringify(predicate)} (expected all, any, not, or one expression with one of ${TESTS.join(', ')})`);
  const test = tests[0]!;
  const node: Record<string, unknown> = { ...predicate };
  const operand = node[test];
  delete node[test];
  const value = compileExpr(node as Expr, options, scope);
  const v = value.out;
  let fill: (records: readonly object[], start: number, count: number) => void;
  switch (test) {
    case 'eq': {
      const literal = operand as Literal;
      fill = (_records, _start, count) => {
        for (let i = 0; i < count; i++) out[i] = v[i] === literal ? 1 : 0;
      };
      break;
    }
    case 'ne': {
      const literal = operand as Literal;
      fill = (_records, _start, count) => {
        for (let i = 0; i < count; i++) out[i] = v[i] !== literal ? 1 : 0;
      };
      break;
    }
    case 'in': {
      const values = operand as readonly Literal[];
      fill = (_records, _start, count) => {
        for (let i = 0; i < count; i++) {
          const x = v[i];
          let hit = 0;
          for (let k = 0; k < values.length; k++) {
            if (x === values[k]) {
              hit = 1;
              break;
            }
          }
          out[i] = hit;
        }
      };
      break;
    }
    case 'present': {
      const present = operand ? 1 : 0;
      fill = (_records, _start, count) => {
        for (let i = 0; i < count; i++) out[i] = v[i] !== null ? present : 1 - present;
      };
      break;
    }
    default: {
      const other = compileExpr(operand as Expr, options, scope);
      const w = other.out;
      const compare = COMPARE[test];
      fill = (records, start, count) => {
        other.run(records, start, count);
        for (let i = 0; i < count; i++) {
          const a = v[i]!;
          const b = w[i]!;
          out[i] = a !== null && b !== null && compare(a, b) ? 1 : 0;
        }
      };
    }
  }
  return {
    out,
    run(records, start, count) {
      value.run(records, start, count);
      fill(records, start, count);
    },
  };
}

const COMPARE: Record<'le' | 'lt' | 'ge' | 'gt', (a: Literal, b: Literal) => boolean> = {
  le: (a, b) => a <= b,
  lt: (a, b) => a < b,
  ge: (a, b) => a >= b,
  gt: (a, b) => a > b,
};

/**
 * Compiles a declared {@link Expr} once, with the options bound: `out`
 * holds each record's value, or null for a blank. Throws a TypeError for a
 * malformed expression.
 *
 * @example
 * const clock = compileExpr({ daysBetween: [{ field: ['published_on', 'issued_on'] }, { field: 'filed_on' }] }, resolveIndicatorOptions());
 * clock.run([{ issued_on: '2019-05-10', published_on: null, filed_on: '2019-06-09' }, { issued_on: '2019-05-10', published_on: null, filed_on: null }], 0, 2);
 * clock.out.slice(0, 2); // [30, null]
 */
export function compileExpr(expr: Expr, options: ResolvedIndicatorOptions, scope = compileScope()): Compiled<Value[]> {
  return shared(scope, 'expr', expr, () => exprPart(expr, options, scope));
}

function exprPart(expr: Expr, options: ResolvedIndicatorOptions, scope: CompileScope): Compiled<Value[]> {
  const out = new Array<Value>(scope.size).fill(null);
  if (typeof expr !== 'object') return constant(out, expr);
  const nodes = NODES.filter((n) => n in expr);
  if (nodes.length !== 1) throw new TypeError(`invalid expression: ${JSON.stringify(expr)} (expected one of ${NODES.join(', ')})`);
  if ('field' in expr) return compileField(expr.field, options, scope, out);
  if ('option' in expr) return constant(out, options[expr.option]);
  if ('daysBetween' in expr) {
    const from = compileExpr(expr.daysBetween[0], options, scope);
    const to = compileExpr(expr.daysBetween[1], options, scope);
    return {
      out,
      run(records, start, count) {
        from.run(records, start, count);
        to.run(records, start, count);
        for (let i = 0; i < count; i++) {
          const a = from.out[i];
          const b = to.out[i];
          out[i] = typeof a === 'string' && typeof b === 'string' ? daysBetween(a, b) : null;
        }
      },
    };
  }
  if ('add' in expr) {
    const terms = expr.add.map((e) => compileExpr(e, options, scope));
    return {
      out,
      run(records, start, count) {
        out.fill(0, 0, count);
        for (const term of terms) {
          term.run(records, start, count);
          for (let i = 0; i < count; i++) {
            const sum = out[i];
            const x = term.out[i];
            out[i] = typeof sum === 'number' && typeof x === 'number' ? sum + x : null;
          }
        }
      },
    };
  }
  const when = compilePredicate(expr.if, options, scope);
  const then = compileExpr(expr.then, options, scope);
  const otherwise = compileExpr(expr.else, options, scope);
  return {
    out,
    run(records, start, count) {
      when.run(records, start, count);
      then.run(records, start, count);
      otherwise.run(records, start, count);
      for (let i = 0; i < count; i++) out[i] = when.out[i] ? then.out[i]! : otherwise.out[i]!;
    },
  };
}

/**
 * Compiles a `year` rule: `out` holds the calendar year of the first
 * non-null field (a date), or the field's value (an integer year); NaN
 * when every field is blank.
 *
 * @example
 * const year = compileYear(['heard_on', 'concluded_on', 'filed_on']);
 * year.run([{ heard_on: null, concluded_on: '2019-03-01', filed_on: '2018-12-20' }, { heard_on: null, concluded_on: null, filed_on: null }], 0, 2);
 * year.out[0]; // 2019
 * Number.isNaN(year.out[1]); // true
 */
export function compileYear(fields: readonly string[], scope = compileScope()): Compiled<Float64Array> {
  return shared(scope, 'year', fields, () => yearPart(fields, scope));
}

function yearPart(fields: readonly string[], scope: CompileScope): Compiled<Float64Array> {
  const value = compileExpr({ field: fields.length === 1 ? fields[0]! : fields }, DEFAULT_OPTIONS, scope);
  const out = new Float64Array(scope.size);
  return {
    out,
    run(records, start, count) {
      value.run(records, start, count);
      const v = value.out;
      for (let i = 0; i < count; i++) {
        const x = v[i];
        out[i] = x === null ? Number.NaN : typeof x === 'number' ? x : yearOf(x as string);
      }
    },
  };
}

/**
 * Compiles a numerator or denominator: `out` holds what each record adds —
 * 1 or 0 for a count, the expression's value (0 for a null term) or 0 for a
 * sum — and `includes` whether the record is among those counted or summed.
 * The engine adds `out`; the evidence lists the included records with it.
 *
 * @example
 * const deaths = compileMeasure({ sum: { field: 'deaths' } }, resolveIndicatorOptions());
 * deaths.run([{ deaths: 2 }, { deaths: 0 }], 0, 2);
 * [deaths.out[0], deaths.includes[1]]; // [2, 1]
 */
export function compileMeasure(measure: Measure, options: ResolvedIndicatorOptions, scope = compileScope()): Compiled<Float64Array> & { readonly includes: Uint8Array } {
  const { size } = scope;
  const out = new Float64Array(size);
  const all = new Uint8Array(size).fill(1);
  if ('count' in measure) {
    const folded = measure.count === true ? true : foldOptions(measure.count, options);
    if (folded === true) return { out: out.fill(1), includes: all, run: () => {} };
    if (folded === false) return { out, includes: new Uint8Array(size), run: () => {} };
    const where = compilePredicate(folded, options, scope);
    return {
      out,
      includes: where.out,
      run(records, start, count) {
        where.run(records, start, count);
        for (let i = 0; i < count; i++) out[i] = where.out[i]!;
      },
    };
  }
  const value = compileExpr(measure.sum, options, scope);
  const folded = measure.where === undefined ? true : foldOptions(measure.where, options);
  const where = folded === true ? null : compilePredicate(folded === false ? { not: { all: [] } } : folded, options, scope);
  return {
    out,
    includes: where === null ? all : where.out,
    run(records, start, count) {
      value.run(records, start, count);
      where?.run(records, start, count);
      const v = value.out;
      const w = where === null ? all : where.out;
      for (let i = 0; i < count; i++) {
        const x = v[i];
        out[i] = w[i] && typeof x === 'number' ? x : 0;
      }
    },
  };
}

function constant(out: Value[], value: Value): Compiled<Value[]> {
  out.fill(value);
  return { out, run: () => {} };
}

function compileField(ref: FieldRef, options: ResolvedIndicatorOptions, scope: CompileScope, out: Value[]): Compiled<Value[]> {
  const fields = typeof ref === 'string' ? [ref] : ref;
  if (fields.length === 0) throw new TypeError('invalid field: an empty list of fields');
  if (fields.length === 1) {
    const field = fields[0]!;
    const readers = scope.dataset === null ? undefined : (FIELD_READERS as Partial<Record<DatasetId, Record<string, ColumnReader<object>>>>)[scope.dataset];
    const read = readers?.[field];
    if (read !== undefined) return { out, run: (records, start, count) => read(records, start, count, out) };
    return {
      out,
      run(records, start, count) {
        for (let i = 0; i < count; i++) out[i] = ((records[start + i] as Fields)[field] ?? null) as Value;
      },
    };
  }
  // Fallbacks: each field read once (and shared), then the first non-null taken.
  const parts = fields.map((field) => compileExpr({ field }, options, scope));
  return {
    out,
    run(records, start, count) {
      parts[0]!.run(records, start, count);
      const first = parts[0]!.out;
      for (let i = 0; i < count; i++) out[i] = first[i]!;
      for (let p = 1; p < parts.length; p++) {
        const part = parts[p]!;
        part.run(records, start, count);
        for (let i = 0; i < count; i++) if (out[i] === null) out[i] = part.out[i]!;
      }
    },
  };
}
