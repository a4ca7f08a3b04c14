/**
 * Where the PNG renderer takes its fonts from: `bundled`, the fonts that come
 * with `@fazhi/charts` from npm (Noto Sans Hans and Hant, DejaVu Sans; the
 * same bytes on every machine, so the same PNG), or `system`, a CJK font
 * installed on the machine (Noto Sans CJK, WenQuanYi, PingFang, Microsoft
 * YaHei …).
 *
 * @example
 * FONT_SOURCES; // ['bundled', 'system']
 */
export const FONT_SOURCES = ['bundled', 'system'] as const;

/**
 * One of {@link FONT_SOURCES}.
 *
 * @example
 * const fonts: FontSource = 'system';
 */
export type FontSource = (typeof FONT_SOURCES)[number];

/**
 * Whether a value is one of {@link FONT_SOURCES}.
 *
 * @example
 * isFontSource('system'); // true
 * isFontSource('System'); // false
 */
export function isFontSource(value: unknown): value is FontSource {
  return (FONT_SOURCES as readonly unknown[]).includes(value);
}
