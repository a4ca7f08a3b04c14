import exampleText from '../../../../../schemes/sip-example-2019.yaml?raw';
import exampleValue from '../../../../../schemes/sip-example-2019.yaml?value';

/**
 * The example scheme shipped with fazhi (`schemes/sip-example-2019.yaml`):
 * its file name, its text (to download, and to keep its comments when an
 * edited copy is written) and its value, parsed when the dashboard is built
 * (`?value`, see build/yaml-value.ts), so that the first screen checks and
 * scores it without loading a YAML parser.
 */
export const EXAMPLE_SCHEME = { name: 'sip-example-2019.yaml', text: exampleText, value: exampleValue } as const;
