/**
 * The charts' font stack, CJK first: Noto Sans CJK (the fonts Debian's
 * `fonts-noto-cjk` installs and the renderer embeds), then the system CJK
 * fonts of macOS and Windows, then any sans-serif.
 *
 * @example
 * FONT_STACK.startsWith('"Noto Sans CJK SC"'); // true
 */
export const FONT_STACK = '"Noto Sans CJK SC", "Noto Sans CJK TC", "PingFang SC", "Microsoft YaHei", "Source Han Sans", sans-serif';
