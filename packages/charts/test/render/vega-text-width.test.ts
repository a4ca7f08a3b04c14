import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/text-width.ts';
import { vegaTextWidth } from '../../src/render/vega-text-width.ts';

describe('vegaTextWidth', () => {
  it('uses vega’s default font size of 11 when the item has none', () => {
    expect(vegaTextWidth({}, '法治')).toBe(22);
  });
  it('reads the font size of the item, as a number or a numeric string', () => {
    expect(vegaTextWidth({ fontSize: 12 }, '劳动和社会保障局')).toBe(96);
    expect(vegaTextWidth({ fontSize: '15' }, '司法局')).toBe(45);
  });
  it('measures bold for bold, bolder and weights of 600 and more, regular below', () => {
    const regular = textWidth('Total 2019', 10);
    const bold = textWidth('Total 2019', 10, { bold: true });
    expect(vegaTextWidth({ fontSize: 10, fontWeight: 'bold' }, 'Total 2019')).toBe(bold);
    expect(vegaTextWidth({ fontSize: 10, fontWeight: 'bolder' }, 'Total 2019')).toBe(bold);
    expect(vegaTextWidth({ fontSize: 10, fontWeight: 700 }, 'Total 2019')).toBe(bold);
    expect(vegaTextWidth({ fontSize: 10, fontWeight: '600' }, 'Total 2019')).toBe(bold);
    expect(vegaTextWidth({ fontSize: 10, fontWeight: 400 }, 'Total 2019')).toBe(regular);
    expect(vegaTextWidth({ fontSize: 10, fontWeight: 'normal' }, 'Total 2019')).toBe(regular);
  });
  it('trims the text and measures numbers as their text, like vega', () => {
    expect(vegaTextWidth({ fontSize: 10 }, '  法治 ')).toBe(20);
    expect(vegaTextWidth({ fontSize: 10 }, 2019)).toBe(textWidth('2019', 10));
  });
  it('answers 0 for missing text, empty text and a font size of 0', () => {
    expect(vegaTextWidth({ fontSize: 10 }, undefined)).toBe(0);
    expect(vegaTextWidth({ fontSize: 10 }, null)).toBe(0);
    expect(vegaTextWidth({ fontSize: 10 }, '')).toBe(0);
    expect(vegaTextWidth({ fontSize: 0 }, '法治')).toBe(0);
  });
  it('does not truncate to the item’s limit (vega’s truncate asks it for the whole text)', () => {
    expect(vegaTextWidth({ fontSize: 10, limit: 5 } as never, '苏州工业园区')).toBe(60);
  });
});
