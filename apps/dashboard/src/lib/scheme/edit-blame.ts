import type { SchemeError } from '@fazhi/core';

/** A finding's identity across checks: its code and path (the message changes with the numbers). */
export function findingKey(finding: Pick<SchemeError, 'code' | 'path'>): string {
  return `${finding.code}\u0000${finding.path}`;
}

/**
 * Which field's edit broke the scheme, per error: the errors of the check
 * after an edit of `field` that were not there before it are blamed on that
 * field; errors blamed before keep their field while they last; errors gone
 * are forgotten. Lets the editor mark the field the analyst just changed
 * (an item's points) when the error sits elsewhere (the dimension whose
 * items no longer add up).
 *
 * @example
 * const sum = { code: 'points.dimension_sum', path: 'dimensions[1].points' };
 * blameEdit(new Map(), [], [sum], 'dimensions[1].items[0].points');
 * // Map { 'points.dimension_sum\0dimensions[1].points' => 'dimensions[1].items[0].points' }
 */
export function blameEdit(
  blamed: ReadonlyMap<string, string>, before: readonly Pick<SchemeError, 'code' | 'path'>[], after: readonly Pick<SchemeError, 'code' | 'path'>[], field: string,
): Map<string, string> {
  const seen = new Set(before.map(findingKey));
  const next = new Map<string, string>();
  for (const error of after) {
    const key = findingKey(error);
    const earlier = blamed.get(key);
    if (earlier !== undefined) next.set(key, earlier);
    else if (!seen.has(key)) next.set(key, field);
  }
  return next;
}

/** The errors shown next to the editor's number fields, and those left for their dimension, item or the scheme. */
export interface PlacedFindings {
  /** By field path (`dimensions[1].items[0].points`): the field's own errors, then those its edit caused. */
  atField: Map<string, SchemeError[]>;
  /** The errors shown at no field. */
  rest: SchemeError[];
}

/**
 * Places each error next to a field the editor shows: the field it was
 * blamed on ({@link blameEdit}), else the field at its own path; the others
 * stay with their dimension, item or the scheme.
 *
 * @example
 * placeFindings(check.errors, ['total', 'dimensions[0].points'], blamed).atField.get('dimensions[0].points'); // its errors
 */
export function placeFindings(errors: readonly SchemeError[], fields: readonly string[], blamed: ReadonlyMap<string, string>): PlacedFindings {
  const shown = new Set(fields);
  const atField = new Map<string, SchemeError[]>();
  const rest: SchemeError[] = [];
  for (const error of errors) {
    const blamedOn = blamed.get(findingKey(error));
    const field = blamedOn !== undefined && shown.has(blamedOn) ? blamedOn : shown.has(error.path) ? error.path : null;
    if (field === null) rest.push(error);
    else atField.set(field, [...(atField.get(field) ?? []), error]);
  }
  return { atField, rest };
}
