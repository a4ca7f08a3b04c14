import { describe, expect, it } from 'vitest';
import { normalizeSvg } from '../../src/render/normalize-svg.ts';

describe('normalizeSvg', () => {
  it('rounds decimals to 2 places, in attributes and path data, and writes -0 as 0', () => {
    expect(normalizeSvg('<path d="M0.5,0.5h300v110.00000000000001h-300Z" x="-0.0001" y="1.2246467991473532e-16"/>')).toBe('<path d="M0.5,0.5h300v110h-300Z" x="0" y="0"/>');
  });
  it('keeps integers, version numbers and URLs as they are', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="486">';
    expect(normalizeSvg(svg)).toBe(svg);
  });
  it('renumbers clip-path and gradient ids from 1 in order of appearance, references included', () => {
    expect(normalizeSvg('<clipPath id="clip12"/><clipPath id="clip9"/><g clip-path="url(#clip9)"/><linearGradient id="gradient_4"/>')).toBe(
      '<clipPath id="clip1"/>\n<clipPath id="clip2"/>\n<g clip-path="url(#clip2)"/>\n<linearGradient id="gradient_1"/>',
    );
  });
  it('puts one element per line', () => {
    expect(normalizeSvg('<g><text>司法局</text></g>')).toBe('<g>\n<text>司法局</text>\n</g>');
  });
});
