import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/display-width.ts';
import { textTable } from '../../src/format/text-table.ts';

describe('textTable', () => {
  it('textTable pads mixed CJK and ASCII cells so every column starts at the same display column', () => {
    const out = textTable(['指標', 'unit', 'value'], [['報備率', '*', '100.0%'], ['loss_rate', '司法局', '7.3%']], {
      align: ['left', 'left', 'right'],
    });
    const lines = out.split('\n');
    expect(lines).toHaveLength(4);
    // The third column ends at the same display column on every line (right-aligned).
    const widths = lines.map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    // The second column starts at the same display column on every data line.
    const starts = lines.slice(2).map((line) => {
      const cut = line.indexOf(line.includes('司法局') ? '司法局' : '*');
      return displayWidth(line.slice(0, cut));
    });
    expect(starts[0]).toBe(starts[1]);
    expect(lines[1]).toBe('---------  ------  ------');
  });
  it('textTable trims trailing spaces and prints only header and rule for no rows', () => {
    expect(textTable(['a', '名稱'], [])).toBe('a  名稱\n-  ----');
    expect(textTable(['name', 'x'], [['長名稱長名稱', '']])).toBe('name          x\n------------  -\n長名稱長名稱');
  });
});
