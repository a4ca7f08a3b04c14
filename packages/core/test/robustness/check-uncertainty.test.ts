import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScheme } from '../../src/scoring/check-scheme.ts';

const park = readFileSync(new URL('../../../../schemes/sip-example-2019.yaml', import.meta.url), 'utf8');
const robust = readFileSync(new URL('../../../../schemes/sip-robustness-2019.yaml', import.meta.url), 'utf8');

/** The park's example scheme with an uncertainty section appended (YAML). */
const withUncertainty = (section: string): string => `${park}\nuncertainty:\n${section}`;
const errors = (text: string) => {
  const check = checkScheme(text, { fileName: 's.yaml' });
  return check.ok ? [] : check.errors.map((e) => [e.path, e.code, e.message.en]);
};

describe('checkScheme on uncertainty and treatment sections', () => {
  it('accepts the shipped robustness example', () => {
    const check = checkScheme(robust, { fileName: 'sip-robustness-2019.yaml' });
    expect(check.ok).toBe(true);
  });
  it('refuses an unknown item with its path and the closest id', () => {
    expect(errors(withUncertainty('  inputs:\n    - { type: amount, item: lost-case, field: per, alternatives: [2, 3] }'))).toEqual([
      ['uncertainty.inputs[0].item', 'uncertainty.unknown_target', 'uncertainty.inputs[0].item: the scheme has no item "lost-case" (did you mean "lost-cases"?)'],
    ]);
    expect(errors(withUncertainty('  inputs:\n    - { type: weight, target: nowhere, noise: 0.2 }'))[0]?.slice(0, 2)).toEqual(['uncertainty.inputs[0].target', 'uncertainty.unknown_target']);
  });
  it('refuses a negative noise factor', () => {
    expect(errors(withUncertainty('  inputs:\n    - { type: weight, target: litigation, noise: -0.25 }'))).toEqual([
      ['uncertainty.inputs[0].noise', 'number.non_negative', 'uncertainty.inputs[0].noise: expected a number ≥ 0, got -0.25'],
    ]);
  });
  it('refuses alternatives of the wrong type', () => {
    expect(errors(withUncertainty('  inputs:\n    - { type: amount, item: lost-cases, field: per, alternatives: [2, two] }'))).toEqual([
      ['uncertainty.inputs[0].alternatives[1]', 'type', 'uncertainty.inputs[0].alternatives[1]: expected a number, got "two"'],
    ]);
    expect(errors(withUncertainty('  inputs:\n    - { type: coverage, alternatives: [0.5, 2] }'))[0]?.slice(0, 2)).toEqual(['uncertainty.inputs[0].alternatives[1]', 'number.range']);
    expect(errors(withUncertainty('  inputs:\n    - { type: imputation, alternatives: [mean, guess] }'))[0]?.slice(0, 2)).toEqual(['uncertainty.inputs[0].alternatives[1]', 'enum']);
  });
  it('refuses runs ≤ 0 and runs that are not whole', () => {
    expect(errors(withUncertainty('  runs: 0\n  inputs:\n    - { type: coverage, alternatives: [0.5] }'))).toEqual([
      ['uncertainty.runs', 'number.positive', 'uncertainty.runs: expected a number > 0, got 0'],
    ]);
    expect(errors(withUncertainty('  runs: 2.5\n  inputs:\n    - { type: coverage, alternatives: [0.5] }'))[0]?.slice(0, 2)).toEqual(['uncertainty.runs', 'number.integer']);
  });
  it('refuses noise with alternatives, an amount the rule lacks, aggregation in points mode and a bonus weight', () => {
    const found = errors(withUncertainty([
      '  inputs:',
      '    - { type: weight, target: litigation, noise: 0.1, alternatives: [10, 20] }',
      '    - { type: amount, item: filing-rate, field: per, noise: 0.1 }',
      '    - { type: aggregation, alternatives: [arithmetic, geometric] }',
      '    - { type: weight, target: catalogue-bonus, noise: 0.1 }',
    ].join('\n'))).map((e) => e.slice(0, 2));
    expect(found).toEqual([
      ['uncertainty.inputs[0].alternatives', 'uncertainty.noise_or_alternatives'],
      ['uncertainty.inputs[1].field', 'uncertainty.field'],
      ['uncertainty.inputs[2].type', 'uncertainty.index_only'],
      ['uncertainty.inputs[3].target', 'uncertainty.bonus_weight'],
    ]);
  });
  it('refuses a bad outlier treatment, and leaves the hash of a scheme without the new sections as it was', () => {
    expect(errors(`${park}\ntreatment: { outliers: { maxWinsorised: -1 } }`)[0]?.slice(0, 2)).toEqual(['treatment.outliers.maxWinsorised', 'number.non_negative']);
    const check = checkScheme(park, { fileName: 'sip-example-2019.yaml' });
    expect(check.ok && check.stamp.hash).toBe(JSON.parse(readFileSync(new URL('../../../../fixtures/golden/sip-2019-scores.json', import.meta.url), 'utf8'))[0].scheme.hash);
  });
});
