import { expect, sampleTest } from './dashboard-test.ts';
import { declaredTests, ONCE_TAG, SHARED_PAGE_FORBIDDEN, TZ_TAG, tzMarkers } from './test-sets.ts';

// Checks of the suite's own code (no page: they run on the worker's shared page, which they leave alone).

sampleTest('a test whose code reads a date, a year, a formatted number or the language carries the time-zone tag, and so also runs under Asia/Shanghai in zh-CN', () => {
  const tests = declaredTests();
  expect(tests.length, 'test declarations found (a loop counts once)').toBeGreaterThan(30);
  const untagged = tests.flatMap((t) => {
    const reasons = tzMarkers(t.code);
    return reasons.length > 0 && !t.tags.includes(TZ_TAG) && !t.tags.includes(ONCE_TAG) ? [`${t.file}: ${t.title} — ${reasons.join('; ')}`] : [];
  });
  expect(untagged, `add { tag: TZ_TAG } to these tests, or ONCE_TAG when their checks cannot change with the time zone (see e2e/test-sets.ts)`).toEqual([]);
  expect(tests.filter((t) => t.tags.includes(TZ_TAG)).length).toBeGreaterThan(0);
});

sampleTest('a test on the shared sample page only reads: no file input, scheme edit, reload, offline switch or provoked error', () => {
  const tests = declaredTests().filter((t) => t.kind === 'sampleTest' && t.file !== 'test-sets.spec.ts');
  expect(tests.length).toBeGreaterThan(0);
  const offending = tests.flatMap((t) => SHARED_PAGE_FORBIDDEN.filter((f) => f.pattern.test(t.code)).map((f) => `${t.file}: ${t.title} — ${f.why}`));
  expect(offending, 'write these with `test` (a page of their own) instead of `sampleTest`').toEqual([]);
});
