import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec, NonNormalizedSpec, UnitSpecWithFrame } from 'vega-lite/types_unstable/spec/index.js';

/**
 * A view inside a chart: a unit, a layer or a concatenation (vega-lite's
 * non-normalized spec, without the top-level properties).
 *
 * @example
 * const view: ViewSpec = { mark: 'bar', encoding: { x: { field: 'value', type: 'quantitative' } } };
 */
export type ViewSpec = NonNormalizedSpec;

/**
 * A layered view.
 *
 * @example
 * const layer: LayerView = { layer: [{ mark: 'bar' }, { mark: 'text' }] };
 */
export type LayerView = LayerSpec<Field>;

/**
 * A mark with its encoding (and, outside a layer, its size).
 *
 * @example
 * const unit: UnitView = { mark: 'rule', encoding: { y: { datum: 0.8 } } };
 */
export type UnitView = UnitSpecWithFrame<Field>;
