import type { ExprRef } from 'vega-lite/types_unstable/expr.js';
import type { TitleParams } from 'vega-lite/types_unstable/title.js';

/**
 * A chart's title: the caller's text when given, else the default one, with
 * an optional subtitle.
 *
 * @example
 * chartTitle(undefined, '敗訴率：歷年走勢', '↑ 適度改善'); // { text: '敗訴率：歷年走勢', subtitle: '↑ 適度改善' }
 */
export function chartTitle(text: string | undefined, fallback: string, subtitle?: string | null): TitleParams<ExprRef> {
  return subtitle === undefined || subtitle === null || subtitle === '' ? { text: text ?? fallback } : { text: text ?? fallback, subtitle };
}
