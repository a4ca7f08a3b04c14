import { describe, expect, test } from 'vitest';
import { areaOfIndicator } from '../../../src/lib/areas/area-of-indicator.ts';

describe('areaOfIndicator', () => {
  test('maps a catalogue id to the area named by its family', () => {
    expect(areaOfIndicator('litigation.loss_rate')).toBe('litigation');
    expect(areaOfIndicator('enforcement.mean_score')).toBe('enforcement');
    expect(areaOfIndicator('business.score')).toBe('business');
  });
});
