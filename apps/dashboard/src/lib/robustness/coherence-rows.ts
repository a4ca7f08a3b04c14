import type { Lang, StatisticalCoherence } from '@fazhi/core';
import { formatValue } from '../i18n/format.ts';

/** The coherence table's figures, formatted for the screen. */
export interface CoherenceRows {
  /** Per dimension (scheme order) its name and α ("—" with fewer than 2 items or 3 complete units), then all items. */
  alpha: { name: string; alpha: string }[];
  /** Per item its dimension, name and Pearson correlation with its dimension. */
  items: { dimension: string; item: string; r: string }[];
  /** The principal components: eigenvalue and share of variance (cumulative in brackets). */
  components: { eigenvalue: string; share: string }[];
  /** The flags in words. */
  flags: string[];
}

/**
 * The statistical coherence of a robustness report as the Robustness view's
 * table prints it: Cronbach's α per dimension and overall, each item's
 * correlation with its own dimension, the principal components' eigenvalues
 * and shares, and the flags in the language. Missing figures print as "—".
 *
 * @example
 * coherenceRows(report.coherence, 'en').alpha.at(-1); // { name: 'All items', alpha: '0.41' }
 */
export function coherenceRows(coherence: StatisticalCoherence, lang: Lang, overallName: string): CoherenceRows {
  const x = (v: number | null | undefined): string => formatValue(v, lang, { digits: 2 });
  const dimensionName = new Map(coherence.dimensions.map((d) => [d.id, d.name[lang]]));
  const dimensionIndex = new Map(coherence.dimensions.map((d, i) => [d.id, i]));
  return {
    alpha: [...coherence.dimensions.map((d, i) => ({ name: d.name[lang], alpha: x(coherence.alpha.dimensions[i]) })), { name: overallName, alpha: x(coherence.alpha.overall) }],
    items: coherence.items.map((item, k) => ({
      dimension: dimensionName.get(item.dimension) ?? item.dimension,
      item: item.name[lang],
      r: x(coherence.pearson.itemDimension[k]?.[dimensionIndex.get(item.dimension) ?? -1]),
    })),
    components: (coherence.pca?.eigenvalues ?? []).map((e, i) => ({
      eigenvalue: x(e),
      share: `${formatValue(coherence.pca!.shares[i], lang, { percent: true })} (${formatValue(coherence.pca!.cumulative[i], lang, { percent: true })})`,
    })),
    flags: coherence.flags.map((f) => f.message[lang]),
  };
}
