import type { ItemRule, SchemeItem } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { dimensionFields, itemFields, schemeFields } from '../../../src/lib/scheme/editable-fields.ts';
import { repoScheme } from './scheme-fixtures.ts';

function item(rule: ItemRule, points?: number): SchemeItem {
  return { id: 'x', name: 'x', indicator: 'litigation.lost_cases', rule, ...(points === undefined ? {} : { points }) };
}
const names = (i: SchemeItem, method: 'points' | 'index') => itemFields(i, method).map((f) => `${f.field}=${f.path.join('.')}${f.required ? '' : '?'}`);

describe('itemFields', () => {
  it('offers points (required) in the points method and weight (optional, default 1) in the index method', () => {
    expect(names(item({ type: 'bands', bands: [{ min: 1, share: 1 }] }, 5), 'points')).toEqual(['points=points']);
    expect(names(item({ type: 'bands', bands: [{ min: 1, share: 1 }] }), 'index')).toEqual(['weight=weight?']);
  });

  it('calls the value that earns full points the target: target, shortfall and distance-to-target targets, goalposts best', () => {
    expect(names(item({ type: 'target', target: 0.8, floor: 0.3 }, 10), 'points')).toEqual(['points=points', 'target=rule.target', 'floor=rule.floor?']);
    expect(names(item({ type: 'goalposts', worst: 18, best: 1 }), 'index')).toEqual(['weight=weight?', 'target=rule.best', 'worst=rule.worst']);
    expect(names(item({ type: 'shortfall', target: 1, step: 0.05, per: 1 }, 5), 'points')).toEqual(['points=points', 'target=rule.target', 'step=rule.step', 'per=rule.per', 'cap=rule.cap?']);
    expect(names(item({ type: 'relative', method: 'distance-to-target', target: 0.9 }), 'index')).toEqual(['weight=weight?', 'target=rule.target']);
    expect(names(item({ type: 'relative', method: 'min-max' }), 'index')).toEqual(['weight=weight?']);
  });

  it('gives bonus items no points (they have none) but their per and cap, and deduct rules their per and optional cap', () => {
    expect(names(item({ type: 'bonus', per: 0.5, cap: 2 }), 'points')).toEqual(['per=rule.per', 'cap=rule.cap']);
    expect(names(item({ type: 'deduct', per: 2 }, 10), 'points')).toEqual(['points=points', 'per=rule.per', 'cap=rule.cap?']);
  });

  it('offers a points input for every item of the example scheme and a target for every target rule', () => {
    const { scheme } = repoScheme('sip-example-2019.yaml');
    for (const dimension of scheme.dimensions) {
      for (const i of dimension.items) {
        const fields = itemFields(i, 'points').map((f) => f.field);
        expect(fields.includes('points')).toBe(i.rule.type !== 'bonus');
        if (i.rule.type === 'target') expect(fields).toContain('target');
      }
    }
  });
});

describe('dimensionFields', () => {
  it('offers the dimension\'s points in the points method and its weight in the index method', () => {
    const dimension = { id: 'd', name: 'd', points: 15, items: [] };
    expect(dimensionFields(dimension, 'points')).toEqual([{ field: 'points', path: ['points'], required: true }]);
    expect(dimensionFields(dimension, 'index')).toEqual([{ field: 'weight', path: ['weight'], required: false }]);
  });
});

describe('schemeFields', () => {
  it('offers the optional total of a points-method scheme and nothing for an index-method one', () => {
    expect(schemeFields(repoScheme('sip-example-2019.yaml').scheme)).toEqual([{ field: 'total', path: ['total'], required: false }]);
    expect(schemeFields(repoScheme('doing-business-2020.json').scheme)).toEqual([]);
  });
});
