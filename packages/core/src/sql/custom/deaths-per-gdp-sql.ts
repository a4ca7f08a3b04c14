import { JURISDICTION } from '../../indicators/indicator-row.ts';
import type { CustomSql } from '../custom-sql.ts';
import { ratioSql } from '../ratio-sql.ts';

/**
 * The SQL of `safety.deaths_per_100m_gdp`, the counterpart of
 * `DEATHS_PER_GDP` (core indicators/safety.ts): the jurisdiction's
 * `safety.deaths` of each year over that year's GDP, the economy row with a
 * finite GDP that comes first by source (file name in code-point order, then
 * row); no row for a year without GDP, value NULL when the GDP is 0.
 *
 * @example
 * DEATHS_PER_GDP_SQL.needs; // ['safety.deaths']
 */
export const DEATHS_PER_GDP_SQL: CustomSql = {
  ids: ['safety.deaths_per_100m_gdp'],
  needs: ['safety.deaths'],
  reads: { economy: ['source_file', 'source_row', 'year', 'gdp'] },
  views({ dialect, view }) {
    const q = dialect.ident;
    const order = `${dialect.codePointOrder(q('source_file'))}, ${q('source_row')}`;
    return [{
      name: 'safety.deaths_per_100m_gdp',
      select: [
        'WITH gdp AS (',
        `  SELECT ${q('year')} AS year, ${q('gdp')} AS gdp FROM (`,
        `    SELECT ${q('year')}, ${q('gdp')}, row_number() OVER (PARTITION BY ${q('year')} ORDER BY ${order}) AS pick`,
        `    FROM ${q('economy')} WHERE ${q('gdp')} IS NOT NULL AND ${dialect.isFinite(q('gdp'))}`,
        '  ) AS ranked WHERE pick = 1',
        ')',
        `SELECT ${dialect.literal('safety.deaths_per_100m_gdp')} AS indicator, deaths.unit, deaths.year, deaths.numerator, gdp.gdp AS denominator,`,
        `  ${ratioSql('deaths.numerator', 'gdp.gdp', dialect)} AS value`,
        `FROM ${view('safety.deaths')} AS deaths JOIN gdp ON gdp.year = deaths.year`,
        `WHERE deaths.unit = ${dialect.literal(JURISDICTION)}`,
      ].join('\n'),
    }];
  },
};
