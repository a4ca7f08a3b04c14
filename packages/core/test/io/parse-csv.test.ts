import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/parse-csv.ts';

describe('parseCsv', () => {
  it('parseCsv keeps blank lines as [""] rows so row numbers stay physical', () => {
    expect(parseCsv('a,b\n\n1,2\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });
  it('parseCsv keeps every cell a string (0012 stays 0012)', () => {
    expect(parseCsv('id,n\r\n0012,4,311\r\n')).toEqual([['id', 'n'], ['0012', '4', '311']]);
  });
  it('parseCsv reads quoted cells with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  });
  it('parseCsv guesses tab, semicolon and pipe delimiters', () => {
    expect(parseCsv('案號\t被告\n1\t司法局')).toEqual([['案號', '被告'], ['1', '司法局']]);
    expect(parseCsv('案號;被告\n1;司法局')).toEqual([['案號', '被告'], ['1', '司法局']]);
    expect(parseCsv('案號|被告\n1|司法局')).toEqual([['案號', '被告'], ['1', '司法局']]);
  });
  it('parseCsv reads text without a final line break to its last row', () => {
    expect(parseCsv('a\n1')).toEqual([['a'], ['1']]);
  });
});
