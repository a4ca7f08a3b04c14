import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';
import type { Instance } from './records.ts';

/**
 * Outcomes (Simplified) that count as a lost case (INDICATORS.md).
 *
 * @example
 * LOST_OUTCOMES.has('撤销'); // true
 */
export const LOST_OUTCOMES: ReadonlySet<string> = new Set(['撤销', '变更', '确认违法', '确认无效', '责令履行', '判决赔偿']);

/**
 * The outcome that is a withdrawal.
 *
 * @example
 * const withdrawals = records.litigation.filter((r) => r.outcome === WITHDRAWAL_OUTCOME);
 * withdrawals.every((r) => r.withdrawn); // true
 */
export const WITHDRAWAL_OUTCOME = '准予撤诉';

const OUTCOMES: Record<string, string> = {
  撤销: '撤销', 判决撤销: '撤销', 变更: '变更', 判决变更: '变更', 确认违法: '确认违法', 判决确认违法: '确认违法',
  确认无效: '确认无效', 判决确认无效: '确认无效', 责令履行: '责令履行', 判决履行: '责令履行', 判决责令履行: '责令履行',
  判决赔偿: '判决赔偿', 赔偿: '判决赔偿', 驳回诉讼请求: '驳回诉讼请求', 判决驳回: '驳回诉讼请求',
  判决驳回诉讼请求: '驳回诉讼请求', 驳回起诉: '驳回起诉', 裁定驳回起诉: '驳回起诉', 准予撤诉: '准予撤诉',
  裁定准予撤诉: '准予撤诉', 撤诉: '准予撤诉', 调解: '调解', 和解: '和解', 维持: '维持', 驳回上诉: '驳回上诉',
  终结: '终结', 其他: '其他',
};

const columns = [
  { name: 'case_no', aliases: ['案號'], type: 'case_no', required: true },
  { name: 'unit', aliases: ['被告單位', '被告', '承辦部門'], type: 'unit', required: true },
  { name: 'instance', aliases: ['審級'], type: 'enum', values: { 一审: '一审', 第一审: '一审', 二审: '二审', 第二审: '二审', 再审: '再审' } },
  { name: 'filed_on', aliases: ['立案日期'], type: 'date' },
  { name: 'hearing_held', aliases: ['是否開庭'], type: 'flag' },
  { name: 'heard_on', aliases: ['開庭日期'], type: 'date' },
  { name: 'head_notified', aliases: ['是否通知負責人出庭'], type: 'flag' },
  { name: 'head_appeared', aliases: ['負責人是否出庭', '負責人出庭'], type: 'flag' },
  { name: 'concluded_on', aliases: ['結案日期', '審結日期'], type: 'date', notes: 'blank = pending' },
  { name: 'outcome', aliases: ['裁判結果', '結案方式'], type: 'enum', values: OUTCOMES },
  { name: 'lost', aliases: ['是否敗訴'], type: 'flag' },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * litigation — administrative litigation cases (行政訴訟 / 行政應訴).
 * `hearing_held` is also yes when `heard_on` is present; the `lost` flag
 * overrides the outcome-derived value; a pending case (no `concluded_on`)
 * is never lost.
 *
 * @example
 * litigationSchema.key; // ['case_no']
 */
export const litigationSchema: DatasetSchema<'litigation'> = {
  id: 'litigation',
  title: { 'zh-Hant': '行政訴訟', 'zh-Hans': '行政诉讼', en: 'Administrative litigation' },
  stems: ['litigation', '行政訴訟', '行政诉讼', '行政應訴', '行政应诉'],
  columns,
  key: ['case_no'],
  yearColumns: ['filed_on', 'heard_on', 'concluded_on'],
  build(row, source) {
    const heardOn = row.date(at.heard_on);
    const concludedOn = row.date(at.concluded_on);
    const outcome = row.text(at.outcome);
    const lostFlag = row.flag(at.lost);
    const lost = concludedOn === null
      ? false
      : lostFlag === 'yes' || lostFlag === 'no'
        ? lostFlag === 'yes'
        : outcome !== null && LOST_OUTCOMES.has(outcome);
    return {
      source,
      unit: row.text(at.unit),
      case_no: row.text(at.case_no) as string,
      instance: row.text(at.instance) as Instance | null,
      filed_on: row.date(at.filed_on),
      hearing_held: row.flag(at.hearing_held) === 'yes' || heardOn !== null,
      heard_on: heardOn,
      head_notified: row.flag(at.head_notified),
      head_appeared: row.flag(at.head_appeared),
      concluded_on: concludedOn,
      outcome,
      lost,
      withdrawn: outcome === WITHDRAWAL_OUTCOME,
    };
  },
};
