import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { overlappingTexts, textBoxes } from './text-boxes.ts';

const labels = (points: { x: number; label: string }[]): TopLevelSpec => ({
  width: 200,
  height: 40,
  data: { values: points },
  mark: { type: 'text', fontSize: 11 },
  encoding: { x: { field: 'x', type: 'quantitative', scale: { domain: [0, 100] }, axis: null }, text: { field: 'label' } },
});

describe('the overlap check of the park chart tests', () => {
  it('finds two Chinese labels whose 1-em-per-character boxes overlap', async () => {
    // 6 characters at 11 px are 66 px wide: centres 56 px apart overlap; by vega's own 0.8 em estimate (53 px) they would not.
    const boxes = await textBoxes(labels([{ x: 10, label: '苏州工业园区' }, { x: 38, label: '劳动保障局局' }]));
    expect(overlappingTexts(boxes)).toEqual([['mark:苏州工业园区', 'mark:劳动保障局局']]);
  });
  it('passes labels side by side, and a label drawn twice at the same place', async () => {
    expect(overlappingTexts(await textBoxes(labels([{ x: 10, label: '司法局' }, { x: 60, label: '财政局' }])))).toEqual([]);
    expect(overlappingTexts(await textBoxes(labels([{ x: 10, label: '司法局' }, { x: 10, label: '司法局' }])))).toEqual([]);
  });
});
