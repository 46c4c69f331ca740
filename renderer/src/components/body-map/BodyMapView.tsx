// The body map read-only: on the client page (UI language) and on the printed form (the
// client's language). The figures are pictures; the list under them says the same in words.
// Blank (no marks, `blank`): numbered regions and a list of names with boxes to tick by hand.
import type { TFunction } from 'i18next';
import { REGIONS, SIDE_NAMES, type RegionId } from '../../../../shared/body/areas';
import type { BodyMark } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { BodyFigure } from './BodyFigure';
import { markText } from './BodyMap';
import { VIEWS } from './shapes';
import './body-map.css';

const number = new Map<RegionId, number>(REGIONS.map((r, i) => [r.id, i + 1]));

export function BodyMapView(props: { marks: readonly BodyMark[]; t: TFunction; lang: Lang; blank?: boolean; label?: string }) {
  const { marks, t, lang, blank } = props;
  const summary =
    marks.length === 0 ? t('bodyMap.noMarks') : t('bodyMap.readOnlySummary', { areas: marks.map((m) => markText(m, t, lang)).join(', ') });
  return (
    <div className="body-map body-map-readonly" role="group" aria-label={props.label ?? t('bodyMap.label')} lang={lang}>
      <div className="body-map-views">
        {VIEWS.map((view) => (
          <BodyFigure
            key={view}
            view={view}
            marks={marks}
            t={t}
            lang={lang}
            numbered={blank}
            regionNumber={(region) => number.get(region) ?? 0}
          />
        ))}
      </div>
      {blank ? (
        <ol className="body-blank-list">
          {REGIONS.map((region) => (
            <li key={region.id}>
              <span className="print-box" aria-hidden="true" /> {region.name[lang]}
              {region.sided && (
                <span className="body-blank-sides">
                  {' '}
                  (<span className="print-box" aria-hidden="true" />
                  {SIDE_NAMES.left[lang]} <span className="print-box" aria-hidden="true" />
                  {SIDE_NAMES.right[lang]})
                </span>
              )}{' '}
              <span className="body-blank-pain">{t('bodyMap.pain')} ____</span>
            </li>
          ))}
        </ol>
      ) : marks.length === 0 ? (
        <p className="muted">{summary}</p>
      ) : (
        <ul className="body-mark-list" aria-label={t('bodyMap.marked')}>
          {marks.map((mark) => (
            <li key={mark.region}>{markText(mark, t, lang)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
