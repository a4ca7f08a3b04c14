/**
 * The `$schema` of every spec: vega-lite 6.
 *
 * @example
 * yearlyComparisonSpec(rows, o).$schema === VEGA_LITE_SCHEMA; // true
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
