import exampleText from '../../../../../schemes/sip-example-2019.yaml?raw';

/** The example scheme shipped with fazhi (`schemes/sip-example-2019.yaml`): its file name and text. */
export const EXAMPLE_SCHEME = { name: 'sip-example-2019.yaml', text: exampleText } as const;
