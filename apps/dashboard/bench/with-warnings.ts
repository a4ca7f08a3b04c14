import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The column of the generated litigation file that gets the control character: 裁判结果 (the judgment). */
const JUDGMENT = 9;

/**
 * A copy of a generated litigation CSV (bench/src/generate-data-set.ts, no
 * quoted cells) in which every data row's 裁判结果 ends in a BEL control
 * character: the loader removes it and reports one `value.control` warning a
 * row, and nothing else changes. Written once next to the source (rewritten
 * when the source is newer). Returns the file and the warnings it gives.
 *
 * @example
 * withWarnings('bench/data/200000/litigation.csv', 'bench/data/200000/warnings/litigation.csv'); // { file, warnings: 200000 }
 */
export function withWarnings(source: string, target: string): { file: string; warnings: number } {
  const lines = readFileSync(source, 'utf8').split('\n');
  const rows = lines.slice(1).filter((l) => l !== '').length;
  if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) return { file: target, warnings: rows };
  if (lines.some((l) => l.includes('"'))) throw new Error(`${source} has quoted cells: withWarnings splits rows at commas`);
  const out = lines.map((line, i) => {
    if (i === 0 || line === '') return line;
    const cells = line.split(',');
    cells[JUDGMENT] = `${cells[JUDGMENT] ?? ''}\u0007`;
    return cells.join(',');
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out.join('\n'));
  return { file: target, warnings: rows };
}
