import { BUSINESS_SCORES_SQL } from './custom/business-scores-sql.ts';
import { DEATHS_PER_GDP_SQL } from './custom/deaths-per-gdp-sql.ts';
import type { CustomSql } from './custom-sql.ts';

/**
 * The SQL of every `custom` declaration of the catalogue, written by hand
 * beside their JavaScript code: the GDP ratio and the business-environment
 * scores.
 *
 * @example
 * CUSTOM_SQLS.flatMap((c) => c.ids).length; // 4
 */
export const CUSTOM_SQLS: readonly CustomSql[] = [DEATHS_PER_GDP_SQL, BUSINESS_SCORES_SQL];
