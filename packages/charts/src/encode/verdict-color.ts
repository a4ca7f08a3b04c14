import type { ColorDef, Field } from 'vega-lite/types_unstable/channeldef.js';
import { CHANGE_VERDICTS } from '../data/change-verdict.ts';
import { STATUS_COLORS } from '../theme/palette.ts';

/**
 * The colour encoding of a change's verdict: better green, worse red, no
 * change and no direction grey (the traffic-light colours, fixed in every
 * chart). The change's text says the same, so no legend is drawn.
 *
 * @example
 * verdictColor().legend; // null
 */
export function verdictColor(): ColorDef<Field> {
  return {
    field: 'verdict',
    type: 'nominal',
    scale: { domain: [...CHANGE_VERDICTS], range: [STATUS_COLORS.better, STATUS_COLORS.worse, STATUS_COLORS.same, STATUS_COLORS.same] },
    legend: null,
  };
}
