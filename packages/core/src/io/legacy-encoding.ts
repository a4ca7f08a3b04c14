import { EncodingError } from './encoding-error.ts';
import { firstInvalidUtf8 } from './first-invalid-utf8.ts';

/** Common characters of rule-of-law records in both scripts; GB18030 read from Big5 bytes (or the reverse) yields few of them. */
const COMMON = new Set('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严案诉讼审告承裁判败负责庭申请延序简普执卷评编策险估讨录故街域死亡伤损失亿营环境测佳差换范培训宣印核予补纠這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書覆兒須際驗連斷難備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴訴訟審敗負責複請簡執評編險討錄傷損億營環測換範訓補糾');
const SAMPLE_BYTES = 64 * 1024;

/**
 * The legacy Chinese code page of bytes that are not UTF-8: both GB18030
 * and Big5 decode Chinese bytes without error, so both are tried on the
 * first 64 KB and the one the caller's `score` prefers wins, then the one
 * with the larger share of common Chinese characters (GB18030 on a tie).
 *
 * @example
 * legacyEncoding(Uint8Array.from([0xb0, 0xb8, 0xba, 0xc5])); // 'gb18030' (案号)
 */
export function legacyEncoding(bytes: Uint8Array, score?: (text: string) => number): 'gb18030' | 'big5' {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const gb = new TextDecoder('gb18030').decode(sample);
  const big5 = new TextDecoder('big5').decode(sample);
  return prefer(big5, gb, score) ? 'big5' : 'gb18030';
}

/** Bytes either side of the first invalid UTF-8 byte looked at to tell a damaged UTF-8 file from a legacy one. */
const WINDOW_BYTES = 32 * 1024;
/** Below this share of common Chinese characters, a legacy decoding with no known header is nonsense. */
const PLAUSIBLE_SHARE = 0.1;

/**
 * The encoding of bytes that are not valid UTF-8 (and have no BOM):
 * `utf-8` when they are UTF-8 with a few damaged bytes — around the first
 * invalid byte, valid multi-byte characters outnumber the invalid ones two
 * to one, and the first lines name at least as many known headers as
 * UTF-8 as in either legacy code page — else {@link legacyEncoding}'s
 * choice, when it names more known headers than UTF-8 does or the text
 * around the first invalid byte reads as Chinese in it (at least 10 %
 * common Chinese characters); else (Latin-1, damaged or random bytes) an
 * {@link EncodingError} is thrown rather than a guess made.
 *
 * @example
 * fallbackEncoding(Uint8Array.of(0xb0, 0xb8, 0xba, 0xc5)); // 'gb18030' (案号)
 */
export function fallbackEncoding(bytes: Uint8Array, score?: (text: string) => number): 'utf-8' | 'gb18030' | 'big5' {
  const offset = Math.max(0, firstInvalidUtf8(bytes));
  const window = bytes.subarray(Math.max(0, offset - WINDOW_BYTES), offset + WINDOW_BYTES);
  let bad = 0;
  let nonAscii = 0;
  for (const ch of new TextDecoder('utf-8').decode(window)) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\uFFFD') bad++;
  }
  const legacy = legacyEncoding(bytes, score);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const legacyScore = score ? score(new TextDecoder(legacy).decode(sample)) : 0;
  const utf8Score = score ? score(new TextDecoder('utf-8').decode(sample)) : 0;
  if (nonAscii - bad >= 2 * bad && utf8Score >= legacyScore) return 'utf-8';
  // Chinese headers that only the legacy decoding reads settle it; otherwise the text around the first invalid byte must look Chinese.
  if (legacyScore > utf8Score) return legacy;
  if (commonShare(new TextDecoder(legacy).decode(window)) < PLAUSIBLE_SHARE) throw new EncodingError(offset);
  return legacy;
}

/** True when candidate `a` is a strictly better decoding than `b`. */
function prefer(a: string, b: string, score: ((text: string) => number) | undefined): boolean {
  if (score) {
    const sa = score(a);
    const sb = score(b);
    if (sa !== sb) return sa > sb;
  }
  return commonShare(a) > commonShare(b);
}

/** Share of non-ASCII characters that are common Chinese characters; replacement characters count against. */
function commonShare(text: string): number {
  let nonAscii = 0;
  let common = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\uFFFD') common -= 2;
    else if (COMMON.has(ch)) common++;
  }
  return nonAscii === 0 ? 0 : common / nonAscii;
}
