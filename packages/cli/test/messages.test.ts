import type { Lang } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { messages } from '../src/messages.ts';

const LANGS: Lang[] = ['zh-Hant', 'zh-Hans', 'en'];

describe('messages', () => {
  it('every help text names every option of its command in all three languages', () => {
    const indicators = messages.indicatorsHelp(['filingDeadlineDays=30']);
    const validate = messages.validateHelp();
    const main = messages.mainHelp('9.9.9');
    for (const lang of LANGS) {
      for (const flag of ['--data', '--format', '--year', '--option', '--strict', '--lang', '--help', 'json', 'csv', 'table']) {
        expect(indicators[lang]).toContain(flag);
      }
      expect(indicators[lang]).toContain('filingDeadlineDays=30');
      for (const flag of ['--data', '--format', '--lang', '--help', 'text', 'json']) expect(validate[lang]).toContain(flag);
      for (const word of ['fazhi validate', 'fazhi indicators', '--version', '9.9.9', 'zh_TW']) expect(main[lang]).toContain(word);
    }
  });
  it('Traditional messages use Traditional forms and Simplified messages Simplified forms', () => {
    const missing = messages.dataMissing('x');
    expect(missing['zh-Hant']).toContain('資料夾');
    expect(missing['zh-Hans']).toContain('文件夹');
    const help = messages.validateHelp();
    expect(help['zh-Hant']).toContain('檔案');
    expect(help['zh-Hant']).not.toContain('文件夹');
    expect(help['zh-Hans']).toContain('文件');
    expect(help['zh-Hans']).not.toContain('檔案');
  });
  it('messages echo the bad value they are about, in every language', () => {
    const cases = [
      messages.unknownCommand('scroe'), messages.unknownOption('--yaer', 'indicators'), messages.badFormat('xml', ['json']),
      messages.badYear('19'), messages.badLang('fr'), messages.dataNotDirectory('a.csv'), messages.fileIgnored('old.xls'),
    ];
    const values = ['scroe', '--yaer', 'xml', '19', 'fr', 'a.csv', 'old.xls'];
    cases.forEach((text, i) => {
      for (const lang of LANGS) expect(text[lang]).toContain(values[i]);
    });
  });
  it('table and summary headers have one cell per column in every language', () => {
    for (const lang of LANGS) {
      expect(messages.indicatorTableHeaders()[lang]).toHaveLength(6);
      expect(messages.fileSummaryHeaders()[lang]).toHaveLength(6);
    }
  });
});
