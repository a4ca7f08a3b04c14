import { AREA_PLANS } from '@fazhi/charts';
import { toSimplified, type Lang, type LocalizedText } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { reportMessages } from '../src/messages.ts';
import type { ReportChartKind } from '../src/report/report-model.ts';

const LANGS: Lang[] = ['zh-Hant', 'zh-Hans', 'en'];
const KINDS: ReportChartKind[] = ['yearly', 'trend', 'monthly', 'ranking', 'heatmap', 'composition'];

/** Every text of reportMessages, each function called with sample arguments. */
function everyText(): [string, LocalizedText][] {
  const m = reportMessages;
  const texts: [string, LocalizedText][] = [
    ['missingScheme', m.missingScheme()], ['missingOut', m.missingOut()], ['badYears', m.badYears('20x9')],
    ['yearsNotInData', m.yearsNotInData([2017], [2018, 2019])],
    ['thinYearsPassedOver', m.thinYearsPassedOver([{ year: 2022, dataset: 'litigation', records: 12, typical: 170 }], [2020, 2021])], ['outUnwritable', m.outUnwritable('o', 'EACCES')],
    ['loading', m.loading()], ['scoring', m.scoring()], ['renderingChart', m.renderingChart(3, 14, 'x')],
    ['chartFailed', m.chartFailed('x', 'y')], ['pngFailed', m.pngFailed('p', 'y')], ['pngsMissing', m.pngsMissing(2)],
    ['systemFontsMissing', m.systemFontsMissing('r')], ['writing', m.writing('p')], ['writingPdf', m.writingPdf()],
    ['done', m.done('o', 3)], ['chromiumMissing', m.chromiumMissing()], ['chromiumNotFound', m.chromiumNotFound('/x')],
    ['pdfFailed', m.pdfFailed('r')], ['title', m.title(2019)], ['lead', m.lead([2018, 2019], 'S')],
    ['stamp', m.stamp('i', 'v', 'h', 't')], ['contents', m.contents()], ['noData', m.noData()],
    ['paragraphStart', m.paragraphStart(2019)], ['comparedWith', m.comparedWith(2018, '+1')],
    ['notApplicable', m.notApplicable()], ['indicatorTable', m.indicatorTable()],
    ['unitTable', m.unitTable(2019)], ['unitHeader', m.unitHeader()], ['jurisdiction', m.jurisdiction()], ['total', m.total()],
    ['incidents', m.incidents()], ['deaths', m.deaths()], ['scores', m.scores()], ['scoresLead', m.scoresLead(2019, 15, 28)],
    ['scoreTable', m.scoreTable()], ['rules', m.rules()], ['explanations', m.explanations()], ['dataQuality', m.dataQuality()],
    ['dataQualityLead', m.dataQualityLead(10, 1, 2, 3)], ['issues', m.issues()], ['noIssues', m.noIssues()],
    ['reportHelp', m.reportHelp()],
    ...AREA_PLANS.map((s): [string, LocalizedText] => [`section.${s.id}`, m.section(s.id)]),
    ...[false, true].map((index): [string, LocalizedText] => {
      const headers = m.ruleHeaders(index);
      return [`ruleHeaders.${index}`, { 'zh-Hant': headers['zh-Hant'].join(), 'zh-Hans': headers['zh-Hans'].join(), en: headers.en.join() }];
    }),
    ...KINDS.map((k): [string, LocalizedText] => [`chartCaption.${k}`, m.chartCaption(k, 'x', '2019')]),
  ];
  return texts;
}

describe('reportMessages', () => {
  it('has every text in three languages: Simplified in Simplified forms, English without Chinese', () => {
    for (const [key, text] of everyText()) {
      for (const lang of LANGS) expect(text[lang].length, `${key} ${lang}`).toBeGreaterThan(0);
      expect(toSimplified(text['zh-Hans']), key).toBe(text['zh-Hans']);
      expect(text.en, key).not.toMatch(/[\u3400-\u9fff]/);
    }
  });

  it('echoes the bad value and says how to fix it', () => {
    for (const lang of LANGS) {
      const thin = reportMessages.thinYearsPassedOver([{ year: 2022, dataset: 'litigation', records: 12, typical: 170 }], [2020, 2021])[lang];
      expect(thin).toContain('12');
      expect(thin).toContain('--years 2021,2022');
      expect(reportMessages.badYears('20x9')[lang]).toContain('20x9');
      expect(reportMessages.badYears('20x9')[lang]).toContain('--years 2018,2019');
      expect(reportMessages.chromiumMissing()[lang]).toContain('apt-get install chromium');
      expect(reportMessages.chromiumMissing()[lang]).toContain('FAZHI_CHROMIUM');
      expect(reportMessages.chromiumNotFound('/x/chrome')[lang]).toContain('/x/chrome');
    }
  });

  it('names every option of fazhi report in its help, in every language', () => {
    for (const lang of LANGS) {
      for (const flag of ['--data', '--scheme', '--out', '--years', '--pdf', '--lang', '--help', 'index.html', 'results.json', 'results.csv', 'report.pdf', 'FAZHI_CHROMIUM']) {
        expect(reportMessages.reportHelp()[lang], `${lang} ${flag}`).toContain(flag);
      }
    }
  });
});
