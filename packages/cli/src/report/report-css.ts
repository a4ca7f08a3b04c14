/**
 * The font stack of the report, CJK first: Noto Sans CJK / Source Han Sans
 * (Debian's `fonts-noto-cjk`), then the system Chinese fonts of macOS and
 * Windows, then any sans-serif. Traditional Chinese pages put the TC faces
 * first (`:lang(zh-Hant)`), so that 說 and 戶 take Taiwan's glyph forms.
 *
 * @example
 * REPORT_FONTS.startsWith('"Noto Sans CJK SC"'); // true
 */
export const REPORT_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK TC", "Source Han Sans TC", "PingFang SC", "Microsoft YaHei", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

const TRADITIONAL_FONTS = '"Noto Sans CJK TC", "Source Han Sans TC", "Noto Sans CJK SC", "PingFang TC", "Microsoft JhengHei", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/**
 * The report's style sheet, inlined into `index.html`: a readable page on
 * screen, and for print an A4 page with 15 mm margins (`@page`), charts and
 * each unit's explanation never cut across pages (`break-inside: avoid`),
 * table headers repeated on every page (`thead { display:
 * table-header-group }`), headings kept with what follows them.
 *
 * @example
 * REPORT_CSS.includes('@page { size: A4; margin: 15mm; }'); // true
 */
export const REPORT_CSS = `
@page { size: A4; margin: 15mm; }
:root { --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --band: #f5f7fa; --accent: #1f5f99; }
html { font-family: ${REPORT_FONTS}; color: var(--ink); font-size: 10.5pt; line-height: 1.65; }
html:lang(zh-Hant) { font-family: ${TRADITIONAL_FONTS}; }
body { max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-size: 20pt; margin: 0 0 0.4em; color: var(--accent); }
h2 { font-size: 14pt; margin: 1.8em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--accent); }
h3 { font-size: 11.5pt; margin: 1.2em 0 0.4em; }
h4 { font-size: 10.5pt; margin: 0.8em 0 0.2em; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0.4em 0; }
.lead { font-size: 11pt; }
.stamp, .seed, figcaption, .note { color: var(--muted); font-size: 8.5pt; }
nav ol { columns: 2; margin: 0.3em 0; }
nav a { color: var(--ink); text-decoration: none; }
figure.chart { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; text-align: center; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { margin-top: 0.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 8.5pt; line-height: 1.4; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; background: var(--band); border-bottom: 1px solid var(--muted); }
th, td { padding: 3px 6px; vertical-align: top; }
td { border-bottom: 1px solid var(--rule); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.up { color: #1a7f37; } .down { color: #b42318; }
article.unit { break-inside: avoid; page-break-inside: avoid; margin: 0.6em 0 1em; }
article.unit ul { margin: 0.2em 0; padding-left: 1.4em; }
.flag { color: #b42318; }
@media print {
  body { padding: 0; max-width: none; }
  nav { break-after: page; page-break-after: always; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
