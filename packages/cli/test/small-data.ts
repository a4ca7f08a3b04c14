/**
 * A small, clean data set in the input contract of DATA.md (canonical English
 * headers), written into temp folders by the command tests: two years of
 * safety incidents (for year-on-year rows), litigation with a unit name that
 * holds a comma (for CSV quoting), documents with a zero denominator, and
 * business-environment measurements (rows with dimension and item).
 *
 * @example
 * const dir = tempData(SMALL_DATA);
 */
export const SMALL_DATA: Record<string, string> = {
  'litigation.csv': [
    'case_no,unit,instance,filed_on,hearing_held,heard_on,head_appeared,concluded_on,outcome',
    '（2019）苏0591行初1号,司法局,一审,2019-03-01,是,2019-04-10,是,2019-06-01,驳回诉讼请求',
    '（2019）苏0591行初2号,"司法局,法制科",一审,2019-03-05,是,2019-04-12,否,2019-07-01,撤销',
    '(2018)苏0591行初9号,苏州工业园区管理委员会,一审,2018-05-01,否,,,2018-09-01,准予撤诉',
  ].join('\n') + '\n',
  'safety_incidents.csv': [
    'incident_no,occurred_on,unit,sector,deaths',
    'S2018-1,2018-03-02,娄葑街道,工矿商贸,1',
    'S2018-2,2018-06-04,斜塘街道,道路运输,2',
    'S2019-1,2019-04-02,娄葑街道,工矿商贸,1',
  ].join('\n') + '\n',
  'documents.csv': [
    'doc_no,unit,issued_on,filing_required,filed_on',
    '苏园管规字〔2019〕1号,司法局,2019-02-01,否,',
    '苏园管规字〔2019〕2号,经济发展委员会,2019-03-01,是,2019-03-20',
  ].join('\n') + '\n',
  'business_environment.csv': [
    'year,unit,dimension,indicator,value,best,worst',
    '2019,,开办企业,开办企业程序,2,1,18',
    '2019,,开办企业,开办企业时间,1.5,0.5,100',
  ].join('\n') + '\n',
  'README.md': '# not data\n',
};

/** SMALL_DATA plus one safety incident whose required date cannot be read: an error-level issue, the row skipped. */
export const DATA_WITH_ERROR: Record<string, string> = {
  ...SMALL_DATA,
  'safety_incidents.csv': SMALL_DATA['safety_incidents.csv'] + 'S2019-2,not a date,唯亭街道,工矿商贸,0\n',
};
