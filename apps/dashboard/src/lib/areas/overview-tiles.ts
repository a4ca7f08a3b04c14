import { kpiTiles, type IndicatorRequirement, type KpiTile } from '@fazhi/charts';
import { formatIndicatorValue, type IndicatorId, type IndicatorRow, type Lang, type TrafficLight } from '@fazhi/core';
import { viewsMessages as m } from '../i18n/views-messages.ts';
import type { AreaId } from '../state/view-id.ts';
import { areaOfIndicator } from './area-of-indicator.ts';

/**
 * The overview's headline indicators, in the order of the park's report:
 * its seed paragraph's filing rates, lost cases and loss rate, heads
 * appearing in court, safety incidents and deaths, the business-environment
 * score — and one more for each area that has none of these
 * (reconsideration, enforcement, decisions), so that every area has a tile.
 *
 * @example
 * OVERVIEW_INDICATORS[0]; // 'documents.filing_rate'
 */
export const OVERVIEW_INDICATORS: readonly IndicatorId[] = [
  'documents.filing_rate',
  'documents.timely_filing_rate',
  'litigation.lost_cases',
  'litigation.loss_rate',
  'litigation.head_appearance_rate',
  'reconsideration.correction_rate',
  'enforcement.mean_score',
  'decisions.procedure_compliance_rate',
  'safety.incidents',
  'safety.deaths',
  'business.score',
];

/**
 * A KPI tile as the overview draws it: charts' {@link KpiTile} (value,
 * change, arrow), the area view it opens, and its traffic light with the
 * words that say what the colour says.
 *
 * @example
 * const tile: OverviewTile = { ...kpiTile, area: 'litigation', status: 'red', statusText: '较上年变差', arrowText: '变差' };
 */
export interface OverviewTile extends KpiTile {
  /** The area view the tile opens; null if the indicator has none. */
  area: AreaId | null;
  /** The light: green, yellow or red; null when there is nothing to judge. */
  status: TrafficLight | null;
  /** The light in words (never colour alone). */
  statusText: string;
  /** The arrow in words, for its accessible name; '' without an arrow. */
  arrowText: string;
}

/**
 * Options of {@link overviewTiles}.
 *
 * @example
 * const o: OverviewTilesOptions = { lang: 'zh-Hant', year: 2019, unit: '*', requirements: new Map() };
 */
export interface OverviewTilesOptions {
  lang: Lang;
  year: number;
  /** The unit; `*` for the jurisdiction. */
  unit: string;
  /** Required values by indicator (the scheme's); a tile with one is lit by it. */
  requirements: ReadonlyMap<IndicatorId, IndicatorRequirement>;
  /** The indicators; default {@link OVERVIEW_INDICATORS}. */
  indicators?: readonly IndicatorId[];
}

/**
 * The overview's KPI tiles of a unit in a year: every headline indicator
 * that has exactly one row for the unit in the year or the year before (an
 * indicator the unit has no data for gets no tile), with the traffic light:
 * against the scheme's requirement when there is one (green met, red
 * missed), else against last year (green better, yellow the same, red
 * worse; none for an indicator without a better direction or without last
 * year's value).
 *
 * @example
 * overviewTiles(rows, { lang: 'en', year: 2019, unit: '*', requirements }).find((t) => t.indicator === 'litigation.lost_cases')?.statusText;
 * // 'Worse than last year'
 */
export function overviewTiles(rows: readonly IndicatorRow[], options: OverviewTilesOptions): OverviewTile[] {
  const { lang, year, unit, requirements, indicators = OVERVIEW_INDICATORS } = options;
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.unit === unit && (r.year === year || r.year === year - 1)) counts.set(`${r.indicator}|${r.year}`, (counts.get(`${r.indicator}|${r.year}`) ?? 0) + 1);
  }
  const single = (id: string, y: number) => counts.get(`${id}|${y}`) === 1;
  const present = indicators.filter((id) => (single(id, year) || single(id, year - 1)) && (counts.get(`${id}|${year}`) ?? 0) <= 1 && (counts.get(`${id}|${year - 1}`) ?? 0) <= 1);
  return kpiTiles(rows, { lang, year, unit, indicators: present }).map((tile) => {
    const requirement = requirements.get(tile.indicator);
    const { status, statusText } = requirement === undefined ? changeLight(tile, lang) : requirementLight(tile, requirement, lang);
    return { ...tile, area: areaOfIndicator(tile.indicator), status, statusText, arrowText: tile.arrow === null ? '' : m.arrowMeaning[tile.arrow][lang] };
  });
}

function requirementLight(tile: KpiTile, requirement: IndicatorRequirement, lang: Lang): { status: TrafficLight | null; statusText: string } {
  const required = formatIndicatorValue(tile.indicator, requirement.value, lang);
  if (tile.value === null) return { status: null, statusText: m.light.none[lang] };
  const met = requirement.direction === 'higher' ? tile.value >= requirement.value : tile.value <= requirement.value;
  return met ? { status: 'green', statusText: m.light.requirementMet(required)[lang] } : { status: 'red', statusText: m.light.requirementMissed(required)[lang] };
}

/** The light of the change from last year: the tile's verdict (charts' indicatorChangeVerdict), never judged again here. */
function changeLight(tile: KpiTile, lang: Lang): { status: TrafficLight | null; statusText: string } {
  if (tile.better === null) return { status: null, statusText: m.light.neutral[lang] };
  const { verdict } = tile;
  if (verdict === 'better') return { status: 'green', statusText: m.light.better[lang] };
  if (verdict === 'worse') return { status: 'red', statusText: m.light.worse[lang] };
  if (verdict === 'same') return { status: 'yellow', statusText: m.light.same[lang] };
  return { status: null, statusText: m.light.none[lang] };
}
