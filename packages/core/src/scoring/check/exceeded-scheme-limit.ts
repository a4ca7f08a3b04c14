import { MAX_SCHEME_DEPTH, MAX_SCHEME_VALUES } from './scheme-limits.ts';
import type { SchemePath } from './scheme-path.ts';

/**
 * Where a parsed scheme value first goes beyond {@link MAX_SCHEME_DEPTH}
 * (`nesting.too_deep`: the path of the first list or object one level too
 * deep) or {@link MAX_SCHEME_VALUES} (`values.too_many`: the path of the
 * list or object whose values take the count over it), or null when it stays within both. Values
 * shared by several parents (YAML aliases) count once per place, as the
 * checks would walk them; a value that contains itself is too deep. It walks
 * with an explicit stack, in document order, and stops at the first breach,
 * so it takes bounded time and memory whatever the value.
 *
 * @example
 * exceededSchemeLimit({ id: 'x', dimensions: [] }); // null
 * exceededSchemeLimit(JSON.parse('['.repeat(70) + ']'.repeat(70)));
 * // { code: 'nesting.too_deep', path: [0, 0, …, 0] } (64 steps)
 */
export function exceededSchemeLimit(value: unknown): { code: 'nesting.too_deep' | 'values.too_many'; path: SchemePath } | null {
  const stack: { value: unknown; path: SchemePath }[] = [{ value, path: [] }];
  let count = 0;
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    count += 1;
    const node = next.value;
    if (typeof node !== 'object' || node === null) continue;
    if (next.path.length >= MAX_SCHEME_DEPTH) return { code: 'nesting.too_deep', path: next.path };
    const size = Array.isArray(node) ? node.length : Object.keys(node).length;
    // Every value on the stack will be counted: refuse before pushing, so that no more than the limit is ever pushed.
    if (count + stack.length + size > MAX_SCHEME_VALUES) return { code: 'values.too_many', path: next.path };
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: [...next.path, i] });
    } else {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        stack.push({ value: (node as Record<string, unknown>)[key], path: [...next.path, key] });
      }
    }
  }
  return null;
}
