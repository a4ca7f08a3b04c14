import {
  indicatorEvidence, JURISDICTION,
  type DatasetTables, type IndicatorEvidence, type IndicatorId, type IndicatorOptions, type LocalizedText, type Scheme, type UnitScore,
} from '@fazhi/core';

/**
 * One deduction or veto of a unit's score with the records behind the
 * figure its rule read: a `deduct` or `shortfall` item that cost the unit
 * points, or a veto whose condition the unit (or, for a veto of scope
 * `jurisdiction`, the jurisdiction) met.
 *
 * @example
 * const ground: DeductionGround = {
 *   kind: 'deduction', unit: '苏州工业园区劳动和社会保障局', year: 2019, id: 'lost-cases', indicator: 'litigation.lost_cases',
 *   evidenceUnit: '苏州工业园区劳动和社会保障局', sentence: result.items[0]!.explanation, evidence: [],
 * };
 */
export interface DeductionGround {
  /** `deduction`: an item's `deduct` or `shortfall` rule took points; `veto`: a veto's condition was met. */
  kind: 'deduction' | 'veto';
  /** The unit scored. */
  unit: string;
  /** The year scored. */
  year: number;
  /** The scheme item's or veto's id. */
  id: string;
  /** The indicator the rule (or condition) read. */
  indicator: IndicatorId;
  /** Whose records: the unit, or `*` for a veto of scope `jurisdiction`. */
  evidenceUnit: string;
  /** The item's explanation, or the veto's flag, in every language. */
  sentence: LocalizedText;
  /** The records behind the figure: core's `indicatorEvidence` for the indicator, unit, year and the item's `select`. */
  evidence: IndicatorEvidence[];
}

/**
 * The grounds of every deduction and veto in `scores`, unit by unit in the
 * order given, then in scheme order (items, then vetoes): an item counts when
 * its rule is `deduct` or `shortfall` and it earned less than it could; a
 * veto when the unit carries its flag. Each lists the records behind the
 * figure, found by core's `indicatorEvidence` from the records the rows were
 * computed from, with the same computation `options` (default: core's), so
 * that they add up to the figure the rule read. Units without a deduction
 * or veto have no entry.
 *
 * @example
 * const grounds = deductionGrounds(scores.filter((s) => s.year === 2019), scheme, data.records);
 * grounds.filter((g) => g.kind === 'veto').length; // units whose veto was met
 */
export function deductionGrounds(
  scores: readonly UnitScore[],
  scheme: Scheme,
  records: Partial<DatasetTables>,
  options: IndicatorOptions = {},
): DeductionGround[] {
  const items = new Map(scheme.dimensions.flatMap((d) => d.items).map((i) => [i.id, i]));
  const vetoes = new Map((scheme.vetoes ?? []).map((v) => [v.id, v]));
  const grounds: DeductionGround[] = [];
  for (const score of scores) {
    for (const scored of score.items) {
      const item = items.get(scored.item);
      if (item === undefined || (item.rule.type !== 'deduct' && item.rule.type !== 'shortfall')) continue;
      if (scored.earned === null || scored.possible === null || scored.earned >= scored.possible) continue;
      grounds.push({
        kind: 'deduction', unit: score.unit, year: score.year, id: item.id, indicator: item.indicator, evidenceUnit: score.unit,
        sentence: scored.explanation,
        evidence: indicatorEvidence(records, item.indicator, score.unit, score.year, { ...options, ...item.select }),
      });
    }
    for (const flag of score.flags) {
      const veto = flag.code === 'veto' ? vetoes.get(flag.item) : undefined;
      if (veto === undefined) continue;
      const whose = veto.scope === 'jurisdiction' ? JURISDICTION : score.unit;
      grounds.push({
        kind: 'veto', unit: score.unit, year: score.year, id: veto.id, indicator: veto.indicator, evidenceUnit: whose,
        sentence: flag.message,
        evidence: indicatorEvidence(records, veto.indicator, whose, score.year, { ...options, ...veto.select }),
      });
    }
  }
  return grounds;
}
