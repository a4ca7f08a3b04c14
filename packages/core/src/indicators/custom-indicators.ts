import { BUSINESS_SCORES } from './business.ts';
import type { CustomIndicator } from './custom-indicator.ts';
import { DEATHS_PER_GDP } from './safety.ts';

/**
 * The code behind every `custom` declaration of the catalogue: the GDP
 * ratio and the business-environment scores.
 *
 * @example
 * CUSTOM_INDICATORS.flatMap((c) => c.ids).length; // 4
 */
export const CUSTOM_INDICATORS: readonly CustomIndicator[] = [DEATHS_PER_GDP, BUSINESS_SCORES];
