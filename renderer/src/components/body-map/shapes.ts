// The drawn figure: front and back views of the vocabulary's regions, drawn by hand as
// simple rounded shapes (a front desk needs "which area", not anatomy). Sided regions are
// drawn once on the viewer's left and mirrored. Front view: the client faces the viewer, so
// the viewer's left is the client's RIGHT; back view: the viewer's left is the client's left.
import type { RegionId } from '../../../../shared/body/areas';
import type { ShapeSide } from './marks';

export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 390;
export const VIEWS = ['front', 'back'] as const;
export type View = (typeof VIEWS)[number];

export type Geometry =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'path'; d: string };

type Drawn = { region: RegionId; geometry: Geometry; center: [number, number] };
/** One shape on a view: the region, its side, and whether it is the mirrored copy. */
export type Shape = Drawn & { side: ShapeSide; mirrored: boolean; key: string };

const rect = (x: number, y: number, w: number, h: number, r = 6): Geometry => ({ kind: 'rect', x, y, w, h, r });
const centerOf = (g: Geometry): [number, number] =>
  g.kind === 'rect' ? [g.x + g.w / 2, g.y + g.h / 2] : g.kind === 'ellipse' ? [g.cx, g.cy] : [0, 0];
const drawn = (region: RegionId, geometry: Geometry, center?: [number, number]): Drawn => ({
  region,
  geometry,
  center: center ?? centerOf(geometry),
});

const head = drawn('head', { kind: 'ellipse', cx: 100, cy: 30, rx: 18, ry: 22 }, [100, 24]);
const neck = drawn('neck', rect(92, 52, 16, 17, 3));
const arm = [
  drawn('shoulder', rect(56, 70, 18, 22, 8)),
  drawn('upper-arm', rect(52, 92, 18, 50)),
  drawn('elbow', rect(50, 142, 18, 16)),
  drawn('forearm', rect(46, 158, 18, 46)),
  drawn('hand', rect(40, 204, 22, 32, 8)),
];
const lowerLeg = [
  drawn('knee', rect(79, 262, 19, 22)),
  drawn('lower-leg', rect(80, 284, 17, 70)),
  drawn('ankle', rect(81, 354, 15, 12, 4)),
  drawn('foot', rect(76, 366, 22, 16, 6)),
];

const FRONT = {
  center: [head, neck, drawn('chest', rect(74, 70, 52, 48)), drawn('abdomen', rect(76, 118, 48, 44, 4))],
  near: [
    drawn('jaw', { kind: 'path', d: 'M83 34 Q85 50 98 54 L98 46 Q90 44 88 34 Z' }, [91, 46]),
    ...arm,
    drawn('hip', rect(76, 162, 23, 26, 4)),
    drawn('thigh', rect(77, 188, 22, 74, 8)),
    ...lowerLeg,
  ],
  /** The client's side drawn on the viewer's left. */
  nearSide: 'right' as const,
};

const BACK = {
  center: [head, neck, drawn('upper-back', rect(74, 70, 52, 50)), drawn('lower-back', rect(76, 120, 48, 40, 4))],
  near: [...arm, drawn('buttock', rect(76, 160, 23, 34, 8)), drawn('thigh', rect(77, 194, 22, 68, 8)), ...lowerLeg],
  nearSide: 'left' as const,
};

function build(view: typeof FRONT | typeof BACK): Shape[] {
  const farSide = view.nearSide === 'left' ? 'right' : 'left';
  const shapes: Shape[] = view.center.map((d) => ({ ...d, side: null, mirrored: false, key: d.region }));
  for (const d of view.near) {
    shapes.push({ ...d, side: view.nearSide, mirrored: false, key: `${d.region}-${view.nearSide}` });
    shapes.push({
      ...d,
      center: [VIEW_WIDTH - d.center[0], d.center[1]],
      side: farSide,
      mirrored: true,
      key: `${d.region}-${farSide}`,
    });
  }
  // Top to bottom, then left to right: the order Tab walks and a reader reads.
  return shapes.sort((a, b) => a.center[1] - b.center[1] || a.center[0] - b.center[0]);
}

export const SHAPES: Record<View, Shape[]> = { front: build(FRONT), back: build(BACK) };

/** Which client side is on the viewer's left of a view (printed under the figure). */
export const VIEWER_LEFT: Record<View, 'left' | 'right'> = { front: FRONT.nearSide, back: BACK.nearSide };
