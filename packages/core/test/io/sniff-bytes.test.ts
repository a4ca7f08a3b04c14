import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../src/io/sniff-bytes.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('sniffBytes', () => {
  it('sniffBytes(bytes) calls CSV text in UTF-8, GBK, UTF-16 with a BOM, and text with a stray NUL or two, text', () => {
    expect(sniffBytes(bytes('案號,被告單位\n1,司法局\n'))).toBe('text');
    expect(sniffBytes(bytes([0xb0, 0xb8, 0xba, 0xc5, 0x2c, 0x0a]))).toBe('text');
    expect(sniffBytes(bytes([0xff, 0xfe, 0x48, 0x68, 0x2c, 0x00]))).toBe('text');
    expect(sniffBytes(bytes('案號,被告單位\n1,唯亭', [0], '街道\n'))).toBe('text');
    expect(sniffBytes(new Uint8Array())).toBe('text');
  });

  it('sniffBytes(bytes) recognises formats by their magic numbers, whatever the file is named', () => {
    expect(sniffBytes(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('xls');
    expect(sniffBytes(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0], '[Content_Types].xml', [0, 0], 'xl/workbook.xml'))).toBe('xlsx');
    expect(sniffBytes(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'word/document.xml'))).toBe('zip');
    expect(sniffBytes(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffBytes(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image');
    expect(sniffBytes(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
    expect(sniffBytes(bytes('GIF89a'))).toBe('image');
    expect(sniffBytes(bytes([0x1f, 0x8b, 0x08]))).toBe('archive');
    expect(sniffBytes(bytes('Rar!', [0x1a, 0x07, 0x00]))).toBe('archive');
    expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], '  <HTML><table>'))).toBe('html');
    expect(sniffBytes(bytes('<?xml version="1.0"?><Workbook>'))).toBe('html');
  });

  it('sniffBytes(bytes) calls bytes with more than 8 control bytes making over 1 % of the first 64 KB binary', () => {
    expect(sniffBytes(bytes('a,b\n', Array(9).fill(0), '1,2\n'))).toBe('binary');
    expect(sniffBytes(bytes('a,b\n', Array(8).fill(1), '1,2\n'))).toBe('text');
    // UTF-16 without a BOM is half NUL bytes.
    expect(sniffBytes(bytes([0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0, 0x31, 0, 0x2c, 0, 0x32, 0, 0x0a, 0, 0x33, 0, 0x0a, 0]))).toBe('binary');
    const sparse = new Uint8Array(64 * 1024).fill(0x61);
    for (let i = 0; i < 100; i++) sparse[i * 600] = 0;
    expect(sniffBytes(sparse)).toBe('text');
  });
});
