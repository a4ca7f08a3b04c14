// Stands in for `opencc-js/t2cn` in the dashboard's build (see opencc-on-demand.ts and vite.config.ts).
import { onDemandConverter } from './opencc-on-demand.ts';

/** opencc-js's Traditional → Simplified `Converter`, usable once `loadOpenCC()` has resolved. */
export const Converter = onDemandConverter('t2cn');
