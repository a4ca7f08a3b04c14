/**
 * Saves a blob as a file in the browser: an object URL on a temporary link,
 * clicked, then revoked. Nothing leaves the machine.
 *
 * @example
 * download(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.name}.csv`);
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
