import { readFileSync } from 'node:fs';
import { checkScheme, type Scheme, type SchemeStamp } from '@fazhi/core';

const root = new URL('../../../../../', import.meta.url).pathname;

/** schemes/sip-robustness-2019.yaml, checked: the park's example scheme with ten uncertain inputs. */
export function robustnessScheme(): { scheme: Scheme; stamp: SchemeStamp } {
  const check = checkScheme(readFileSync(`${root}schemes/sip-robustness-2019.yaml`, 'utf8'), { fileName: 'sip-robustness-2019.yaml' });
  if (!check.ok) throw new Error(check.errors.map((e) => e.message.en).join('; '));
  return { scheme: check.scheme, stamp: check.stamp };
}
