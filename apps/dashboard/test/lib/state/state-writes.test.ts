import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dashboard's state has one writer: AppState's methods (lib/state/app-state.svelte.ts). Components and views read
// its fields and call its methods, and build their links with app.href(view, department), so that every link keeps
// the year, unit and language shown and a change of the URL's form is made in one place.
const src = new URL('../../../src/', import.meta.url).pathname;

function components(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? components(path) : name.endsWith('.svelte') ? [path] : [];
  });
}

/** What a component's text does that only AppState may: assign or bind one of app's fields, or format a URL itself. */
export function stateWrites(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\bapp\.([A-Za-z]+)\s*(=(?!=)|\+\+|--|\+=|-=)/g)) found.push(`assigns app.${m[1]}`);
  for (const m of text.matchAll(/bind:[a-z]+=\{app\.([A-Za-z.]+)\}/g)) found.push(`binds app.${m[1]}`);
  if (/\bformatUrlState\(/.test(text)) found.push('formats a URL (use app.href)');
  return found;
}

describe('state writes', () => {
  it('finds an assignment, a binding and a hand-made URL (the check can fail)', () => {
    expect(stateWrites('app.year = 2019; app.view === "x"; <select bind:value={app.lang}>; formatUrlState({})')).toEqual([
      'assigns app.year', 'binds app.lang', 'formats a URL (use app.href)',
    ]);
    expect(stateWrites("app.setYear(2019); if (app.year === 2019) {} <a href={app.href('ranking')}>")).toEqual([]);
  });

  it('no component or view writes the app state or builds a link but through AppState', () => {
    const offenders = components(src).flatMap((file) => stateWrites(readFileSync(file, 'utf8')).map((w) => `${relative(src, file)}: ${w}`));
    expect(offenders).toEqual([]);
  });
});
