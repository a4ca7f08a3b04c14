import type { DatasetId } from '../datasets/records.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import { BUSINESS_INDICATORS, type BusinessIndicatorId } from './business.ts';
import { DECISION_INDICATORS, type DecisionIndicatorId } from './decisions.ts';
import { DOCUMENT_INDICATORS, type DocumentIndicatorId } from './documents.ts';
import { ENFORCEMENT_INDICATORS, type EnforcementIndicatorId } from './enforcement.ts';
import type { Better, DeclarationOf, IndicatorDeclaration, IndicatorKind } from './indicator-declaration.ts';
import { LITIGATION_INDICATORS, type LitigationIndicatorId } from './litigation.ts';
import { RECONSIDERATION_INDICATORS, type ReconsiderationIndicatorId } from './reconsideration.ts';
import { SAFETY_INDICATORS, type SafetyIndicatorId } from './safety.ts';

export type { Better, IndicatorKind } from './indicator-declaration.ts';

/**
 * One entry of the indicator catalogue (INDICATORS.md).
 *
 * @example
 * const entry = INDICATOR_CATALOGUE[0]; // documents.issued
 * entry.name['zh-Hant']; // '規範性文件制發數'
 */
export interface CatalogueEntry {
  /** Stable id, `<family>.<name>`. */
  readonly id: IndicatorId;
  /** The dataset the indicator is computed from. */
  readonly dataset: DatasetId;
  /** The indicator's name in each language, e.g. 敗訴率 / 败诉率 / Loss rate. */
  readonly name: Readonly<LocalizedText>;
  /** What the value is: a count, a rate, a mean, a change, a ratio or a score. */
  readonly kind: IndicatorKind;
  /** The record fields whose first non-null value gives the row's year (`a ?? b` = a, else b), from the declaration's `year`. */
  readonly yearBy: string;
  /** true when the jurisdiction's numerator and denominator are the sums of the units' plus the records without a unit (every tally and change; no custom indicator). */
  readonly additive: boolean;
  /**
   * Which direction is an improvement: `'higher'` (a filing rate), `'lower'`
   * (lost cases, deaths), or null where more is neither better nor worse
   * (documents issued, cases filed). Charts and trend arrows read it.
   */
  readonly better: Better | null;
  /** The indicator's declaration: year rule, filter, numerator and denominator (or change, or custom). */
  readonly declaration: IndicatorDeclaration;
}

/**
 * Every indicator's declaration (see indicator-declaration.ts), in the order
 * of INDICATORS.md: the one definition that the engine computes, the
 * evidence lists, the docs' formula table and SQL read.
 *
 * @example
 * INDICATOR_DECLARATIONS.length; // 28
 * INDICATOR_DECLARATIONS.filter((d) => d.compute === 'custom').map((d) => d.id); // ['safety.deaths_per_100m_gdp', 'business.indicator_score', 'business.dimension_score', 'business.score']
 */
export const INDICATOR_DECLARATIONS: readonly DeclarationOf<IndicatorId>[] = [
  ...DOCUMENT_INDICATORS,
  ...LITIGATION_INDICATORS,
  ...RECONSIDERATION_INDICATORS,
  ...ENFORCEMENT_INDICATORS,
  ...DECISION_INDICATORS,
  ...SAFETY_INDICATORS,
  ...BUSINESS_INDICATORS,
];

/**
 * Every indicator fazhi computes, in the order of INDICATORS.md; output rows
 * follow this order. To look one up by id, call {@link catalogueEntry}. Each
 * entry is read from its declaration (`entry.declaration`).
 *
 * @example
 * INDICATOR_CATALOGUE.length; // 28
 * INDICATOR_CATALOGUE.filter((e) => e.better === 'lower').length; // 9
 */
export const INDICATOR_CATALOGUE: readonly CatalogueEntry[] = INDICATOR_DECLARATIONS.map((declaration) => ({
  id: declaration.id,
  dataset: declaration.dataset,
  name: declaration.name,
  kind: declaration.kind,
  yearBy: declaration.year.join(' ?? '),
  // Tallies and changes are sums over records, so the jurisdiction's sums are its units' plus the records without a unit.
  additive: declaration.compute !== 'custom',
  better: declaration.better,
  declaration,
}));

/**
 * A catalogue id, e.g. `'litigation.loss_rate'`.
 *
 * @example
 * const id: IndicatorId = 'safety.deaths';
 */
export type IndicatorId =
  | DocumentIndicatorId | LitigationIndicatorId | ReconsiderationIndicatorId | EnforcementIndicatorId | DecisionIndicatorId
  | SafetyIndicatorId | BusinessIndicatorId;

/**
 * The catalogue ids in catalogue order.
 *
 * @example
 * INDICATOR_IDS[0]; // 'documents.issued'
 */
export const INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_CATALOGUE.map((e) => e.id);

/**
 * Whether a string is a catalogue id.
 *
 * @example
 * isIndicatorId('safety.deaths'); // true
 * isIndicatorId('safety.dead'); // false
 */
export function isIndicatorId(id: string): id is IndicatorId {
  return (INDICATOR_IDS as readonly string[]).includes(id);
}

const ENTRIES: ReadonlyMap<string, CatalogueEntry> = new Map(INDICATOR_CATALOGUE.map((e) => [e.id, e]));

/**
 * The catalogue entry of an indicator id: its names, kind, dataset and the
 * direction in which it improves (`better`). The one lookup of the
 * catalogue — scoring, charts, the CLI and the dashboard all call it rather
 * than searching {@link INDICATOR_CATALOGUE}. Throws a RangeError for an id
 * outside the catalogue: callers hold ids that are typed, or that
 * `checkScheme` or {@link isIndicatorId} checked, so an unknown one is a
 * programmer error.
 *
 * @example
 * catalogueEntry('litigation.loss_rate').better; // 'lower'
 * catalogueEntry('litigation.lost_cases').kind; // 'count'
 * catalogueEntry('safety.deaths').name.en; // 'Deaths'
 */
export function catalogueEntry(id: IndicatorId): CatalogueEntry {
  const entry = ENTRIES.get(id);
  if (entry === undefined) throw new RangeError(`invalid indicator: ${JSON.stringify(id)} is not in the catalogue.`);
  return entry;
}
