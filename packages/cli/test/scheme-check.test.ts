import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemeCommandMessages } from '../src/messages.ts';
import { runCli } from './capture-io.ts';
import { useTempData } from './temp-data.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const temp = useTempData();

const GOOD_YAML = `$schema: ./scheme.schema.json
format: fazhi-scheme/1
id: mini
version: "1"
name: 示例方案
example: true
total: 10
dimensions:
  - id: litigation
    name: 行政應訴
    points: 10
    items:
      - id: lost
        name: 敗訴案件
        indicator: litigation.lost_cases
        points: 10
        rule: { type: deduct, per: 2 }
      - id: extra
        name: 加分
        indicator: decisions.count
        rule: { type: bonus, per: 1, cap: 3 }
vetoes:
  - id: major
    name: 較大事故
    indicator: safety.major_incidents
    when: { op: ">=", value: 1 }
    effect: { type: fail }
`;
const BAD_YAML = GOOD_YAML.replace('rule: { type: deduct, per: 2 }', 'rule: { type: deduct, per: two }').replace('total: 10', 'total: 12');

/** `fazhi ARGS` from the repository's root, in-process (bin.test.ts runs bin.ts as a real process). */
function fazhi(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: root, env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env } });
}

describe('fazhi scheme check', () => {
  it('a valid scheme exits 0 and prints its id, version, hash and counts', async () => {
    const dir = temp({ 'mini.yaml': GOOD_YAML });
    const run = await runCli(['scheme', 'check', 'mini.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('valid scheme: mini, version 1\n');
    expect(run.stdout).toMatch(/^content hash: sha256:[0-9a-f]{64}$/m);
    expect(run.stdout).toContain('points: 1 dimension(s), 2 item(s), 10 points (bonus items add up to 3 more), 1 veto(es)');
    expect(run.stdout).toContain("it is no authority's official scheme");
  });
  it('an invalid scheme exits 1 and prints every error with file:line:column, code and the message in --lang', async () => {
    const dir = temp({ 'bad.yaml': BAD_YAML });
    const en = await runCli(['scheme', 'check', 'bad.yaml'], { cwd: dir });
    expect(en.status).toBe(1);
    expect(en.stdout).toBe(
      'error  bad.yaml:17:36  type  dimensions[0].items[0].rule.per: expected a number, got "two"\n1 error(s), 0 warning(s)\n',
    );
    const hant = await runCli(['scheme', 'check', 'bad.yaml', '--lang', 'zh-Hant'], { cwd: dir });
    expect(hant.stdout).toContain('錯誤  bad.yaml:17:36  type  dimensions[0].items[0].rule.per：應為數字，實為 "two"\n');
    const hans = await runCli(['scheme', 'check', 'bad.yaml'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
    expect(hans.stdout).toContain('错误  bad.yaml:17:36  type  dimensions[0].items[0].rule.per：应为数字，实为 "two"\n');
  });
  it('a YAML syntax error prints its place once (file:line:column) and says what is wrong in the language asked', async () => {
    const dir = temp({ 'tab.yaml': GOOD_YAML.replace('version: "1"', '\tversion: "1"') });
    const hans = await runCli(['scheme', 'check', 'tab.yaml'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
    expect(hans.status).toBe(1);
    expect(hans.stdout).toContain('错误  tab.yaml:4:1  syntax  YAML 语法错误：缩进用了 Tab 字符：YAML 只能用空格缩进。请修正此处后重新检查。\n');
    expect(hans.stdout).not.toMatch(/第 ?\d+ ?行|Tabs are not allowed/);
    const en = await runCli(['scheme', 'check', 'tab.yaml'], { cwd: dir });
    expect(en.stdout.match(/tab\.yaml:4:1|line 4/g)).toEqual(['tab.yaml:4:1']);
  });
  it('meaning errors come once the structure is right: the total that does not add up', async () => {
    const dir = temp({ 'sum.yaml': GOOD_YAML.replace('total: 10', 'total: 12') });
    const run = await runCli(['scheme', 'check', 'sum.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("error  sum.yaml:7:8  points.total_sum  total: the scheme's total is 12 but its dimensions add up to 10: make them equal");
  });
  it('--format json prints {ok, file, scheme, summary, errors, warnings}', async () => {
    const dir = temp({ 'mini.json': JSON.stringify({ format: 'fazhi-scheme/1', id: 'j', version: '2', name: 'x', method: 'index', dimensions: [{ id: 'd', name: 'd', items: [{ id: 'i', name: 'i', indicator: 'documents.filing_rate', rule: { type: 'target', target: 1 } }] }] }) });
    const run = await runCli(['scheme', 'check', '--format', 'json', 'mini.json'], { cwd: dir });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['ok', 'file', 'scheme', 'summary', 'errors', 'warnings']);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ method: 'index', dimensions: 1, items: 1, points: null, bonus: null, vetoes: 0, aggregation: 'arithmetic' });
    const bad = temp({ 'bad.yaml': BAD_YAML });
    const failed = await runCli(['scheme', 'check', 'bad.yaml', '-f', 'json'], { cwd: bad });
    expect(failed.status).toBe(1);
    const errors = (JSON.parse(failed.stdout) as { errors: Record<string, unknown>[] }).errors;
    expect(errors).toEqual([{
      code: 'type', path: 'dimensions[0].items[0].rule.per', expected: 'a number', actual: '"two"', line: 17, column: 36,
      message: {
        'zh-Hant': 'dimensions[0].items[0].rule.per：應為數字，實為 "two"',
        'zh-Hans': 'dimensions[0].items[0].rule.per：应为数字，实为 "two"',
        en: 'dimensions[0].items[0].rule.per: expected a number, got "two"',
      },
    }]);
  });
  it('a missing file exits 1 with the path on stderr', async () => {
    const run = await runCli(['scheme', 'check', 'no/such.yaml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('fazhi: cannot find the scheme file "no/such.yaml": check the path\n');
  });
  it('bad usage exits 2: no subcommand, an unknown one, no file, two files, an unknown option, a bad format', async () => {
    const cases: [string[], string][] = [
      [['scheme'], 'missing subcommand'],
      [['scheme', 'chek', 'a.yaml'], 'unknown subcommand "chek"'],
      [['scheme', 'check'], 'missing the scheme file'],
      [['scheme', 'check', 'a.yaml', 'b.yaml'], 'unexpected argument "b.yaml"'],
      [['scheme', 'check', 'a.yaml', '--strict'], 'unknown option "--strict"'],
      [['scheme', 'check', 'a.yaml', '--format', 'xml'], 'invalid --format "xml"'],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv);
      expect(run.status, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toContain(message);
    }
  });
  it('--help prints the usage in the chosen language, before anything else is parsed', async () => {
    const run = await runCli(['scheme', 'check', '--help', '--format', 'xml']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${schemeCommandMessages.schemeHelp().en}\n`);
    const hant = await runCli(['help', 'scheme', '--lang', 'zh-Hant']);
    expect(hant.stdout).toContain('用法：fazhi scheme check 方案檔案');
  });
  it('the help names every option in all three languages', () => {
    const help = schemeCommandMessages.schemeHelp();
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      for (const flag of ['--format', '--lang', '--help', 'text', 'json', 'check']) expect(help[lang]).toContain(flag);
    }
  });
  it('the shipped schemes pass', async () => {
    for (const file of ['schemes/sip-example-2019.yaml', 'schemes/doing-business-2020.json']) {
      const run = await runCli(['scheme', 'check', file], { cwd: root });
      expect(run.status, `${file}: ${run.stdout}`).toBe(0);
    }
  });
});

describe('fazhi scheme check and fazhi score --scheme: a hostile scheme is an error, exit 1, never a crash', () => {
  const bomb = readFileSync(new URL('../../../fixtures/hostile/schemes/alias-bomb.yaml', import.meta.url), 'utf8');
  const files: Record<string, [string | Uint8Array, string]> = {
    'bomb.yaml': [bomb, 'aliases.too_many'],
    'deep.json': ['['.repeat(100_000) + ']'.repeat(100_000), 'nesting.too_deep'],
    'deep20k.json': ['['.repeat(10_000) + ']'.repeat(10_000), 'nesting.too_deep'],
    'long.yaml': ['a'.repeat(10_000_000), 'text.too_long'],
    'proto.json': ['{"__proto__": {"polluted": 1}}', 'unknown_property'],
    'inf.yaml': [GOOD_YAML.replace('points: 10\n    items', 'points: 1e999\n    items'), 'number.finite'],
    'binary.yaml': [Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256), 'text.control_character'],
    'empty.yaml': ['\uFEFF', 'text.empty'],
  };
  it('scheme check prints the error code and exits 1, twice in one process', async () => {
    const dir = temp(Object.fromEntries(Object.entries(files).map(([name, [content]]) => [name, content])));
    for (const [name, [, code]] of Object.entries(files)) {
      for (let round = 0; round < 2; round++) {
        const run = await runCli(['scheme', 'check', name], { cwd: dir });
        expect(run.status, name).toBe(1);
        expect(run.stdout, name).toMatch(new RegExp(`^error  ${name.replace('.', '\\.')}(:\\d+:\\d+)?  ${code.replace('.', '\\.')}  `, 'm'));
        expect(run.stdout + run.stderr, name).not.toMatch(/internal error|\n\s+at /);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('scheme check --format json reports the code', async () => {
    const dir = temp({ 'bomb.yaml': bomb });
    const run = await runCli(['scheme', 'check', '--format', 'json', 'bomb.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { errors: { code: string; line: number }[] }).errors.map((e) => [e.code, e.line])).toEqual([['aliases.too_many', 6]]);
  });
  it('score --scheme stops at the scheme, with file:line and the message, before any data is read', async () => {
    const dir = temp(Object.fromEntries(Object.entries(files).map(([name, [content]]) => [name, content])));
    for (const name of Object.keys(files)) {
      const run = await runCli(['score', '--data', join(root, 'fixtures/sip-2019'), '--scheme', name], { cwd: dir });
      expect(run.status, name).toBe(1);
      expect(run.stderr, name).toContain(`fazhi: ${name}`);
      expect(run.stdout + run.stderr, name).not.toMatch(/internal error|\n\s+at /);
    }
  });
});

describe('fazhi scheme check as a real process', () => {
  it('exits 0 for a valid scheme, 1 for an invalid one, 2 for bad usage', async () => {
    const dir = temp({ 'good.yaml': GOOD_YAML, 'bad.yaml': BAD_YAML });
    const good = await fazhi(['scheme', 'check', `${dir}/good.yaml`]);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('valid scheme: mini');
    const bad = await fazhi(['scheme', 'check', `${dir}/bad.yaml`], { LANG: 'zh_TW.UTF-8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('dimensions[0].items[0].rule.per：應為數字，實為 "two"');
    const usage = await fazhi(['scheme', 'check']);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain('missing the scheme file');
  });
});
