import { unzipSync } from 'fflate';

/**
 * How many times its own size an XLSX file may unpack to. A workbook is a
 * ZIP archive of XML files that compress about 10 to 12 times (measured on
 * exports of 1,000 to 200,000 rows); one whose entries declare far more is
 * damaged or built to exhaust memory, since the reader allocates each
 * entry's declared size before it inflates it.
 *
 * @example
 * MAX_XLSX_EXPANSION; // 64
 */
export const MAX_XLSX_EXPANSION = 64;

/**
 * The most bytes an XLSX file of `size` bytes may unpack to, counting every
 * entry of its ZIP archive: {@link MAX_XLSX_EXPANSION} times its size, plus
 * 32 MiB so that small workbooks are never refused.
 *
 * @example
 * maxXlsxUnpackedBytes(1_000_000); // 97_554_432
 */
export function maxXlsxUnpackedBytes(size: number): number {
  return MAX_XLSX_EXPANSION * size + 32 * 2 ** 20;
}

/**
 * Thrown by {@link checkXlsxSize} when a workbook's entries declare more than
 * {@link maxXlsxUnpackedBytes}, before anything of that size is allocated.
 * The loader turns it into a `file.xlsx-size` error for that file alone.
 *
 * @example
 * try { checkXlsxSize(bytes); } catch (error) { if (error instanceof XlsxSizeError) error.unpacked; }
 */
export class XlsxSizeError extends Error {
  constructor(
    /** The bytes the archive's entries declare, in all. */
    readonly unpacked: number,
    /** The limit for the file's size, {@link maxXlsxUnpackedBytes}. */
    readonly limit: number,
  ) {
    super(`XLSX entries declare ${unpacked} bytes, over the limit of ${limit}`);
    this.name = 'XlsxSizeError';
  }
}

/**
 * Reads the sizes an XLSX file's ZIP entries declare (the central
 * directory only; nothing is inflated) and throws {@link XlsxSizeError}
 * when they add up to more than {@link maxXlsxUnpackedBytes}. An archive
 * whose directory cannot be read passes: the reader then says what is
 * wrong with it. An entry that declares less than it holds costs no more
 * than it declares, since the reader inflates into a buffer of that size.
 *
 * @example
 * checkXlsxSize(bytes); // returns, or throws XlsxSizeError
 */
export function checkXlsxSize(bytes: Uint8Array): void {
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        unpacked += entry.originalSize;
        return false;
      },
    });
  } catch {
    return;
  }
  const limit = maxXlsxUnpackedBytes(bytes.byteLength);
  if (unpacked > limit) throw new XlsxSizeError(unpacked, limit);
}
