import { describe, expect, it } from 'vitest';
import { TRAFFIC_LIGHT_COLORS } from '../../src/trends/traffic-light-colors.ts';
import { TRAFFIC_LIGHTS } from '../../src/trends/traffic-light.ts';

type Rgb = [number, number, number];

/** Linear-light sRGB of a #RRGGBB colour. */
function linear(hex: string): Rgb {
  return [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear sRGB.
const DEUTERANOPIA = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]];
const PROTANOPIA = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]];

function simulate(rgb: Rgb, matrix: number[][] | null): Rgb {
  if (matrix === null) return rgb;
  return matrix.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as Rgb;
}

/** CIELAB (D65) of a linear sRGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function luminance(hex: string): number {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('TRAFFIC_LIGHT_COLORS', () => {
  it('TRAFFIC_LIGHT_COLORS gives every light a #RRGGBB colour, all different', () => {
    for (const light of TRAFFIC_LIGHTS) expect(TRAFFIC_LIGHT_COLORS[light]).toMatch(/^#[0-9A-F]{6}$/);
    expect(new Set(Object.values(TRAFFIC_LIGHT_COLORS)).size).toBe(4);
  });

  it('TRAFFIC_LIGHT_COLORS keep every pair at least 18 ΔE apart with normal vision, deuteranopia and protanopia', () => {
    for (const matrix of [null, DEUTERANOPIA, PROTANOPIA]) {
      const points = TRAFFIC_LIGHTS.map((l) => lab(simulate(linear(TRAFFIC_LIGHT_COLORS[l]), matrix)));
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          const [a, b] = [points[i]!, points[j]!];
          expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `${TRAFFIC_LIGHTS[i]} vs ${TRAFFIC_LIGHTS[j]}`).toBeGreaterThanOrEqual(18);
        }
      }
    }
  });

  it('TRAFFIC_LIGHT_COLORS fall in luminance from yellow through orange and green to red', () => {
    const { green, yellow, orange, red } = TRAFFIC_LIGHT_COLORS;
    expect(luminance(yellow)).toBeGreaterThan(luminance(orange));
    expect(luminance(orange)).toBeGreaterThan(luminance(green));
    expect(luminance(green)).toBeGreaterThan(luminance(red));
  });
});
