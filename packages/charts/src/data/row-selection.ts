/**
 * Which rows of an indicator a chart shows when it has several per unit ×
 * year (the business environment's dimension and item scores).
 *
 * @example
 * const select: RowSelection = { dimension: '开办企业' };
 */
export interface RowSelection {
  /** Only rows of this dimension (一級指標); default: any dimension. */
  dimension?: string;
  /** Only rows of this item (二級指標); default: any item. */
  item?: string;
}
