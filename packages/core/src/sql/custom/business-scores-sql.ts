import { JURISDICTION } from '../../indicators/indicator-row.ts';
import type { CustomSql } from '../custom-sql.ts';
import { ratioSql } from '../ratio-sql.ts';

/**
 * The SQL of the three business.* indicators, the counterpart of
 * `BUSINESS_SCORES` (core indicators/business.ts). A helper view
 * `business_scored` gives each measurement its goalpost score, 100 ×
 * clamp((worst − value) / (worst − best), 0, 1) ^ exponent (NULL when best =
 * worst or the score is not finite; a blank unit is the jurisdiction `*`
 * itself); then
 *
 * - `business.indicator_score`: one row per scored measurement, with
 *   `dimension` and `item`;
 * - `business.dimension_score` per unit × year × dimension (every dimension
 *   with a measurement): Σ weight × score / Σ weight over the scored ones;
 * - `business.score` per unit × year: Σ dimension values / the number of
 *   dimensions with a value.
 *
 * @example
 * BUSINESS_SCORES_SQL.ids; // ['business.indicator_score', 'business.dimension_score', 'business.score']
 */
export const BUSINESS_SCORES_SQL: CustomSql = {
  ids: ['business.indicator_score', 'business.dimension_score', 'business.score'],
  needs: [],
  reads: { business_environment: ['unit', 'year', 'dimension', 'indicator', 'value', 'best', 'worst', 'exponent', 'weight'] },
  views({ dialect, view }) {
    const q = dialect.ident;
    const { double, text } = dialect.types;
    const scored = view('business_scored');
    const share = `least(1, greatest(0, distance))`;
    return [
      {
        name: 'business_scored',
        select: [
          'WITH distances AS (',
          `  SELECT COALESCE(${q('unit')}, ${dialect.literal(JURISDICTION)}) AS unit, ${q('year')} AS year, ${q('dimension')} AS dimension,`,
          `    ${q('indicator')} AS item, ${q('weight')} AS weight, ${q('exponent')} AS exponent,`,
          `    CASE WHEN ${q('best')} = ${q('worst')} THEN NULL ELSE (${q('worst')} - ${q('value')}) / (${q('worst')} - ${q('best')}) END AS distance`,
          `  FROM ${q('business_environment')}`,
          '),',
          'raw_scores AS (',
          '  SELECT unit, year, dimension, item, weight,',
          // JavaScript's Math.max(0, NaN) is NaN where SQL's greatest is not: a NaN distance has no score.
          `    CASE WHEN distance IS NULL OR ${dialect.isNaN('distance')} THEN NULL ELSE 100 * ${dialect.power(share, 'exponent')} END AS score`,
          '  FROM distances',
          ')',
          `SELECT unit, year, dimension, item, weight, CASE WHEN ${dialect.isFinite('score')} THEN score ELSE NULL END AS score FROM raw_scores`,
        ].join('\n'),
      },
      {
        name: 'business.indicator_score',
        select: [
          `SELECT ${dialect.literal('business.indicator_score')} AS indicator, unit, year, score AS numerator, CAST(NULL AS ${double}) AS denominator,`,
          '  score AS value, dimension, item',
          `FROM ${scored} WHERE score IS NOT NULL`,
        ].join('\n'),
      },
      {
        name: 'business.dimension_score',
        select: [
          'WITH sums AS (',
          '  SELECT unit, year, dimension,',
          `    COALESCE(${dialect.sum('weight * score', 'score IS NOT NULL')}, 0) AS numerator,`,
          `    COALESCE(${dialect.sum('weight', 'score IS NOT NULL')}, 0) AS denominator`,
          `  FROM ${scored} GROUP BY unit, year, dimension`,
          ')',
          `SELECT ${dialect.literal('business.dimension_score')} AS indicator, unit, year, numerator, denominator,`,
          `  ${ratioSql('numerator', 'denominator', dialect)} AS value, dimension, CAST(NULL AS ${text}) AS item`,
          'FROM sums',
        ].join('\n'),
      },
      {
        name: 'business.score',
        select: [
          'WITH sums AS (',
          '  SELECT unit, year,',
          `    COALESCE(${dialect.sum('value', 'value IS NOT NULL')}, 0) AS numerator,`,
          `    CAST(count(value) AS ${double}) AS denominator`,
          `  FROM ${view('business.dimension_score')} GROUP BY unit, year`,
          ')',
          `SELECT ${dialect.literal('business.score')} AS indicator, unit, year, numerator, denominator,`,
          `  ${ratioSql('numerator', 'denominator', dialect)} AS value, CAST(NULL AS ${text}) AS dimension, CAST(NULL AS ${text}) AS item`,
          'FROM sums',
        ].join('\n'),
      },
    ];
  },
};
