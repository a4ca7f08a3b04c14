import { INDICATOR_CATALOGUE, type CatalogueEntry, type IndicatorId } from '../../indicators/catalogue.ts';

const BY_ID = new Map<string, CatalogueEntry>(INDICATOR_CATALOGUE.map((e) => [e.id, e]));

/**
 * The catalogue entry of an indicator id. Throws for an id outside the
 * catalogue: `checkScheme` rejects such schemes, so reaching it is a
 * programmer error.
 *
 * @example
 * indicatorEntry('litigation.lost_cases').kind; // 'count'
 */
export function indicatorEntry(id: IndicatorId): CatalogueEntry {
  const entry = BY_ID.get(id);
  if (entry === undefined) throw new Error(`unknown indicator ${JSON.stringify(id)}`);
  return entry;
}
