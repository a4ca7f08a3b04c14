import type { CST } from 'yaml';

/**
 * The offset of the first collection (block map or sequence, flow map or
 * sequence) nested deeper than `limit` in the concrete syntax tree that the
 * `yaml` package's `Parser` makes of a text, or null when none is. It walks
 * with an explicit stack, so it is safe for any depth; `parseSchemeText` runs
 * it before the tree is composed, because composing recurses once per level.
 *
 * @example
 * cstDepthOffset(Array.from(new Parser().parse('a: [[1]]')), 2); // 4 (the inner "[")
 */
export function cstDepthOffset(tokens: readonly CST.Token[], limit: number): number | null {
  const stack: { token: CST.Token | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { token, depth } = next;
    if (token === undefined) continue;
    if (token.type === 'document') {
      stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > limit) return token.offset;
      for (const item of token.items) {
        if ('key' in item) stack.push({ token: item.key ?? undefined, depth: depth + 1 });
        stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return null;
}
