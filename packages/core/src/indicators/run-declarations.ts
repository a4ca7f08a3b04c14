import type { DatasetId } from '../datasets/records.ts';
import type { DatasetTables } from '../load/data-set.ts';
import { BLOCK_SIZE, compileExpr, compileMeasure, compilePredicate, compileScope, compileYear, type Compiled, type CompileScope } from './compile-expression.ts';
import type { CustomContext, CustomIndicator } from './custom-indicator.ts';
import { foldOptions } from './fold-options.ts';
import type { ChangeDeclaration, IndicatorDeclaration, Measure, TallyDeclaration } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { JURISDICTION } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { rateValue } from './rate-value.ts';
import type { TallyEntry } from './unit-year-tally.ts';
import { UnitIds } from './unit-ids.ts';
import { UnitYearTally } from './unit-year-tally.ts';

/** Tally declarations that share a dataset, a year rule and a filter: one tally, one slot per distinct measure (slot 0 counts the records). */
interface TallyGroup {
  year: Compiled<Float64Array>;
  unit: Compiled<unknown[]>;
  filter: Compiled<Uint8Array> | null;
  /** Per slot from 1: what each record of a block adds to it. */
  deltas: Compiled<Float64Array>[];
  slots: Map<string, number>;
  exact: number[];
  declarations: TallyDeclaration[];
  entries: TallyEntry[];
}

/**
 * The rows of the given declarations, computed from the records: each
 * dataset is read once, its tally declarations sharing a year rule and a
 * filter tallied together (each distinct measure compiled once, one slot
 * each); `change` declarations are then derived from their base's rows
 * (which must be among the declarations) and `custom` ones run by their
 * implementation in `customs`, once per implementation. Rows come in
 * declaration order, each indicator's rows by unit (`*` first, then by code
 * point) and year. Throws a TypeError when a declaration is malformed, a
 * change's base is missing or a custom id has no implementation.
 *
 * @example
 * const rows = runDeclarations(DOCUMENT_INDICATORS, { documents: records.documents }, resolveIndicatorOptions());
 * rows.find((r) => r.indicator === 'documents.filing_rate' && r.unit === '*' && r.year === 2019)?.value; // 1
 */
export function runDeclarations(
  declarations: readonly IndicatorDeclaration[],
  records: Partial<DatasetTables>,
  options: ResolvedIndicatorOptions,
  customs: readonly CustomIndicator[] = [],
): IndicatorRow[] {
  const computed = new Map<string, IndicatorRow[]>();
  for (const [dataset, groups] of tallyGroups(declarations, options)) {
    tallyRecords(records[dataset] ?? [], groups);
    for (const group of groups) {
      for (const declaration of group.declarations) computed.set(declaration.id, groupRows(group, declaration, options));
    }
  }
  for (const declaration of declarations) {
    if (declaration.compute !== 'change') continue;
    const base = computed.get(declaration.of);
    if (base === undefined) throw new TypeError(`invalid change: ${declaration.id} needs ${declaration.of} among the declarations`);
    computed.set(declaration.id, changeRows(declaration, base));
  }
  const wanted = new Set(declarations.filter((d) => d.compute === 'custom').map((d) => d.id));
  const context: CustomContext = {
    rowsOf: (id) => {
      const rows = computed.get(id);
      if (rows === undefined) throw new TypeError(`invalid custom indicator: ${id} is needed but not among the declarations`);
      return rows;
    },
    evidenceOf: () => {
      throw new TypeError('invalid custom indicator: evidence is not available while computing rows');
    },
  };
  for (const custom of customs) {
    if (!custom.ids.some((id) => wanted.has(id))) continue;
    for (const id of custom.ids) computed.set(id, []);
    for (const row of custom.rows(records, options, context)) computed.get(row.indicator)?.push(row);
  }
  const rows: IndicatorRow[] = [];
  for (const declaration of declarations) {
    const own = computed.get(declaration.id);
    if (own === undefined) throw new TypeError(`invalid custom indicator: no implementation computes ${declaration.id}`);
    for (const row of own) rows.push(row);
  }
  return rows;
}

function tallyGroups(declarations: readonly IndicatorDeclaration[], options: ResolvedIndicatorOptions): Map<DatasetId, TallyGroup[]> {
  const byDataset = new Map<DatasetId, Map<string, TallyGroup>>();
  // One scope per dataset: a field or predicate that several declarations read is evaluated once per block.
  const scopes = new Map<DatasetId, CompileScope>();
  for (const declaration of declarations) {
    if (declaration.compute !== 'tally') continue;
    let groups = byDataset.get(declaration.dataset);
    if (groups === undefined) {
      groups = new Map();
      byDataset.set(declaration.dataset, groups);
      scopes.set(declaration.dataset, compileScope(declaration.dataset, BLOCK_SIZE));
    }
    const scope = scopes.get(declaration.dataset)!;
    const key = JSON.stringify([declaration.year, declaration.filter ?? null]);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        year: compileYear(declaration.year, scope),
        unit: compileExpr({ field: 'unit' }, options, scope),
        filter: declaration.filter === undefined ? null : compilePredicate(declaration.filter, options, scope),
        deltas: [],
        slots: new Map(),
        exact: [],
        declarations: [],
        entries: [],
      };
      groups.set(key, group);
    }
    addSlot(group, declaration.numerator, options, scope);
    if (declaration.denominator !== null) addSlot(group, declaration.denominator, options, scope);
    group.declarations.push(declaration);
  }
  return new Map([...byDataset].map(([dataset, groups]) => [dataset, [...groups.values()]]));
}

