import { describe, expect, it } from 'vitest';
import { qualityMessages } from '../../../src/lib/i18n/quality-messages.ts';

// Issue 12: a refused file's format was shown as "CSV", or as an English word inside Chinese text.
describe('the file table\'s format labels', () => {
  it('name every format core reports, and the Chinese ones hold no English word (file-format names and extensions aside)', () => {
    expect(Object.keys(qualityMessages.formats).sort()).toEqual(['archive', 'binary', 'csv', 'html', 'image', 'pdf', 'xls', 'xlsx', 'zip']);
    for (const [format, text] of Object.entries(qualityMessages.formats)) {
      for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
        expect(text[lang].replace(/CSV|XLSX|Excel|PDF|ZIP|XML|\.\w+/g, ''), `${format} ${lang}`).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });
});
