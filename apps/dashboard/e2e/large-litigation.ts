import { readFileSync } from 'node:fs';
import { REPO_ROOT } from './expected.ts';

/**
 * A large UTF-8 litigation CSV built from the park sample's rows, repeated
 * with fresh case numbers (`（<year>）苏0591行初<n>号`) so that no case is a
 * duplicate: big enough that loading it takes seconds, for the cancel test.
 *
 * @example
 * largeLitigationCsv(100_000).length; // ≈ 10 MB
 */
export function largeLitigationCsv(rows: number): Buffer {
  const [header = '', ...lines] = readFileSync(`${REPO_ROOT}fixtures/sip-2019/litigation.csv`, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  const out: string[] = [header];
  for (let i = 0; i < rows; i++) {
    const line = lines[i % lines.length] ?? '';
    out.push(line.replace(/^[^,]*/, (caseNumber) => caseNumber.replace(/行初\d+号|行终\d+号/, `行初${i + 1}号`)));
  }
  return Buffer.from(`${out.join('\r\n')}\r\n`, 'utf8');
}