function addSlot(group: TallyGroup, measure: Measure, options: ResolvedIndicatorOptions, scope: CompileScope): void {
  const key = slotKey(measure, options);
  // A count of every record (once its options are decided) is slot 0, the count of the group's records.
  if (key === COUNT_ALL) return;
  if (group.slots.has(key)) return;
  const slot = group.deltas.length + 1;
  group.slots.set(key, slot);
  // Sums use a full-precision adder, so that a sum of non-integers does not depend on record order.
  if ('sum' in measure) group.exact.push(slot);
  group.deltas.push(compileMeasure(measure, options, scope));
}

const COUNT_ALL = JSON.stringify({ count: true });

/** The identity of a measure's slot: its JSON with the options decided. */
function slotKey(measure: Measure, options: ResolvedIndicatorOptions): string {
  if (!('count' in measure) || measure.count === true) return JSON.stringify(measure);
  const count = foldOptions(measure.count, options);
  return JSON.stringify({ count });
}

function slotOf(group: TallyGroup, measure: Measure, options: ResolvedIndicatorOptions): number {
  const key = slotKey(measure, options);
  return key === COUNT_ALL ? 0 : group.slots.get(key)!;
}

/** One pass over a dataset's records, block by block, every group of it tallied. */
function tallyRecords(records: readonly object[], groups: TallyGroup[]): void {
  if (groups.length === 0) return;
  const unitIds = new UnitIds();
  const tallies = groups.map((g) => new UnitYearTally(g.deltas.length + 1, { exact: g.exact, unitIds }));
  // Slot 0 counts the records: a column of ones.
  const ones = new Float64Array(BLOCK_SIZE).fill(1);
  const columns = groups.map((g) => [ones, ...g.deltas.map((d) => d.out)]);
  // Every group of a dataset reads the same unit field: its ids are found once per block.
  const unit = groups[0]!.unit;
  const units = new Int32Array(BLOCK_SIZE);
  for (let start = 0; start < records.length; start += BLOCK_SIZE) {
    const count = Math.min(BLOCK_SIZE, records.length - start);
    unit.run(records, start, count);
    unitIds.ids(unit.out, count, units);
    for (let g = 0; g < groups.length; g++) {
      const { year, filter, deltas } = groups[g]!;
      year.run(records, start, count);
      filter?.run(records, start, count);
      for (const d of deltas) d.run(records, start, count);
      tallies[g]!.addBlock(units, year.out, filter === null ? null : filter.out, columns[g]!, count);
    }
  }
  groups.forEach((group, g) => {
    group.entries = tallies[g]!.entries();
  });
}

function groupRows(group: TallyGroup, declaration: TallyDeclaration, options: ResolvedIndicatorOptions): IndicatorRow[] {
  const num = slotOf(group, declaration.numerator, options);
  const den = declaration.denominator === null ? null : slotOf(group, declaration.denominator, options);
  const rows: IndicatorRow[] = [];
  for (const { unit, year, counts } of group.entries) {
    const numerator = counts[num]!;
    if (den === null) {
      rows.push({ indicator: declaration.id, unit, year, numerator, denominator: null, value: numerator });
    } else {
      const denominator = counts[den]!;
      rows.push({ indicator: declaration.id, unit, year, numerator, denominator, value: rateValue(numerator, denominator) });
    }
  }
  return rows;
}

/**
 * Year-on-year rows of a count indicator's rows (grouped by unit, jurisdiction first, each by year): a
 * unit's row years are its base years plus the year after each of them in which the jurisdiction has a row.
 */
function changeRows(declaration: ChangeDeclaration, base: readonly IndicatorRow[]): IndicatorRow[] {
  const byUnit = new Map<string, Map<number, number>>();
  for (const { unit, year, numerator } of base) {
    let years = byUnit.get(unit);
    if (years === undefined) {
      years = new Map();
      byUnit.set(unit, years);
    }
    years.set(year, numerator);
  }
  const covered = byUnit.get(JURISDICTION) ?? new Map<number, number>();
  const rows: IndicatorRow[] = [];
  for (const [unit, years] of byUnit) {
    const rowYears = new Set(years.keys());
    for (const year of years.keys()) if (covered.has(year + 1)) rowYears.add(year + 1);
    for (const year of [...rowYears].sort((a, b) => a - b)) {
      const now = years.get(year) ?? 0;
      const last = years.get(year - 1) ?? 0;
      rows.push({ indicator: declaration.id, unit, year, numerator: now - last, denominator: last, value: rateValue(now - last, last) });
    }
  }
  return rows;
}
