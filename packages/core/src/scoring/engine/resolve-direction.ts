import type { IndicatorId } from '../../indicators/catalogue.ts';
import type { Direction } from '../scheme.ts';
import { catalogueEntry } from '../../indicators/catalogue.ts';

/**
 * The direction a rule, requirement or outlier test reads an indicator in:
 * the one written in the scheme, else the catalogue's `better`, else
 * `higher`.
 *
 * @example
 * resolveDirection(undefined, 'litigation.loss_rate'); // 'lower'
 * resolveDirection('higher', 'litigation.loss_rate');  // 'higher'
 * resolveDirection(undefined, 'documents.issued');     // 'higher' (the catalogue says neither)
 */
export function resolveDirection(explicit: Direction | undefined, indicator: IndicatorId): Direction {
  return explicit ?? catalogueEntry(indicator).better ?? 'higher';
}
