import type { LocalizedText } from '../../messages/localized-text.ts';
import type { ItemTreatment, UnitScore } from '../unit-score.ts';

const REASON_TEXT: Record<ItemTreatment['reason'], LocalizedText> = {
  imputed: { 'zh-Hant': '插補', 'zh-Hans': '插补', en: 'imputed' },
  winsorised: { 'zh-Hant': '縮尾處理', 'zh-Hans': '缩尾处理', en: 'winsorised' },
  log: { 'zh-Hant': '對數變換', 'zh-Hans': '对数变换', en: 'log-transformed' },
};

/**
 * What the scheme's data treatment did to a value, as a verb: 插補, 縮尾處理,
 * 對數變換.
 *
 * @example
 * treatmentReasonText('winsorised')['zh-Hans']; // '缩尾处理'
 */
export function treatmentReasonText(reason: ItemTreatment['reason']): LocalizedText {
  return REASON_TEXT[reason];
}

/**
 * One sentence saying how many of the results' item values the scheme's data
 * treatment changed, by what it did ("方案的數據處理（treatment）在計分前插補
 * 3 個值、縮尾處理 1 個值，…"); null when it changed none. Shown under a
 * ranking by `fazhi score`, `fazhi report` and the dashboard.
 *
 * @example
 * treatmentSummary([]); // null
 */
export function treatmentSummary(results: readonly UnitScore[]): LocalizedText | null {
  const counts = new Map<ItemTreatment['reason'], number>();
  for (const r of results) for (const i of r.items) if (i.treatment !== null) counts.set(i.treatment.reason, (counts.get(i.treatment.reason) ?? 0) + 1);
  if (counts.size === 0) return null;
  const parts = (['imputed', 'winsorised', 'log'] as const).filter((reason) => counts.has(reason)).map((reason) => {
    const done = REASON_TEXT[reason];
    const k = counts.get(reason)!;
    return { 'zh-Hant': `${done['zh-Hant']} ${k} 個值`, 'zh-Hans': `${done['zh-Hans']} ${k} 个值`, en: `${done.en} ${k} value(s)` };
  });
  return {
    'zh-Hant': `方案的數據處理（treatment）在計分前${parts.map((x) => x['zh-Hant']).join('、')}，各項說明註明處理及原值。`,
    'zh-Hans': `方案的数据处理（treatment）在计分前${parts.map((x) => x['zh-Hans']).join('、')}，各项说明注明处理及原值。`,
    en: `The scheme's data treatment ${parts.map((x) => x.en).join(', ')} before scoring; each item's sentence says what was done and the value before.`,
  };
}
