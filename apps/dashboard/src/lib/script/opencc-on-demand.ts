// The dashboard's Traditional ⇄ Simplified converter, loaded when first needed. @fazhi/core converts with opencc-js
// (`opencc-js/t2cn`, `opencc-js/cn2t`), whose dictionaries are over a megabyte of text: bundled statically they made
// most of the first screen's script. vite.config.ts points those two imports at opencc-t2cn.ts and opencc-cn2t.ts,
// which hand out converters built from the dictionaries this module loads (`loadOpenCC`, a separate chunk). The page
// and the load worker await `loadOpenCC()` before any data is read or shown, which is when the first name is converted;
// a conversion before that is a programming error and throws.
import type { ConverterOptions } from 'opencc-js';

type Convert = (text: string) => string;
type Builder = (options: ConverterOptions) => Convert;
/** A direction of conversion: Traditional → Simplified (`t2cn`, a 95 KB chunk) or Simplified → Traditional (`cn2t`, 1.1 MB). */
type Direction = 't2cn' | 'cn2t';

const builders: Partial<Record<Direction, Builder>> = {};
const loads: Partial<Record<Direction, Promise<void>>> = {};

/**
 * Loads opencc-js's converter and the dictionaries of the directions asked
 * (default both; each once, later calls share the load). The load worker
 * needs Traditional → Simplified only (names are compared in Simplified).
 *
 * @example
 * await loadOpenCC(); // then core's schemeText, toSimplified, UnitRegistry… convert
 * await loadOpenCC(['t2cn']); // toSimplified only
 */
export function loadOpenCC(directions: readonly Direction[] = ['t2cn', 'cn2t']): Promise<void> {
  const load = (direction: Direction): Promise<void> =>
    (loads[direction] ??= Promise.all([import('opencc-js/core'), direction === 't2cn' ? import('opencc-js/preset/t2cn') : import('opencc-js/preset/cn2t')]).then(([core, preset]) => {
      builders[direction] = core.ConverterBuilder(preset);
    }));
  return Promise.all(directions.map(load)).then(() => undefined);
}

/**
 * opencc-js's `Converter` for one direction, on demand: the converter is
 * built on its first call, from the dictionaries {@link loadOpenCC} loaded.
 *
 * @example
 * const toCn = onDemandConverter('t2cn')({ from: 'tw', to: 'cn' });
 * toCn('行政訴訟'); // '行政诉讼', once loadOpenCC() has resolved
 */
export function onDemandConverter(direction: Direction): Builder {
  return (options) => {
    let convert: Convert | null = null;
    return (text) => {
      if (convert === null) {
        const build = builders[direction];
        if (build === undefined) throw new Error(`opencc-js (${direction}) converted "${text.slice(0, 20)}" before loadOpenCC() resolved`);
        convert = build(options);
      }
      return convert(text);
    };
  };
}
