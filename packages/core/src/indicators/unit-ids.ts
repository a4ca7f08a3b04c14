/**
 * Small integer ids for unit names, given in the order first seen, so that
 * several tallies of one dataset look each record's unit up once (one Map
 * lookup per record) and index their buckets by id.
 *
 * @example
 * const ids = new UnitIds();
 * ids.id('公安局'); // 0
 * ids.id('財政局'); // 1
 * ids.id('公安局'); // 0
 * ids.names; // ['公安局', '財政局']
 */
export class UnitIds {
  /** The unit names by id. */
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();

  /** The id of a unit name, a new one for a name not seen before. */
  id(name: string): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.byName.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** Writes the ids of `count` units into `out`, −1 for a null unit. */
  ids(units: readonly unknown[], count: number, out: Int32Array): void {
    for (let i = 0; i < count; i++) {
      const unit = units[i];
      out[i] = unit === null || unit === undefined ? -1 : this.id(unit as string);
    }
  }
}
