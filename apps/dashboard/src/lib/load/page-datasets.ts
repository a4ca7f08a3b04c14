import type { DatasetTables } from '@fazhi/core';

/**
 * The datasets whose records the worker hands to the page: the small
 * registers (units, economy, business environment, activities) and the
 * safety incidents the monthly charts plot. The case-level datasets
 * (documents, litigation, reconsideration, enforcement reviews, decisions)
 * stay in the worker, summed up in the indicator rows: copying 200,000
 * litigation records to the page took about two seconds of frozen page in
 * Chromium, for records no view reads.
 */
export const PAGE_DATASETS = ['safety_incidents', 'units', 'economy', 'business_environment', 'activities'] as const satisfies readonly (keyof DatasetTables)[];

/** One of {@link PAGE_DATASETS}. */
export type PageDatasetId = (typeof PAGE_DATASETS)[number];

/** The records the page receives: those of {@link PAGE_DATASETS}. */
export type PageRecords = Pick<DatasetTables, PageDatasetId>;

/**
 * The page's share of a data set's records (the same arrays, not copies).
 *
 * @example
 * pageRecords(data.records).safety_incidents.length; // 64
 * 'litigation' in pageRecords(data.records); // false
 */
export function pageRecords(records: DatasetTables): PageRecords {
  return {
    safety_incidents: records.safety_incidents,
    units: records.units,
    economy: records.economy,
    business_environment: records.business_environment,
    activities: records.activities,
  };
}
