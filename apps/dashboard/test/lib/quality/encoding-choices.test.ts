import { describe, expect, it } from 'vitest';
import { ENCODING_CHOICES, encodingLabel } from '../../../src/lib/quality/encoding-choices.ts';

describe('ENCODING_CHOICES', () => {
  it('are all labels TextDecoder knows', () => {
    for (const label of ENCODING_CHOICES) expect(() => new TextDecoder(label), label).not.toThrow();
  });
});

describe('encodingLabel', () => {
  it('names the encoding in upper case with the BOM apart', () => {
    expect(encodingLabel('utf-8-bom')).toEqual({ name: 'UTF-8', bom: true });
    expect(encodingLabel('gb18030')).toEqual({ name: 'GB18030', bom: false });
    expect(encodingLabel('utf-16le')).toEqual({ name: 'UTF-16LE', bom: false });
  });

  it('is null for a workbook, which has no text encoding', () => {
    expect(encodingLabel(null)).toBeNull();
  });
});
