// Stands in for `opencc-js/cn2t` in the dashboard's build (see opencc-on-demand.ts and vite.config.ts).
import { onDemandConverter } from './opencc-on-demand.ts';

/** opencc-js's Simplified → Traditional `Converter`, usable once `loadOpenCC()` has resolved. */
export const Converter = onDemandConverter('cn2t');
