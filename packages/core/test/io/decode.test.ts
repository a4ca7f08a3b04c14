import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.ts';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
/** `案號,被告單位,審級,立案日期\n(2019)蘇0591行初1號,司法局,一審,2019-05-10\n` in Big5. */
const BIG5 = hex('aed7b8b92cb351a769b3e6a6ec2cbc66afc52ca5dfaed7a4e9b4c10a283230313929c4ac30353931a6e6aaec31b8b92ca571aa6ba7bd2ca440bc662c323031392d30352d31300a');
/** `案号,被告单位,审级,立案日期\n(2019)苏0591行初1号,司法局,一审,2019-05-10\n` in GBK. */
const GBK = hex('b0b8bac52cb1bbb8e6b5a5cebb2cc9f3bcb62cc1a2b0b8c8d5c6da0a283230313929cbd530353931d0d0b3f531bac52ccbbeb7a8bed62cd2bbc9f32c323031392d30352d31300a');

describe('decodeBytes', () => {
  it('decodeBytes reads UTF-8 without a BOM as utf-8', () => {
    expect(decodeBytes(new TextEncoder().encode('案號,被告'))).toEqual({ text: '案號,被告', encoding: 'utf-8' });
  });
  it('decodeBytes strips a UTF-8 BOM and reports utf-8-bom', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('案號')]);
    expect(decodeBytes(bytes)).toEqual({ text: '案號', encoding: 'utf-8-bom' });
  });
  it('decodeBytes reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(hex('fffe4868f753'))).toEqual({ text: '案号', encoding: 'utf-16le' });
    expect(decodeBytes(hex('feff684853f7'))).toEqual({ text: '案号', encoding: 'utf-16be' });
  });
  it('decodeBytes reads GBK bytes without a BOM as gb18030 (案号 = B0 B8 BA C5)', () => {
    expect(decodeBytes(hex('b0b8bac5'))).toEqual({ text: '案号', encoding: 'gb18030' });
    const { text, encoding } = decodeBytes(GBK);
    expect(encoding).toBe('gb18030');
    expect(text.split('\n')[0]).toBe('案号,被告单位,审级,立案日期');
  });
  it('decodeBytes reads Big5 bytes as big5 although they also decode as GB18030', () => {
    const { text, encoding } = decodeBytes(BIG5);
    expect(encoding).toBe('big5');
    expect(text.split('\n')[1]).toBe('(2019)蘇0591行初1號,司法局,一審,2019-05-10');
  });
  it('decodeBytes tells Big5 from GBK by common characters when no score decides', () => {
    const big5 = hex('b169a4542cc4aca67ba475b77eb6e9b0cfa571aa6ba7bd2ca477b867b342b27aa7b9b2a60a');
    const gbk = hex('d5c5c8fd2ccbd5d6ddb9a4d2b5d4b0c7f8cbbeb7a8bed62cd2d1beadb4a6c0edcdeab1cf0a');
    expect(decodeBytes(big5)).toEqual({ text: '張三,蘇州工業園區司法局,已經處理完畢\n', encoding: 'big5' });
    expect(decodeBytes(gbk)).toEqual({ text: '张三,苏州工业园区司法局,已经处理完毕\n', encoding: 'gb18030' });
  });
  it("decodeBytes lets the caller's score decide between GB18030 and Big5", () => {
    const preferGarbage = (t: string) => (t.includes('偶') ? 1 : 0);
    expect(decodeBytes(hex('b0b8bac5'), { score: preferGarbage }).encoding).toBe('big5');
  });
  it('decodeBytes uses a forced encoding over detection', () => {
    expect(decodeBytes(hex('b0b8bac5'), { encoding: 'big5' })).toEqual({ text: '偶瘍', encoding: 'big5' });
    expect(decodeBytes(BIG5, { encoding: 'gb18030' }).encoding).toBe('gb18030');
  });
  it('decodeBytes keeps a genuine U+FFFD in valid UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('a\uFFFDb'))).toEqual({ text: 'a\uFFFDb', encoding: 'utf-8' });
  });
});
