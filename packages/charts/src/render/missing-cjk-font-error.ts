import type { ChartLang } from '../chart-base.ts';
import type { RenderMessage } from './render-messages.ts';

/**
 * Thrown by the PNG renderer when system fonts were asked for (`fonts:
 * 'system'`) and none covers Chinese, or when the `fontFiles` given have no
 * Chinese or cannot be read; never with the bundled fonts (the default). Its
 * `message` says, in plain words and in the requested language, what to
 * install or pass instead; `messages` holds all three.
 *
 * @example
 * try { svgToPng(svg, { fontFiles: ['/nowhere.ttc'] }); }
 * catch (e) { if (e instanceof MissingCjkFontError) console.error(e.messages['zh-Hans']); }
 */
export class MissingCjkFontError extends Error {
  /** The message in every chart language. */
  readonly messages: RenderMessage;

  /**
   * @param messages the message in every chart language
   * @param lang the language of `message`; default en
   */
  constructor(messages: RenderMessage, lang: ChartLang | undefined = 'en') {
    super(messages[lang ?? 'en']);
    this.name = 'MissingCjkFontError';
    this.messages = messages;
  }
}
