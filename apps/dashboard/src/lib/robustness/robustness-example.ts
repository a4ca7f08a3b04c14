import exampleText from '../../../../../schemes/sip-robustness-2019.yaml?raw';

/**
 * The example scheme with an uncertainty section (`schemes/sip-robustness-2019.yaml`: the park's example scheme with
 * ten uncertain inputs), loaded with the Robustness view's own script.
 */
export const ROBUSTNESS_EXAMPLE = { name: 'sip-robustness-2019.yaml', text: exampleText } as const;

/**
 * The top-level `treatment` and `uncertainty` sections of a scheme's YAML
 * text, as written (comments kept): what the Robustness view shows as an
 * example to copy. Empty when the text has neither.
 *
 * @example
 * schemeSections('id: a\nuncertainty:\n  runs: 10\nvetoes: []\n', ['uncertainty']); // 'uncertainty:\n  runs: 10'
 */
export function schemeSections(text: string, keys: readonly string[]): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  let inside = false;
  for (const line of lines) {
    const top = /^([A-Za-z_][\w-]*):/.exec(line);
    if (top !== null) inside = keys.includes(top[1]!);
    if (inside) kept.push(line);
  }
  return kept.join('\n').trimEnd();
}
