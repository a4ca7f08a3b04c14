import { describe, expectTypeOf, it } from 'vitest';
import { main, type CliIo } from '../src/index.ts';

// These lines are checked by `tsc` (pnpm test type-checks the workspace): misuse of the public API must not compile.
describe('public API types', () => {
  it('main takes argv and a complete CliIo and resolves to an exit status', () => {
    expectTypeOf(main).parameters.toEqualTypeOf<[readonly string[], CliIo]>();
    expectTypeOf(main).returns.resolves.toBeNumber();
    const sink = { write: (_: string) => true };
    // @ts-expect-error a CliIo needs stdout, stderr, cwd and env
    const partial: CliIo = { stdout: sink, stderr: sink };
    // @ts-expect-error env values are strings
    const badEnv: CliIo = { stdout: sink, stderr: sink, cwd: '/', env: { LANG: 1 } };
    expectTypeOf(partial).toEqualTypeOf<CliIo>();
    expectTypeOf(badEnv).toEqualTypeOf<CliIo>();
  });
});
