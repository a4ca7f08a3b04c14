import type { DatasetSchema } from './dataset-schema.ts';
import type { DatasetId } from './records.ts';
import { activitiesSchema } from './activities.ts';
import { businessEnvironmentSchema } from './business-environment.ts';
import { decisionsSchema } from './decisions.ts';
import { documentsSchema } from './documents.ts';
import { economySchema } from './economy.ts';
import { enforcementReviewsSchema } from './enforcement-reviews.ts';
import { litigationSchema } from './litigation.ts';
import { reconsiderationSchema } from './reconsideration.ts';
import { safetyIncidentsSchema } from './safety-incidents.ts';
import { unitsSchema } from './units.ts';

/**
 * The schema of every dataset, by id.
 *
 * @example
 * DATASET_SCHEMAS.litigation.columns.length; // 11
 */
export const DATASET_SCHEMAS: { readonly [K in DatasetId]: DatasetSchema<K> } = {
  documents: documentsSchema,
  litigation: litigationSchema,
  reconsideration: reconsiderationSchema,
  enforcement_reviews: enforcementReviewsSchema,
  decisions: decisionsSchema,
  safety_incidents: safetyIncidentsSchema,
  economy: economySchema,
  business_environment: businessEnvironmentSchema,
  units: unitsSchema,
  activities: activitiesSchema,
};
