import type { Lang, SchemeError } from '@fazhi/core';

/**
 * A scheme finding's sentence without the path core puts in front of it
 * (`dimensions[1].points：…`, `total: …`; see core's `schemeMessages.at`):
 * the editor names the place itself, as the analyst sees it, and shows the
 * path apart in small print.
 *
 * @example
 * findingSentence({ path: 'total', message: { en: 'total: the scheme\'s total is 90 but…', … } }, 'en'); // "the scheme's total is 90 but…"
 */
export function findingSentence(finding: Pick<SchemeError, 'path' | 'message'>, lang: Lang): string {
  const message = finding.message[lang];
  if (finding.path === '') return message;
  const prefix = lang === 'en' ? `${finding.path}: ` : `${finding.path}：`;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
