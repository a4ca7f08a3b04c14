import { describe, expect, it } from 'vitest';
import { recognizeDataset } from '../../src/datasets/recognize-dataset.ts';

describe('recognizeDataset', () => {
  it.each([
    ['litigation.csv', 'litigation'],
    ['行政訴訟.csv', 'litigation'],
    ['行政诉讼.xlsx', 'litigation'],
    ['2019年行政應訴案件.csv', 'litigation'],
    ['行政複議.csv', 'reconsideration'],
    ['规范性文件备案.csv', 'documents'],
    ['enforcement_reviews.csv', 'enforcement_reviews'],
    ['2019-safety_incidents.csv', 'safety_incidents'],
    ['生產安全事故.xlsx', 'safety_incidents'],
    ['重大行政决策.csv', 'decisions'],
    ['营商环境测评.csv', 'business_environment'],
    ['經濟社會指標.csv', 'economy'],
    ['units.csv', 'units'],
    ['單位名錄.csv', 'units'],
    ['activities.csv', 'activities'],
    ['data/2019/reconsideration.csv', 'reconsideration'],
  ])('recognizeDataset knows %s by its name as %s', (name, dataset) => {
    expect(recognizeDataset(name, [])).toEqual({ dataset, by: 'name' });
  });
  it('recognizeDataset prefers the longest stem (行政複議 over 行政 prefixes; reconsideration_decisions is reconsideration)', () => {
    expect(recognizeDataset('reconsideration_decisions.csv', [])?.dataset).toBe('reconsideration');
  });
  it('recognizeDataset falls back to the headers, requiring every required column', () => {
    expect(recognizeDataset('export.csv', ['案號', '被告單位', '立案日期'])).toEqual({ dataset: 'litigation', by: 'headers' });
    expect(recognizeDataset('export.csv', ['案號', '被申請人', '受理日期'])).toEqual({ dataset: 'reconsideration', by: 'headers' });
    expect(recognizeDataset('sheet1.csv', ['事故编号', '发生日期', '死亡人数'])).toEqual({ dataset: 'safety_incidents', by: 'headers' });
  });
  it('recognizeDataset returns null when neither name nor headers tell', () => {
    expect(recognizeDataset('export.csv', ['姓名', '電話'])).toBeNull();
    expect(recognizeDataset('community.csv', ['案號'])).toBeNull();
  });
});
