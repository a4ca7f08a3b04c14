/**
 * `@fazhi/charts/render`: headless rendering of the charts in Node (SVG with a
 * text measure right for Chinese, PNG at 2× with the CJK fonts bundled from
 * npm, or an installed font on request). Node only; the
 * dashboard renders in the browser with vega-embed and never imports this.
 *
 * @example
 * import { renderSvg, renderPng } from '@fazhi/charts/render';
 * const svg = await renderSvg(spec, { lang: 'zh-Hans' });
 * const png = await renderPng(spec); // 2×, Noto Sans Hans from npm
 * const png2 = await renderPng(spec, { fonts: 'system' }); // an installed CJK font
 *
 * @module
 */
export type { ChartLang } from '../chart-base.ts';
export { renderSvg, type RenderSvgOptions } from './render-svg.ts';
export { svgToPng, type SvgToPngOptions } from './svg-to-png.ts';
export { renderPng } from './render-png.ts';
export type { CjkFont } from './cjk-font.ts';
export { findCjkFont, type FindCjkFontOptions } from './find-cjk-font.ts';
export { bundledFontFiles, type BundledFontFiles, type BundledFamily } from './bundled-font-files.ts';
export { FONT_SOURCES, isFontSource, type FontSource } from './font-source.ts';
export { MissingCjkFontError } from './missing-cjk-font-error.ts';
export { renderMessages, type RenderMessage } from './render-messages.ts';
export { textWidth, AVERAGE_CHAR_WIDTH, type TextWidthOptions } from './text-width.ts';
export { isFullWidth } from './is-full-width.ts';
export { vegaTextWidth, type VegaTextItem } from './vega-text-width.ts';
export { readFontFaces, type FontFace } from './read-font-faces.ts';
export { pngSize, type PngSize } from './png-size.ts';
export { normalizeSvg } from './normalize-svg.ts';
export { narrowMinus } from './narrow-minus.ts';
