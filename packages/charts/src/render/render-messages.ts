import type { ChartLang } from '../chart-base.ts';

/**
 * A message of the renderer in the three chart languages.
 *
 * @example
 * const m: RenderMessage = renderMessages.noCjkFont([]);
 * m['zh-Hant']; // '找不到含中文字形的字型，…'
 */
export type RenderMessage = Readonly<Record<ChartLang, string>>;

/**
 * Every user-facing message of the headless renderer, in zh-Hant, zh-Hans
 * and en, in one place.
 *
 * @example
 * renderMessages.noCjkFont([]).en.includes('fonts-noto-cjk'); // true
 */
export const renderMessages = {
  /** No font that covers Chinese was found among `checked` (the files looked at). */
  noCjkFont: (checked: readonly string[]): RenderMessage => {
    const list = checked.length === 0 ? '' : checked.join(', ');
    return {
      'zh-Hant': `找不到含中文字形的字型，PNG 中的中文會顯示成空白方框。請安裝 Noto Sans CJK：Debian/Ubuntu 執行 \`sudo apt-get install fonts-noto-cjk\`，其他系統從 https://github.com/notofonts/noto-cjk 下載；或以 fontFiles 指定一個含中文的 .ttc/.otf/.ttf 檔。${list ? `已檢查：${list}。` : ''}`,
      'zh-Hans': `找不到含中文字形的字体，PNG 中的中文会显示成空白方框。请安装 Noto Sans CJK：Debian/Ubuntu 执行 \`sudo apt-get install fonts-noto-cjk\`，其他系统从 https://github.com/notofonts/noto-cjk 下载；或以 fontFiles 指定一个含中文的 .ttc/.otf/.ttf 文件。${list ? `已检查：${list}。` : ''}`,
      en: `No font with Chinese characters was found, so Chinese text in the PNG would show as empty boxes. Install Noto Sans CJK: on Debian or Ubuntu run \`sudo apt-get install fonts-noto-cjk\`; elsewhere download it from https://github.com/notofonts/noto-cjk; or pass fontFiles with a .ttc/.otf/.ttf file that has Chinese characters.${list ? ` Checked: ${list}.` : ''}`,
    };
  },
  /** A font file given in `fontFiles` could not be read. */
  unreadableFontFile: (file: string, reason: string): RenderMessage => ({
    'zh-Hant': `無法讀取字型檔 ${file}：${reason}`,
    'zh-Hans': `无法读取字体文件 ${file}：${reason}`,
    en: `Cannot read the font file ${file}: ${reason}`,
  }),
} as const;
