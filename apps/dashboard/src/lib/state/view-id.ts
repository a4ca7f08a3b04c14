/** The areas of the annual report, each with its own view. */
export const AREA_IDS = ['documents', 'litigation', 'reconsideration', 'enforcement', 'decisions', 'safety', 'business'] as const;
/** One area of the report. */
export type AreaId = (typeof AREA_IDS)[number];

/** Every view of the dashboard, in navigation order. `department` shows one unit (the route's `unit`). */
export const VIEW_IDS = ['overview', ...AREA_IDS, 'ranking', 'department', 'robustness', 'quality', 'scheme'] as const;
/** One view of the dashboard. */
export type ViewId = (typeof VIEW_IDS)[number];

/** True when the value names a view. */
export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

/** True when the view is one of the report's areas. */
export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}
