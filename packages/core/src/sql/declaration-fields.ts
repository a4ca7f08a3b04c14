import type { TallyDeclaration } from '../indicators/indicator-declaration.ts';

/** Every field a declaration part names (`{ field: f }` or `{ field: [a, b] }`), walked as data. */
function collect(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'field') {
      for (const field of typeof value === 'string' ? [value] : (value as string[])) into.add(field);
    } else {
      collect(value, into);
    }
  }
}

/**
 * The record fields a tally declaration reads: `unit`, its year fields and
 * every field its filter, numerator and denominator name.
 *
 * @example
 * declarationFields(catalogueEntry('documents.legality_review_rate').declaration as TallyDeclaration);
 * // Set {'unit', 'issued_on', 'legality_reviewed'}
 */
export function declarationFields(declaration: TallyDeclaration): Set<string> {
  const fields = new Set(['unit', ...declaration.year]);
  collect([declaration.filter ?? null, declaration.numerator, declaration.denominator], fields);
  return fields;
}
