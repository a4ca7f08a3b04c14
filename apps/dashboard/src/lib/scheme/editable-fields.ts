import { formatSchemePath, type Scheme, type SchemeDimension, type SchemeItem } from '@fazhi/core';

/**
 * The name of an editable number in the scheme editor (the inputs'
 * `data-field`): `points` and `weight` of items and dimensions; `target` is the
 * value that earns full points (a target or shortfall rule's `target`, a
 * goalposts rule's `best`, a distance-to-target rule's `target`); `floor` and
 * `worst` the value that earns nothing; `per`, `step` and `cap` the deduction
 * or bonus parameters.
 */
export type EditableFieldName = 'total' | 'points' | 'weight' | 'target' | 'floor' | 'worst' | 'per' | 'step' | 'cap';

/**
 * One editable number of an item or dimension: its name in the editor, where
 * it lives (keys from the scheme, item or dimension: `['points']`, `['rule', 'best']`),
 * and whether the scheme needs it (a required field left empty is an error
 * that pauses scoring; an optional one left empty falls back to its default).
 */
export interface EditableField {
  field: EditableFieldName;
  path: readonly ['total' | 'points' | 'weight'] | readonly ['rule', string];
  required: boolean;
}

/**
 * The numbers of an item the editor lets the user change, by scheme method and
 * rule type: points (points method, not for bonus items, which have none) or
 * weight (index method, default 1); then the rule's target-like values and its
 * deduction or bonus parameters. Bands rules have no single target: their
 * ladder is not edited here.
 *
 * @example
 * itemFields({ id: 'x', name: 'x', indicator: 'documents.filing_rate', points: 5, rule: { type: 'target', target: 1 } }, 'points');
 * // [{ field: 'points', path: ['points'], required: true }, { field: 'target', path: ['rule', 'target'], required: true },
 * //  { field: 'floor', path: ['rule', 'floor'], required: false }]
 */
export function itemFields(item: SchemeItem, method: 'points' | 'index'): EditableField[] {
  const fields: EditableField[] = [];
  const rule = item.rule;
  if (method === 'index') fields.push({ field: 'weight', path: ['weight'], required: false });
  else if (rule.type !== 'bonus') fields.push({ field: 'points', path: ['points'], required: true });
  const ruleField = (field: EditableFieldName, key: string, required: boolean): void => {
    fields.push({ field, path: ['rule', key], required });
  };
  switch (rule.type) {
    case 'target':
      ruleField('target', 'target', true);
      ruleField('floor', 'floor', false);
      break;
    case 'goalposts':
      ruleField('target', 'best', true);
      ruleField('worst', 'worst', true);
      break;
    case 'shortfall':
      ruleField('target', 'target', true);
      ruleField('step', 'step', true);
      ruleField('per', 'per', true);
      ruleField('cap', 'cap', false);
      break;
    case 'deduct':
      ruleField('per', 'per', true);
      ruleField('cap', 'cap', false);
      break;
    case 'bonus':
      ruleField('per', 'per', true);
      ruleField('cap', 'cap', true);
      break;
    case 'relative':
      if (rule.method === 'distance-to-target') ruleField('target', 'target', true);
      break;
    case 'bands':
      break;
  }
  return fields;
}

/**
 * The numbers of a dimension the editor lets the user change: its points
 * (points method, required) or its weight (index method, default 1).
 *
 * @example
 * dimensionFields({ id: 'd', name: 'd', points: 15, items: [] }, 'points'); // [{ field: 'points', path: ['points'], required: true }]
 */
export function dimensionFields(_dimension: SchemeDimension, method: 'points' | 'index'): EditableField[] {
  return method === 'points'
    ? [{ field: 'points', path: ['points'], required: true }]
    : [{ field: 'weight', path: ['weight'], required: false }];
}

/**
 * The numbers of the scheme itself the editor lets the user change: the
 * total of a points-method scheme (optional: without it the total is the sum
 * of the dimensions' points); none for an index-method scheme (0–100).
 *
 * @example
 * schemeFields(scheme); // [{ field: 'total', path: ['total'], required: false }]
 */
export function schemeFields(scheme: Scheme): EditableField[] {
  return (scheme.method ?? 'points') === 'points' ? [{ field: 'total', path: ['total'], required: false }] : [];
}

/**
 * The path of every number the editor shows for the scheme, as core writes
 * paths (`total`, `dimensions[0].points`, `dimensions[0].items[1].rule.best`):
 * where an error of the scheme check can be shown next to its field.
 *
 * @example
 * editableFieldPaths(scheme); // ['total', 'dimensions[0].points', 'dimensions[0].items[0].points', 'dimensions[0].items[0].rule.target', …]
 */
export function editableFieldPaths(scheme: Scheme): string[] {
  const method = scheme.method ?? 'points';
  const at = (node: string, field: EditableField): string => (node === '' ? field.path.join('.') : `${node}.${field.path.join('.')}`);
  const paths = schemeFields(scheme).map((f) => at('', f));
  for (const [d, dimension] of scheme.dimensions.entries()) {
    const dimensionAt = formatSchemePath(['dimensions', d]);
    paths.push(...dimensionFields(dimension, method).map((f) => at(dimensionAt, f)));
    for (const [i, item] of dimension.items.entries()) paths.push(...itemFields(item, method).map((f) => at(formatSchemePath(['dimensions', d, 'items', i]), f)));
  }
  return paths;
}
