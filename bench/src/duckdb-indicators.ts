import { DuckDBInstance } from '@duckdb/node-api';
import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';

/**
 * The files {@link duckdbIndicators} reads.
 *
 * @example
 * const paths: DuckdbPaths = { documents: 'bench/data/10000/documents.csv', litigation: 'bench/data/10000/litigation.csv' };
 */
export interface DuckdbPaths {
  /** Path of the generated documents.csv. Required. */
  documents: string;
  /** Path of the generated litigation.csv. Required. */
  litigation: string;
}

const quote = (path: string): string => `'${path.replaceAll("'", "''")}'`;

/** A date cell in the generator's forms (`2019-05-10`, `2019/5/10`, `2019年5月10日`), NULL when blank. */
const MACROS = `
CREATE OR REPLACE MACRO pdate(s) AS CASE WHEN regexp_matches(s, '^\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}')
  THEN make_date(
    CAST(regexp_extract(s, '^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})', 1) AS INTEGER),
    CAST(regexp_extract(s, '^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})', 2) AS INTEGER),
    CAST(regexp_extract(s, '^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})', 3) AS INTEGER))
  END;
CREATE OR REPLACE MACRO ptext(s) AS NULLIF(trim(s), '');
`;

/** Per unit × year and for the jurisdiction (GROUPING SETS), dropping the (NULL unit, year) group of blank units. */
const groupBy = (yearExpr: string) => `
  WHERE ${yearExpr} IS NOT NULL
  GROUP BY GROUPING SETS ((unit, ${yearExpr}), (${yearExpr}))
  HAVING NOT (grouping(unit) = 0 AND unit IS NULL)`;
const unitOut = `CASE WHEN grouping(unit) = 1 THEN '*' ELSE unit END`;

const DOCUMENTS = (path: string) => `
WITH d AS (
  SELECT ptext("制定单位") AS unit,
    year(pdate("印发日期")) AS y,
    coalesce(ptext("是否需报备"), '') <> '否' AS required,
    pdate("报备日期") IS NOT NULL AS filed,
    date_diff('day', coalesce(pdate("公布日期"), pdate("印发日期")), pdate("报备日期")) <= 30 AS within,
    ptext("合法性审核") IS NOT DISTINCT FROM '是' AS reviewed,
    coalesce(ptext("审查结论"), '准予备案') = '准予备案' AS compliant
  FROM read_csv(${quote(path)}, all_varchar = true, header = true)
), a AS (
  SELECT ${unitOut} AS unit, y AS year, count(*) AS issued,
    count(*) FILTER (WHERE required) AS required,
    count(*) FILTER (WHERE required AND filed) AS required_filed,
    count(*) FILTER (WHERE required AND filed AND within) AS timely,
    count(*) FILTER (WHERE filed) AS filed,
    count(*) FILTER (WHERE filed AND compliant) AS compliant,
    count(*) FILTER (WHERE reviewed) AS reviewed
  FROM d ${groupBy('y')}
)
SELECT 'documents.issued' AS indicator, unit, year, issued AS numerator, NULL AS denominator FROM a
UNION ALL SELECT 'documents.filing_rate', unit, year, required_filed, required FROM a
UNION ALL SELECT 'documents.timely_filing_rate', unit, year, timely, required FROM a
UNION ALL SELECT 'documents.compliance_rate', unit, year, compliant, filed FROM a
UNION ALL SELECT 'documents.legality_review_rate', unit, year, reviewed, issued FROM a`;

const LITIGATION = (path: string) => `
WITH d AS (
  SELECT ptext("被告单位") AS unit,
    year(pdate("立案日期")) AS filed_year,
    year(pdate("结案日期")) AS concluded_year,
    coalesce(year(pdate("开庭日期")), year(pdate("结案日期")), year(pdate("立案日期"))) AS hearing_year,
    pdate("结案日期") IS NOT NULL AS concluded,
    coalesce(ptext("是否开庭") = '是', false) OR pdate("开庭日期") IS NOT NULL AS hearing,
    ptext("负责人是否出庭") IS NOT DISTINCT FROM '是' AS appeared,
    pdate("结案日期") IS NOT NULL AND CASE
      WHEN ptext("是否败诉") IS NOT NULL THEN ptext("是否败诉") = '是'
      ELSE coalesce(ptext("裁判结果") IN ('撤销', '变更', '确认违法', '确认无效', '责令履行', '判决赔偿'), false)
    END AS lost
  FROM read_csv(${quote(path)}, all_varchar = true, header = true)
), filed AS (
  SELECT ${unitOut} AS unit, filed_year AS year, count(*) AS cases FROM d ${groupBy('filed_year')}
), concluded AS (
  SELECT ${unitOut} AS unit, concluded_year AS year, count(*) AS concluded, count(*) FILTER (WHERE lost) AS lost
  FROM d ${groupBy('concluded_year')}
), hearings AS (
  SELECT ${unitOut} AS unit, hearing_year AS year, count(*) FILTER (WHERE hearing) AS hearings,
    count(*) FILTER (WHERE hearing AND appeared) AS appeared
  FROM d ${groupBy('hearing_year')}
)
SELECT 'litigation.cases' AS indicator, unit, year, cases AS numerator, NULL AS denominator FROM filed
UNION ALL SELECT 'litigation.concluded', unit, year, concluded, NULL FROM concluded
UNION ALL SELECT 'litigation.lost_cases', unit, year, lost, NULL FROM concluded
UNION ALL SELECT 'litigation.loss_rate', unit, year, lost, concluded FROM concluded
UNION ALL SELECT 'litigation.head_appearance_rate', unit, year, appeared, hearings FROM hearings`;

/**
 * The DuckDB reference: `read_csv` on the same files with every column as
 * VARCHAR, dates parsed in SQL, and the documents and litigation indicators
 * computed with GROUP BY GROUPING SETS, the way INDICATORS.md defines them.
 *
 * @example
 * const rows = await duckdbIndicators({ documents: 'bench/data/10000/documents.csv', litigation: 'bench/data/10000/litigation.csv' });
 */
export async function duckdbIndicators(paths: DuckdbPaths): Promise<IndicatorRow[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(MACROS);
    const out: IndicatorRow[] = [];
    for (const sql of [DOCUMENTS(paths.documents), LITIGATION(paths.litigation)]) {
      const reader = await connection.runAndReadAll(sql);
      for (const r of reader.getRowObjectsJS()) {
        const numerator = Number(r['numerator']);
        const denominator = r['denominator'] === null ? null : Number(r['denominator']);
        out.push({
          indicator: String(r['indicator']),
          unit: String(r['unit']),
          year: Number(r['year']),
          numerator,
          denominator,
          value: denominator === null ? numerator : denominator === 0 ? null : numerator / denominator,
        });
      }
    }
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
