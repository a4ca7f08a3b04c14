import type { LocalizedText } from '../../messages/localized-text.ts';
import type { SchemePath } from './scheme-path.ts';

/**
 * A problem found in a scheme before it is phrased as a {@link SchemeError}:
 * the path as steps, and the expected phrase in every language. `checkScheme`
 * adds the printed path, the line and column, and puts the path in front of
 * the message.
 *
 * @example
 * const finding: SchemeFinding = {
 *   path: ['total'], code: 'points.total_sum', actual: '90',
 *   expected: { 'zh-Hant': '100', 'zh-Hans': '100', en: '100' }, body: schemeMessages.totalSum('90', '100'),
 * };
 */
export interface SchemeFinding {
  /** The node's path as steps. */
  path: SchemePath;
  /** The stable code of the problem (see SchemeError). */
  code: string;
  /** What the node should be, in every language. */
  expected: LocalizedText;
  /** The value found, as `renderValue` writes it, or `missing`. */
  actual: string;
  /** The sentence without the path. */
  body: LocalizedText;
}
