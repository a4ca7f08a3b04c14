/**
 * What a file's bytes are, whatever its name says: `text` (to be read as
 * CSV), `xlsx` (an Excel 2007+ workbook), or one of the formats fazhi does
 * not read — `xls` (Excel 97–2003, or any password-protected workbook: both
 * are OLE2 compound files), `zip` (an archive that is not a workbook, e.g.
 * `.docx`, `.ods`, a zipped folder), `archive` (gzip, 7-Zip, RAR), `pdf`,
 * `image` (PNG, JPEG, GIF, WebP, TIFF, BMP), `html` (a web page or
 * SpreadsheetML saved with a spreadsheet's name, as some systems export),
 * `binary` (none of these, and not text either).
 *
 * @example
 * const kind: ByteKind = 'pdf';
 */
export type ByteKind = 'text' | 'xlsx' | 'xls' | 'zip' | 'archive' | 'pdf' | 'image' | 'html' | 'binary';

/** Bytes looked at to tell text from binary. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Recognises a file by its first bytes (magic numbers), before any encoding
 * or dataset is guessed. A file is `binary` when its first 64 KB hold more
 * than 8 control bytes other than tab, line feed, form feed and carriage
 * return (NUL included) and they are more than 1 % of the sample — so a
 * text file with a stray NUL or two is still text (the loader reports those
 * cells), while random bytes, executables and UTF-16 text without a
 * byte-order mark are not. UTF-16 with a BOM is text.
 *
 * @example
 * sniffBytes(new TextEncoder().encode('案號,被告單位\n')); // 'text'
 * sniffBytes(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)); // 'xls'
 * sniffBytes(new TextEncoder().encode('%PDF-1.7\n')); // 'pdf'
 */
export function sniffBytes(bytes: Uint8Array): ByteKind {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return isWorkbook(bytes) ? 'xlsx' : 'zip';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0xff, 0xd8, 0xff) ||
    starts(0x47, 0x49, 0x46, 0x38) ||
    starts(0x49, 0x49, 0x2a, 0x00) ||
    starts(0x4d, 0x4d, 0x00, 0x2a) ||
    (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) ||
    (starts(0x42, 0x4d) && bytes.length > 26 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0)
  ) {
    return 'image';
  }
  if (starts(0x1f, 0x8b) || starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c) || starts(0x52, 0x61, 0x72, 0x21, 0x1a, 0x07)) return 'archive';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'text';
  if (isMarkup(bytes)) return 'html';
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const c = bytes[i] as number;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  return controls > 8 && controls * 100 > end ? 'binary' : 'text';
}

const WORKBOOK_ENTRY = [...'xl/workbook'].map((c) => c.charCodeAt(0));

/** A ZIP archive holding an Excel workbook: an entry `xl/workbook.xml` (or `.bin`); entry names are stored uncompressed. */
function isWorkbook(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x78); at !== -1; at = bytes.indexOf(0x78, at + 1)) {
    if (WORKBOOK_ENTRY.every((b, k) => bytes[at + k] === b)) return true;
  }
  return false;
}

/** Starts (after a UTF-8 BOM and white space) with `<html`, `<!doctype html`, `<table` or `<?xml`, in any case. */
function isMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x3c) return false;
  const head = String.fromCharCode(...bytes.subarray(i, i + 16)).toLowerCase();
  return head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('<table') || head.startsWith('<?xml');
}
