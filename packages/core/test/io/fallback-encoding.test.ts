import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.ts';
import { EncodingError } from '../../src/io/encoding-error.ts';
import { fallbackEncoding } from '../../src/io/legacy-encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('fallbackEncoding', () => {
  it('fallbackEncoding(bytes) keeps GBK and Big5 exports, with Chinese or ASCII headers, as before', () => {
    const text = '案號,被告單位\n(2019)蘇0591行初1號,蘇州工業園區司法局\n(2019)蘇0591行初2號,綜合行政執法局\n';
    expect(fallbackEncoding(new Uint8Array(iconv.encode(text, 'gbk')))).toBe('gb18030');
    expect(fallbackEncoding(new Uint8Array(iconv.encode(text, 'big5')))).toBe('big5');
    expect(fallbackEncoding(new Uint8Array(iconv.encode(text.replace('案號,被告單位', 'case_no,unit'), 'gbk')))).toBe('gb18030');
  });

  it('fallbackEncoding(bytes) reads UTF-8 with a damaged byte as UTF-8, where GB18030 would garble every Chinese character', () => {
    const bytes = join(utf8('案號,被告單位\n(2019)1,唯'), Uint8Array.of(0xff), utf8('亭街道\n(2019)2,唯亭街道\n'));
    expect(fallbackEncoding(bytes)).toBe('utf-8');
    expect(decodeBytes(bytes)).toEqual({ text: '案號,被告單位\n(2019)1,唯\uFFFD亭街道\n(2019)2,唯亭街道\n', encoding: 'utf-8' });
  });

  it('fallbackEncoding(bytes) throws an EncodingError with the first invalid byte offset for Latin-1 text, rather than guess', () => {
    const bytes = join(utf8('case_no,unit\n1,Caf'), Uint8Array.of(0xe9), utf8(' M'), Uint8Array.of(0xfc), utf8('ller\n'));
    expect(() => fallbackEncoding(bytes)).toThrow(EncodingError);
    try {
      decodeBytes(bytes);
    } catch (error) {
      expect((error as EncodingError).offset).toBe(18);
    }
  });
});
