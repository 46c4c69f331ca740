// One view (front or back) of the body as SVG. Interactive: every shape is a focusable
// checkbox named in the given language ("오른쪽 어깨 (앞면)"), toggled by click, Space or
// Enter. Read-only or printed: a picture with the marked shapes filled and their scores.
import type { KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { areaName, type Area, type RegionId } from '../../../../shared/body/areas';
import type { BodyMark } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { covers, markOf, type ShapeSide } from './marks';
import { SHAPES, VIEWER_LEFT, VIEW_HEIGHT, VIEW_WIDTH, type Geometry, type Shape, type View } from './shapes';

const MIRROR = `translate(${VIEW_WIDTH} 0) scale(-1 1)`;

export function shapeName(shape: Pick<Shape, 'region' | 'side'>, view: View, t: TFunction, lang: Lang): string {
  const area: Area = shape.side ? { region: shape.region, side: shape.side } : { region: shape.region };
  return t('bodyMap.regionOnView', { area: areaName(area, lang), view: t(`bodyMap.${view}`) });
}

function ShapeGeometry(props: { geometry: Geometry; mirrored: boolean; className: string }) {
  const { geometry: g, mirrored, className } = props;
  const transform = mirrored ? MIRROR : undefined;
  if (g.kind === 'rect')
    return <rect className={className} x={g.x} y={g.y} width={g.w} height={g.h} rx={g.r} transform={transform} />;
  if (g.kind === 'ellipse')
    return <ellipse className={className} cx={g.cx} cy={g.cy} rx={g.rx} ry={g.ry} transform={transform} />;
  return <path className={className} d={g.d} transform={transform} />;
}

export function BodyFigure(props: {
  view: View;
  marks: readonly BodyMark[];
  t: TFunction;
  lang: Lang;
  /** Given: the shapes are checkboxes. */
  onToggle?: (region: RegionId, side: ShapeSide) => void;
  /** Numbers each shape's region (1-based, vocabulary order) for a blank paper form. */
  numbered?: boolean;
  regionNumber?: (region: RegionId) => number;
}) {
  const { view, marks, t, lang, onToggle } = props;
  const viewerLeft = VIEWER_LEFT[view];
  const viewerRight = viewerLeft === 'left' ? 'right' : 'left';
  const caption = t(`bodyMap.${view}`);

  function onKey(event: KeyboardEvent, shape: Shape) {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    onToggle?.(shape.region, shape.side);
  }

  return (
    <figure className={`body-figure body-figure-${view}`}>
      <svg
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT + 18}`}
        {...(onToggle ? { role: 'group' } : { role: 'img' })}
        aria-label={caption}
        focusable="false"
      >
        {SHAPES[view].map((shape) => {
          const mark = markOf(marks, shape.region);
          const marked = covers(mark, shape.side);
          const className = `body-shape${marked ? ' marked' : ''}`;
          const label = onToggle ? shapeName(shape, view, t, lang) : undefined;
          const score = marked && mark?.pain != null ? String(mark.pain) : props.numbered && props.regionNumber ? String(props.regionNumber(shape.region)) : '';
          return (
            <g
              key={shape.key}
              data-region={shape.region}
              data-side={shape.side ?? undefined}
              data-marked={marked ? 'true' : undefined}
              {...(onToggle
                ? {
                    role: 'checkbox',
                    'aria-checked': marked,
                    'aria-label': label,
                    tabIndex: 0,
                    onClick: () => onToggle(shape.region, shape.side),
                    onKeyDown: (e: KeyboardEvent) => onKey(e, shape),
                  }
                : {})}
            >
              {onToggle && <title>{label}</title>}
              <ShapeGeometry geometry={shape.geometry} mirrored={shape.mirrored} className={className} />
              {score && (
                <text x={shape.center[0]} y={shape.center[1] + 3.5} className="body-score" aria-hidden="true">
                  {score}
                </text>
              )}
            </g>
          );
        })}
        <text x={6} y={VIEW_HEIGHT + 14} className="body-side" aria-hidden="true">
          {t(`bodyMap.${viewerLeft}Short`)}
        </text>
        <text x={VIEW_WIDTH - 6} y={VIEW_HEIGHT + 14} className="body-side body-side-end" aria-hidden="true">
          {t(`bodyMap.${viewerRight}Short`)}
        </text>
      </svg>
      <figcaption aria-hidden="true">{caption}</figcaption>
    </figure>
  );
}
