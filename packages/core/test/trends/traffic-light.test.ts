import { describe, expect, it } from 'vitest';
import { trafficLight, TRAFFIC_LIGHTS } from '../../src/trends/traffic-light.ts';

// Thresholds of the Sustainable Development Report 2025 codebook (sdr2025_codebook.json).
const poverty = { green: 2, red: 13 }; // Poverty headcount ratio at $2.15/day (%), lower is better
const diet = { green: 70, red: 30 }; // Minimum dietary diversity among children aged 6–23 months (%), higher is better
const cereal = { green: 2.5, red: 1.5 }; // Cereal yield (t/ha), higher is better

describe('trafficLight (lower is better, SDR poverty headcount: green 2, red 13, midpoint 7.5)', () => {
  it('trafficLight is green at and below the green threshold', () => {
    expect(trafficLight(0, poverty, 'lower')).toBe('green');
    expect(trafficLight(2, poverty, 'lower')).toBe('green');
  });

  it('trafficLight is yellow past green up to and including the midpoint', () => {
    expect(trafficLight(2.01, poverty, 'lower')).toBe('yellow');
    expect(trafficLight(7.5, poverty, 'lower')).toBe('yellow');
  });

  it('trafficLight is orange past the midpoint up to and including the red threshold', () => {
    expect(trafficLight(7.51, poverty, 'lower')).toBe('orange');
    expect(trafficLight(13, poverty, 'lower')).toBe('orange');
  });

  it('trafficLight is red beyond the red threshold', () => {
    expect(trafficLight(13.01, poverty, 'lower')).toBe('red');
    expect(trafficLight(72.6, poverty, 'lower')).toBe('red');
  });
});

describe('trafficLight (higher is better)', () => {
  it('trafficLight reads SDR minimum dietary diversity (green 70, red 30, midpoint 50) at each boundary', () => {
    expect([80, 70, 69.9, 50, 49.9, 30, 29.9].map((v) => trafficLight(v, diet, 'higher')))
      .toEqual(['green', 'green', 'yellow', 'yellow', 'orange', 'orange', 'red']);
  });

  it('trafficLight reads SDR cereal yield (green 2.5, red 1.5, midpoint 2)', () => {
    expect([2.5, 2, 1.5, 1.49].map((v) => trafficLight(v, cereal, 'higher'))).toEqual(['green', 'yellow', 'orange', 'red']);
  });

  it('trafficLight with equal thresholds is green at or past them and red otherwise', () => {
    expect(trafficLight(1, { green: 1, red: 1 }, 'higher')).toBe('green');
    expect(trafficLight(0.99, { green: 1, red: 1 }, 'higher')).toBe('red');
  });
});

describe('trafficLight with rates (floating point)', () => {
  it('trafficLight puts a value on a computed midpoint in yellow however the sum rounds ((0.9 + 0.7) / 2 vs 0.8)', () => {
    expect(trafficLight(0.8, { green: 0.9, red: 0.7 }, 'higher')).toBe('yellow');
    expect(trafficLight(0.1 + 0.7, { green: 0.9, red: 0.7 }, 'higher')).toBe('yellow');
    expect(trafficLight(0.3, { green: 0.1 + 0.2, red: 0.5 }, 'lower')).toBe('green');
  });
});

describe('trafficLight input checks', () => {
  it('trafficLight is null for a null or non-finite value', () => {
    expect(trafficLight(null, poverty, 'lower')).toBeNull();
    expect(trafficLight(Number.NaN, poverty, 'lower')).toBeNull();
    expect(trafficLight(Number.POSITIVE_INFINITY, diet, 'higher')).toBeNull();
  });

  it('trafficLight throws a RangeError when the thresholds contradict the direction', () => {
    expect(() => trafficLight(5, poverty, 'higher')).toThrow(/green threshold must be at or above the red one; got green 2 and red 13/);
    expect(() => trafficLight(5, diet, 'lower')).toThrow(/at or below/);
  });

  it('trafficLight throws a RangeError for non-finite thresholds', () => {
    expect(() => trafficLight(5, { green: Number.NaN, red: 1 }, 'higher')).toThrow(RangeError);
  });

  it('trafficLight never gets better as the value gets worse', () => {
    const values = Array.from({ length: 161 }, (_, i) => i * 0.1);
    const ranks = values.map((v) => TRAFFIC_LIGHTS.indexOf(trafficLight(v, poverty, 'lower') ?? 'green'));
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1] as number);
  });
});
