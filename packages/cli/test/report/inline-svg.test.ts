import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape-html.ts';
import { inlineSvg } from '../../src/report/inline-svg.ts';

describe('inlineSvg', () => {
  it('prefixes every id and every reference to it, so two inlined charts never share a clip path', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="clip1"><rect/></clipPath></defs>'
      + '<g clip-path="url(#clip1)"><use href="#clip1"/></g></svg>';
    const a = inlineSvg(svg, 'c1-');
    const b = inlineSvg(svg, 'c2-');
    expect(a).toBe('<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="c1-clip1"><rect/></clipPath></defs>'
      + '<g clip-path="url(#c1-clip1)"><use href="#c1-clip1"/></g></svg>');
    expect(b).toContain('id="c2-clip1"');
    expect(b).not.toContain('"clip1"');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('苏州工业园区')).toBe('苏州工业园区');
  });
});
