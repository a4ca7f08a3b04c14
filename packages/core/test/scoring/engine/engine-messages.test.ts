import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../src/messages/localized-text.ts';
import { engineMessages } from '../../../src/scoring/engine/engine-messages.ts';
import { toSimplified } from '../../../src/values/to-simplified.ts';

const name: LocalizedText = { 'zh-Hant': '負責人出庭應訴率', 'zh-Hans': '负责人出庭应诉率', en: 'Heads appearing in court' };

const samples: [string, LocalizedText][] = [
  ['missingExcluded points', engineMessages.missingExcluded(name, 'points')],
  ['missingExcluded index', engineMessages.missingExcluded(name, 'index')],
  ['missingZero', engineMessages.missingZero(name)],
  ['coverageTooLow', engineMessages.coverageTooLow('45%', '60%')],
  ['noPoints', engineMessages.noPoints()],
  ['dimensionNotComputable', engineMessages.dimensionNotComputable(name, name)],
  ['veto fail', engineMessages.veto(name, name, '1', '>=', '1', { type: 'fail' }, false)],
  ['veto cap jurisdiction', engineMessages.veto(name, name, '1', '>=', '1', { type: 'cap', total: '60' }, true)],
  ['belowRequirement', engineMessages.belowRequirement(name, '50%', '80%', null)],
  ['belowRequirement with source', engineMessages.belowRequirement(name, '50%', '80%', name)],
  ['outlierZ', engineMessages.outlierZ(name, '4', '0', '5.2', '3.5')],
  ['outlierFlat', engineMessages.outlierFlat(name, '4', '0', '4', '2')],
  ['subtotal', engineMessages.subtotal(name, null, null)],
  ['pointsSum', engineMessages.pointsSum([name], '8', '10')],
  ['rescaled', engineMessages.rescaled(1, '8', '10', '100', '80')],
  ['bonusOutside', engineMessages.bonusOutside('1')],
  ['bonusInside', engineMessages.bonusInside('1', '100')],
  ['vetoCapped', engineMessages.vetoCapped('60')],
  ['vetoFailed', engineMessages.vetoFailed()],
  ['indexMean arithmetic', engineMessages.indexMean([name], 'arithmetic', '80')],
  ['indexMean geometric', engineMessages.indexMean([name], 'geometric', '80')],
  ['total', engineMessages.total('80', '100')],
  ['noTotal', engineMessages.noTotal(name)],
  ['sentence', engineMessages.sentence([name, name])],
];

describe('engineMessages', () => {
  it.each(samples)('%s speaks zh-Hant, zh-Hans (in Simplified script) and en', (_title, text) => {
    expect(text['zh-Hant']).not.toBe('');
    expect(text['zh-Hans']).not.toBe('');
    expect(text.en).not.toBe('');
    expect(toSimplified(text['zh-Hans'])).toBe(text['zh-Hans']);
    expect(text.en).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('joins the total sentence with 「；」 and a full stop, in English capitalised', () => {
    expect(engineMessages.sentence([engineMessages.total('80', '100'), engineMessages.vetoFailed()])).toEqual({
      'zh-Hant': '總分 80 / 100 分；一票否決：考核不合格。',
      'zh-Hans': '总分 80 / 100 分；一票否决：考核不合格。',
      en: 'Total 80 / 100; failed by a veto.',
    });
  });
});
