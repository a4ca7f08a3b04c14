/**
 * Thrown when a file's bytes are not valid UTF-8 and decode plausibly as
 * neither GB18030 (GBK) nor Big5, so that no encoding can be chosen without
 * turning the file into nonsense. The loader reports it as `file.encoding`.
 *
 * @example
 * try { decodeBytes(bytes); } catch (error) { if (error instanceof EncodingError) error.offset; }
 */
export class EncodingError extends Error {
  constructor(
    /** Byte offset of the first byte that is not valid UTF-8. */
    readonly offset: number,
  ) {
    super(`not valid UTF-8 (byte offset ${offset}), nor GBK or Big5`);
    this.name = 'EncodingError';
  }
}
