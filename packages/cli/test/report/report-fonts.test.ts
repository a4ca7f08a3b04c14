import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledFontFiles, findCjkFont, MissingCjkFontError } from '@fazhi/charts/render';
import { afterAll, describe, expect, it } from 'vitest';
import { reportMessages } from '../../src/messages.ts';
import { findChromium } from '../../src/report/find-chromium.ts';
import { printFonts } from '../../src/report/print-fonts.ts';
import { printPdf } from '../../src/report/print-pdf.ts';
import { runCli } from '../capture-io.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'fazhi-report-fonts-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const systemFont = (): boolean => {
  try {
    findCjkFont({ fonts: 'system' });
    return true;
  } catch (e) {
    if (e instanceof MissingCjkFontError) return false;
    throw e;
  }
};

describe('fazhi report and fonts', () => {
  it('documents --system-fonts in its help, in every language', async () => {
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) expect(reportMessages.reportHelp()[lang]).toMatch(/\[--system-fonts\][\s\S]*\n {6}--system-fonts {4}/);
    expect((await runCli(['report', '--help'], { cwd: root })).stdout).toContain('--system-fonts    draw the PNGs and the PDF with an installed CJK font');
  });
  it.runIf(!systemFont())('with --system-fonts and no CJK font installed, exits 1 at once, writes nothing and says what to install or leave out', async () => {
    const out = join(temp, 'system');
    const run = await runCli(['report', '--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-example-2019.yaml', '--out', out, '--system-fonts'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^fazhi: --system-fonts: No installed font with Chinese characters was found.*fonts-noto-cjk.*Nothing was written; leave out --system-fonts/s);
    expect(run.stderr).not.toContain(reportMessages.loading().en);
    expect(existsSync(out)).toBe(false);
  });
  it('when one PNG cannot be written, names that file, keeps the chart in the report, writes the rest and exits 1', async () => {
    const out = join(temp, 'png-blocked');
    mkdirSync(join(out, 'charts', 'ranking-total-2019.png'), { recursive: true }); // a folder where the PNG would go
    const run = await runCli(['report', '--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-example-2019.yaml', '--years', '2018,2019', '--out', out], { cwd: root });
    expect(run.status).toBe(1);
    const path = join(out, 'charts', 'ranking-total-2019.png');
    expect(run.stderr).toContain(`fazhi: ${path} was not written (`);
    expect(run.stderr).toContain('only this PNG file is missing; the chart is in the report and its SVG was written');
    expect(run.stderr).toMatch(/fazhi: 1 PNG file\(s\) not written \(see above\): exit status 1\n$/);
    expect(run.stderr).not.toContain('left out of the report');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('charts/ranking-total-2019.svg');
    expect(readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.png'))).toHaveLength(16); // 15 PNGs and the folder
    expect(readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.svg'))).toHaveLength(16);
  }, 120_000);
  it('says of a PNG that could not be written that only that file is missing, not the chart', () => {
    const m = reportMessages.pngFailed('out/charts/ranking-total-2019.png', 'ENOSPC');
    expect(m.en).toBe('out/charts/ranking-total-2019.png was not written (ENOSPC): only this PNG file is missing; the chart is in the report and its SVG was written');
    expect(m['zh-Hans']).toMatch(/^未写入 out\/charts\/ranking-total-2019\.png（ENOSPC）：只缺这个 PNG 文件/);
    expect(reportMessages.chartFailed('x', 'y').en).toContain('left out of the report');
  });
  const chromium = findChromium(process.env);
  it.runIf(chromium.kind === 'found')('printPdf prints with the bundled fonts served to the page, and refuses when a font cannot be loaded, naming it', async () => {
    const html = join(temp, 'page.html');
    writeFileSync(html, '<!DOCTYPE html><html lang="zh-Hant"><body><p>法治 說骨 ➚</p></body></html>');
    const path = chromium.kind === 'found' ? chromium.path : '';
    await printPdf(html, join(temp, 'page.pdf'), path, { fonts: printFonts(bundledFontFiles()) });
    expect(readFileSync(join(temp, 'page.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const gone = { faces: '@font-face { font-family: "gone"; src: url("https://fonts.fazhi.invalid/gone.otf"); }', stacks: 'html { font-family: "gone"; }', files: new Map() };
    await expect(printPdf(html, join(temp, 'gone.pdf'), path, { fonts: gone })).rejects.toThrow(/Chromium could not load the font\(s\) gone/);
  }, 60_000);
});
