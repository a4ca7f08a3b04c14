import { Resvg } from '@resvg/resvg-js';
import type { ChartLang } from '../chart-base.ts';
import { findCjkFont } from './find-cjk-font.ts';
import type { FontSource } from './font-source.ts';
import { bundledFontFiles } from './bundled-font-files.ts';
import { narrowMinus } from './narrow-minus.ts';

/**
 * Options of {@link svgToPng} and renderPng.
 *
 * @example
 * const o: SvgToPngOptions = { scale: 3, lang: 'zh-Hant' };
 * const installed: SvgToPngOptions = { fonts: 'system' };
 * const given: SvgToPngOptions = { fontFiles: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'] };
 */
export interface SvgToPngOptions {
  /** Pixels per SVG unit; default 2 (sharp on high-density screens and in print). */
  scale?: number;
  /** Font files to draw text with, one of them covering Chinese; they win over `fonts`. Default: none. */
  fontFiles?: string[];
  /** `bundled`: the fonts that come from npm with `@fazhi/charts`, the same PNG on every machine; `system`: an installed CJK font (see findCjkFont). Default `bundled`. */
  fonts?: FontSource;
  /** Prefer the Traditional (zh-Hant) or Simplified face of the CJK font, and the language of the error message; default: the Simplified face, errors in English. */
  lang?: ChartLang;
}

/**
 * Rasterises an SVG to PNG bytes with resvg at `scale` (default 2×), drawing
 * text with a CJK font so no Chinese character falls back to an empty box:
 * by default the fonts bundled from npm (Noto Sans Hans/Hant, DejaVu Sans for
 * ➚), never an installed one, so the bytes do not depend on the machine. The
 * CJK family is also the default and the `sans-serif`/`serif` family, which
 * the charts' font stack ends in. With the bundled fonts, minus signs are
 * drawn in DejaVu Sans (see narrowMinus): the bundled CJK fonts' minus is a
 * dash 1 em wide. Throws MissingCjkFontError only with `fonts: 'system'` or
 * `fontFiles`, when no font covering Chinese is found.
 *
 * @example
 * const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text y="15">法治</text></svg>');
 * pngSize(png); // { width: 80, height: 40 }
 */
export function svgToPng(svg: string, o: SvgToPngOptions = {}): Uint8Array {
  const { scale = 2, fontFiles, fonts = 'bundled', lang } = o;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`invalid scale: ${scale} (a positive number)`);
  const font = findCjkFont({ ...(fontFiles && { fontFiles }), fonts, ...(lang && { lang }) });
  const drawn = fonts === 'bundled' && fontFiles === undefined ? narrowMinus(svg, bundledFontFiles().symbols.family) : svg;
  const resvg = new Resvg(drawn, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: font.files,
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
      serifFamily: font.family,
    },
    logLevel: 'off',
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
