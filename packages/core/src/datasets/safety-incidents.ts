import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';
import type { IncidentGrade } from './records.ts';

const GRADES: Record<string, string> = {
  一般: '一般', 一般事故: '一般', 较大: '较大', 较大事故: '较大', 重大: '重大', 重大事故: '重大',
  特别重大: '特别重大', 特别重大事故: '特别重大', 特大: '特别重大',
};

/**
 * The grade of an incident by its deaths when none is given: <3 一般,
 * 3–9 较大, 10–29 重大, ≥30 特别重大.
 *
 * @example
 * gradeFromDeaths(3); // '较大'
 */
export function gradeFromDeaths(deaths: number): IncidentGrade {
  if (deaths >= 30) return '特别重大';
  if (deaths >= 10) return '重大';
  if (deaths >= 3) return '较大';
  return '一般';
}

const columns = [
  { name: 'incident_no', aliases: ['事故編號'], type: 'text', required: true },
  { name: 'occurred_on', aliases: ['發生日期', '事故日期'], type: 'date', required: true },
  { name: 'unit', aliases: ['屬地', '街道', '責任單位'], type: 'unit' },
  { name: 'sector', aliases: ['行業領域', '行業'], type: 'text' },
  { name: 'deaths', aliases: ['死亡人數'], type: 'int', required: true, min: 0, suffixes: ['人'] },
  { name: 'injuries', aliases: ['受傷人數', '重傷人數'], type: 'int', min: 0, suffixes: ['人'] },
  { name: 'direct_loss', aliases: ['直接經濟損失(萬元)', '直接經濟損失'], type: 'number', min: 0, suffixes: ['萬元', '万元'], notes: '萬元' },
  { name: 'grade', aliases: ['事故等級'], type: 'enum', values: GRADES },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * safety_incidents — production-safety incidents (生產安全事故). Year and
 * month of `occurred_on`; deaths and injuries are whole numbers ≥ 0; the
 * grade is derived from deaths when blank.
 *
 * @example
 * safetyIncidentsSchema.key; // ['incident_no']
 */
export const safetyIncidentsSchema: DatasetSchema<'safety_incidents'> = {
  id: 'safety_incidents',
  title: { 'zh-Hant': '生產安全事故', 'zh-Hans': '生产安全事故', en: 'Production-safety incidents' },
  stems: ['safety_incidents', 'safety-incidents', 'incidents', '生產安全事故', '生产安全事故', '安全事故', '安全生產', '安全生产'],
  columns,
  key: ['incident_no'],
  build(row, source) {
    const deaths = row.number(at.deaths) as number;
    return {
      source,
      unit: row.text(at.unit),
      incident_no: row.text(at.incident_no) as string,
      occurred_on: row.date(at.occurred_on) as string,
      sector: row.text(at.sector),
      deaths,
      injuries: row.number(at.injuries),
      direct_loss: row.number(at.direct_loss),
      grade: (row.text(at.grade) as IncidentGrade | null) ?? gradeFromDeaths(deaths),
    };
  },
};
