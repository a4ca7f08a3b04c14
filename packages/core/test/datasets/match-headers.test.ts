import { describe, expect, it } from 'vitest';
import { headerKey, isKnownHeader, matchHeader, matchHeaders } from '../../src/datasets/match-headers.ts';
import { DATASET_SCHEMAS } from '../../src/datasets/registry.ts';

const { litigation, safety_incidents, documents, enforcement_reviews } = DATASET_SCHEMAS;

describe('matchHeaders', () => {
  it('matchHeaders matches Traditional aliases, their Simplified forms and canonical names', () => {
    expect(matchHeaders(['案號', '被告單位', '審級'], litigation).columns).toEqual(['case_no', 'unit', 'instance']);
    expect(matchHeaders(['案号', '被告单位', '审级'], litigation).columns).toEqual(['case_no', 'unit', 'instance']);
    expect(matchHeaders(['case_no', 'UNIT', 'Filed On'], litigation).columns).toEqual(['case_no', 'unit', 'filed_on']);
  });
  it('matchHeaders is width-insensitive and ignores spaces and required-markers', () => {
    expect(matchHeader('ＣＡＳＥ＿ＮＯ', litigation)).toBe('case_no');
    expect(matchHeader(' 案 號 *', litigation)).toBe('case_no');
    expect(matchHeader('直接經濟損失（萬元）', safety_incidents)).toBe('direct_loss');
    expect(matchHeader('直接经济损失', safety_incidents)).toBe('direct_loss');
    expect(matchHeader('死亡人數(人)', safety_incidents)).toBe('deaths');
  });
  it('matchHeaders keeps unknown columns as null and reports missing required columns by canonical name', () => {
    const m = matchHeaders(['案號', '備註'], litigation);
    expect(m.columns).toEqual(['case_no', null]);
    expect(m.missing).toEqual(['unit']);
  });
  it('matchHeaders lets the first of two headers of one column win and reports the second', () => {
    const m = matchHeaders(['案號', '被告', '被告單位'], litigation);
    expect(m.columns).toEqual(['case_no', 'unit', null]);
    expect(m.duplicates).toEqual([{ header: '被告單位', column: 'unit', first: '被告', cell: 2 }]);
    expect(m.index.get('unit')).toBe(1);
  });
  it('matchHeaders reports an unmet one-of group by its first column', () => {
    expect(matchHeaders(['案卷編號', '被評查單位', '總分'], enforcement_reviews).missing).toEqual(['year']);
    expect(matchHeaders(['案卷編號', '被評查單位', '總分', '評查日期'], enforcement_reviews).missing).toEqual([]);
  });
  it('headerKey and isKnownHeader compare headers after NFKC, lower case and Simplified conversion', () => {
    expect(headerKey('被告單位')).toBe(headerKey('被告单位'));
    expect(isKnownHeader('文號')).toBe(true);
    expect(isKnownHeader('文号')).toBe(true);
    expect(isKnownHeader('偶瘍')).toBe(false);
    expect(matchHeader('印发日期', documents)).toBe('issued_on');
  });
});
