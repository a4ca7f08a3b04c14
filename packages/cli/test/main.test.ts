import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './capture-io.ts';
import { SMALL_DATA } from './small-data.ts';
import { useTempData } from './temp-data.ts';

const temp = useTempData();

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('main: help and version', () => {
  it('fazhi --help prints the usage of both commands to stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('fazhi validate');
    expect(run.stdout).toContain('fazhi indicators');
    expect(run.stdout).toContain('Exit status');
    expect(run.stderr).toBe('');
  });
  it('fazhi --help speaks the language chosen by --lang or by LANG', async () => {
    expect((await runCli(['--help', '--lang', 'zh-Hant'])).stdout).toContain('用法：');
    expect((await runCli(['--help'], { env: { LANG: 'zh_TW.UTF-8' } })).stdout).toContain('檢查資料');
    expect((await runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('检查数据');
    expect((await runCli(['--lang=en', '--help'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('Usage:');
  });
  it('fazhi validate --help documents the formats and the exit status', async () => {
    const run = await runCli(['validate', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: fazhi validate --data DIR');
    expect(run.stdout).toContain('text (default) or json');
    expect(run.stdout).toContain('1 error-level issues');
  });
  it('fazhi indicators --help documents json as the default format, the contract keys and --year', async () => {
    const run = await runCli(['indicators', '-h']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: fazhi indicators --data DIR');
    expect(run.stdout).toContain('json (default');
    expect(run.stdout).toContain('indicator,unit,year,numerator,denominator,value,dimension,item');
    expect(run.stdout).toContain('--year YEAR');
  });
  it('--help after a command wins over options that would not parse', async () => {
    const run = await runCli(['indicators', '--bogus', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: fazhi indicators');
  });
  it('fazhi help <command> prints that command\'s help', async () => {
    expect((await runCli(['help', 'validate'])).stdout).toContain('Usage: fazhi validate');
  });
  it('fazhi --version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`fazhi ${version}\n`);
  });
});

describe('main: bad usage exits 2 with a message on stderr', () => {
  it('no command at all exits 2 and shows the help on stderr', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('missing command');
    expect(run.stderr).toContain('Usage:');
  });
  it('options without a command exit 2 and ask for a command', async () => {
    const run = await runCli(['--data', 'fixtures/sip-2019']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing command');
  });
  it('an unknown command exits 2 and names it', async () => {
    const run = await runCli(['scores']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command "scores"');
  });
  it('an unknown option exits 2 and names it, in the chosen language', async () => {
    const run = await runCli(['indicators', '--data', '.', '--bogus']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option "--bogus"');
    const hant = await runCli(['indicators', '--data', '.', '--bogus', '--lang', 'zh-Hant']);
    expect(hant.status).toBe(2);
    expect(hant.stderr).toContain('未知的選項「--bogus」');
  });
  it('a missing --data exits 2 for both commands', async () => {
    for (const command of ['validate', 'indicators']) {
      const run = await runCli([command]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('missing --data');
      expect(run.stdout).toBe('');
    }
  });
  it('--data without a value exits 2', async () => {
    const run = await runCli(['indicators', '--data']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('option --data needs a value');
  });
  it('a bad --format exits 2 and lists the formats of that command', async () => {
    const indicators = await runCli(['indicators', '--data', '.', '--format', 'xml']);
    expect(indicators.status).toBe(2);
    expect(indicators.stderr).toContain('invalid --format "xml": use json, csv, table');
    const validate = await runCli(['validate', '--data', '.', '--format', 'csv']);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toContain('use text, json');
  });
  it('a bad --year exits 2', async () => {
    for (const year of ['19', 'abc', '2019.5', '']) {
      const run = await runCli(['indicators', '--data', '.', '--year', year]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('invalid --year');
    }
  });
  it('a bad --lang exits 2 with the message in the environment\'s language', async () => {
    const run = await runCli(['indicators', '--lang', 'fr'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无效的 --lang“fr”');
  });
  it('a stray positional argument exits 2 and hints at --data', async () => {
    const run = await runCli(['validate', 'fixtures/messy']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unexpected argument "fixtures/messy"');
  });
});

describe('main: data folders that give nothing to load exit 1', () => {
  it('a missing folder exits 1 with a message in the chosen language and nothing on stdout', async () => {
    const cwd = temp({});
    for (const command of ['validate', 'indicators']) {
      const run = await runCli([command, '--data', 'no-such-dir'], { cwd });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('cannot find the data folder "no-such-dir"');
    }
    expect((await runCli(['indicators', '--data', 'x', '--lang', 'zh-Hant'], { cwd })).stderr).toContain('找不到資料夾「x」');
    expect((await runCli(['indicators', '--data', 'x', '--lang', 'zh-Hans'], { cwd })).stderr).toContain('找不到文件夹“x”');
  });
  it('a file given as --data exits 1 and says it is not a folder', async () => {
    const cwd = temp({ 'litigation.csv': 'case_no\n' });
    const run = await runCli(['indicators', '--data', 'litigation.csv'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"litigation.csv" is not a folder');
  });
  it('an empty folder, or one without data files, exits 1 and says which extensions are read', async () => {
    const empty = await runCli(['validate', '--data', temp({})]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no .csv, .tsv or .xlsx files');
    const notes = await runCli(['indicators', '--data', temp({ 'README.md': '#', 'notes.txt': 'x' })]);
    expect(notes.status).toBe(1);
    expect(notes.stderr).toContain('no .csv, .tsv or .xlsx files');
  });
  it('files that are not data are mentioned on stderr but do not stop the run', async () => {
    const run = await runCli(['indicators', '--data', temp({ ...SMALL_DATA, 'old.xls': 'x' })]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('ignoring "old.xls"');
    expect(run.stderr).not.toContain('README.md');
  });
  it('on a terminal, stderr shows loading progress per file and clears it; elsewhere it shows none', async () => {
    const dir = temp(SMALL_DATA);
    const tty = await runCli(['indicators', '--data', dir], { tty: true });
    expect(tty.status).toBe(0);
    expect(tty.stderr).toContain('\r\x1b[Kloading 1/4: ');
    expect(tty.stderr).toContain('loading 4/4: ');
    expect(tty.stdout).not.toContain('loading');
    const piped = await runCli(['indicators', '--data', dir]);
    expect(piped.stderr).not.toContain('\r');
    expect(piped.stderr).not.toContain('loading');
  });
});
