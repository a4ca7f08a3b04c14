import type { ChartLang } from '../chart-base.ts';

/**
 * A message of the renderer in the three chart languages.
 *
 * @example
 * const m: RenderMessage = renderMessages.noSystemCjkFont([]);
 * m['zh-Hant']; // '系統中找不到含中文字形的字型，…'
 */
export type RenderMessage = Readonly<Record<ChartLang, string>>;

/**
 * Every user-facing message of the headless renderer, in zh-Hant, zh-Hans
 * and en, in one place.
 *
 * @example
 * renderMessages.noSystemCjkFont([]).en.includes('fonts-noto-cjk'); // true
 */
export const renderMessages = {
  /** None of the font files given in `fontFiles` (listed in `checked`) covers Chinese. */
  noCjkFont: (checked: readonly string[]): RenderMessage => {
    const list = checked.join(', ');
    return {
      'zh-Hant': `指定的字型檔都不含中文字形，PNG 中的中文會顯示成空白方框：請在 fontFiles 中加入一個含中文的 .ttc/.otf/.ttf 檔，或不指定 fontFiles，改用 @fazhi/charts 隨附的字型（預設）。${list ? `已檢查：${list}。` : ''}`,
      'zh-Hans': `指定的字体文件都不含中文字形，PNG 中的中文会显示成空白方框：请在 fontFiles 中加入一个含中文的 .ttc/.otf/.ttf 文件，或不指定 fontFiles，改用 @fazhi/charts 附带的字体（默认）。${list ? `已检查：${list}。` : ''}`,
      en: `None of the font files given has Chinese characters, so Chinese text in the PNG would show as empty boxes: add a .ttc/.otf/.ttf file with Chinese characters to fontFiles, or leave fontFiles out to draw with the fonts that come with @fazhi/charts (the default).${list ? ` Checked: ${list}.` : ''}`,
    };
  },
  /** System fonts were asked for (`fonts: 'system'`) and no installed font covers Chinese; `checked` lists the files looked at. */
  noSystemCjkFont: (checked: readonly string[]): RenderMessage => {
    const list = checked.join(', ');
    return {
      'zh-Hant': `系統中找不到含中文字形的字型，PNG 中的中文會顯示成空白方框。請安裝 Noto Sans CJK：Debian/Ubuntu 執行 \`sudo apt-get install fonts-noto-cjk\`，其他系統從 https://github.com/notofonts/noto-cjk 下載；或改用 @fazhi/charts 隨附的字型（預設，不要求系統字型即可）。${list ? `已檢查：${list}。` : ''}`,
      'zh-Hans': `系统中找不到含中文字形的字体，PNG 中的中文会显示成空白方框。请安装 Noto Sans CJK：Debian/Ubuntu 执行 \`sudo apt-get install fonts-noto-cjk\`，其他系统从 https://github.com/notofonts/noto-cjk 下载；或改用 @fazhi/charts 附带的字体（默认，不要求系统字体即可）。${list ? `已检查：${list}。` : ''}`,
      en: `No installed font with Chinese characters was found, so Chinese text in the PNG would show as empty boxes. Install Noto Sans CJK: on Debian or Ubuntu run \`sudo apt-get install fonts-noto-cjk\`; elsewhere download it from https://github.com/notofonts/noto-cjk; or draw with the fonts that come with @fazhi/charts (the default: do not ask for system fonts).${list ? ` Checked: ${list}.` : ''}`,
    };
  },
  /** A font file given in `fontFiles` could not be read. */
  unreadableFontFile: (file: string, reason: string): RenderMessage => ({
    'zh-Hant': `無法讀取字型檔 ${file}：${reason}`,
    'zh-Hans': `无法读取字体文件 ${file}：${reason}`,
    en: `Cannot read the font file ${file}: ${reason}`,
  }),
} as const;
