import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../../src/render/render-svg.ts';

/** Test helper: a text item's box in the chart's coordinates. */
export interface TextBox {
  text: string;
  role: string;
  /** Rotation in degrees; the box of a rotated text is its axis-aligned bounding box. */
  angle: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface SceneItem {
  x?: number;
  y?: number;
  text?: unknown;
  angle?: number;
  opacity?: number;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  items?: SceneMark[];
}
interface SceneMark {
  marktype: string;
  role?: string;
  items: SceneItem[];
}

/**
 * Test helper: the boxes of every visible, non-empty text item of a chart
 * as laid out headless (with the renderer's text measure installed).
 */
export async function textBoxes(spec: TopLevelSpec): Promise<TextBox[]> {
  await renderSvg(spec);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  await view.runAsync();
  const boxes: TextBox[] = [];
  const visit = (mark: SceneMark, dx: number, dy: number): void => {
    for (const item of mark.items) {
      if (mark.marktype === 'text') {
        const text = Array.isArray(item.text) ? item.text.join(' ') : String(item.text ?? '').trim();
        if (text !== '' && item.opacity !== 0 && item.bounds) {
          boxes.push({ text, role: mark.role ?? '', angle: item.angle ?? 0, x1: item.bounds.x1 + dx, y1: item.bounds.y1 + dy, x2: item.bounds.x2 + dx, y2: item.bounds.y2 + dy });
        }
      }
      if (mark.marktype === 'group') for (const child of item.items ?? []) visit(child, dx + (item.x ?? 0), dy + (item.y ?? 0));
    }
  };
  visit((view.scenegraph() as unknown as { root: SceneMark }).root, 0, 0);
  view.finalize();
  return boxes;
}

/**
 * Test helper: the pairs of upright text boxes that overlap by more than
 * `tolerance` pixels both ways. Rotated texts are left out (their bounding
 * boxes overlap by construction), and a text drawn several times at the same
 * place counts once.
 */
export function overlappingTexts(all: readonly TextBox[], tolerance = 1): [string, string][] {
  const seen = new Set<string>();
  const boxes = all.filter((b) => {
    const key = JSON.stringify([b.text, Math.round(b.x1), Math.round(b.y1)]);
    if (b.angle !== 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > tolerance && h > tolerance) pairs.push([`${a.role}:${a.text}`, `${b.role}:${b.text}`]);
    }
  }
  return pairs;
}
