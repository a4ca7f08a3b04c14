/**
 * A file the user picked or dropped, with where it sat in a picked or
 * dropped folder (`2019/litigation.csv`; empty for a file picked alone).
 *
 * @example
 * const picked: PickedFile = { file, path: '2019/litigation.csv' };
 */
export interface PickedFile<F extends { name: string } = File> {
  file: F;
  /** Path inside the folder, `/`-separated, without a leading `/`; empty when the file was not in a folder. */
  path: string;
}
