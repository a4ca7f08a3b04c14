import { describe, expect, it } from 'vitest';
import { schemeMessages } from '../../../src/scoring/scheme-messages.ts';
import { toSimplified } from '../../../src/values/to-simplified.ts';

/** One argument that serves as a string, a list and a localized text, so every message can be called. */
function anyArgument(): unknown {
  const text = { 'zh-Hant': '值', 'zh-Hans': '值', en: 'value' };
  return Object.assign([Object.assign(new String('值'), text)], text);
}

// Groups of phrases (syntaxDetails) are opened: each of their functions is a message too.
const entries = Object.entries(schemeMessages).flatMap(([name, make]) =>
  typeof make === 'function' ? [[name, make] as const] : Object.entries(make).map(([inner, fn]) => [`${name}.${inner}`, fn] as const));

const texts = entries.map(([name, make]) => {
  const fn = make as (...args: unknown[]) => { 'zh-Hant': string; 'zh-Hans': string; en: string };
  const text = fn(...Array.from({ length: Math.max(fn.length, 4) }, anyArgument));
  return [name, { 'zh-Hant': String(text['zh-Hant']), 'zh-Hans': String(text['zh-Hans']), en: String(text.en) }] as const;
});

describe('schemeMessages', () => {
  it('every message has all three languages, none empty', () => {
    for (const [name, text] of texts) {
      for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) expect(text[lang].length, `${name} ${lang}`).toBeGreaterThan(0);
    }
  });
  it('Simplified messages use Simplified forms only', () => {
    for (const [name, text] of texts) expect(toSimplified(text['zh-Hans']), name).toBe(text['zh-Hans']);
  });
  it('Traditional messages differ from Simplified ones where the scripts differ', () => {
    const traditional = texts.filter(([, text]) => text['zh-Hant'] !== toSimplified(text['zh-Hant']));
    expect(traditional.length).toBeGreaterThan(texts.length / 2);
    expect(schemeMessages.type(schemeMessages.expectedType('number'), '"two"')['zh-Hant']).toBe('應為數字，實為 "two"');
  });
  it('at puts the path first, and leaves a root message alone', () => {
    const body = { 'zh-Hant': '甲', 'zh-Hans': '甲', en: 'a' };
    expect(schemeMessages.at('total', body)).toEqual({ 'zh-Hant': 'total：甲', 'zh-Hans': 'total：甲', en: 'total: a' });
    expect(schemeMessages.at('', body)).toEqual(body);
  });
});
