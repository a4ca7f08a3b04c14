import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './check/canonical-json.ts';
import type { Scheme } from './scheme.ts';

/**
 * The content hash stamped on every result: `sha256:` + the hex SHA-256 of
 * the scheme's canonical JSON (keys sorted recursively, no whitespace; see
 * `canonicalJson`), leaving out `$schema` (an editor hint, not content). The
 * same scheme written in YAML or JSON, or with its keys in another order,
 * has the same hash; any change of a value changes it. Synchronous and
 * browser-safe.
 *
 * @example
 * schemeHash(scheme); // 'sha256:3b1f…' (71 characters)
 */
export function schemeHash(scheme: Scheme | Record<string, unknown>): string {
  const { $schema: _editorHint, ...content } = scheme as Record<string, unknown>;
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(content))))}`;
}
