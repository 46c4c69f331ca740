// A saved quote exactly as it was given: amounts and names from the call's snapshot, never
// from today's price list (a later price change does not alter it). An enrollment uses the
// school screen's breakdown, so a saved plan adds up exactly as it did on the phone.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { snapshotName, type SavedEnrollmentQuote, type SavedSessionQuote } from '../../../../shared/api/types';
import type { Lang } from '../../../../shared/pricing/types';
import { formatDate, formatDateTime } from '../../format';
import { snapshotNames } from '../quote/lines';
import { QuoteBreakdown } from '../quote/QuoteBreakdown';
import { EnrollmentBreakdown } from '../enrollment/EnrollmentBreakdown';
import { savedEnrollmentView } from '../enrollment/saved-view';

export function SavedQuoteView(props: { saved: SavedSessionQuote | SavedEnrollmentQuote; lang: Lang }) {
  return props.saved.kind === 'session' ? (
    <SavedSession saved={props.saved} lang={props.lang} />
  ) : (
    <SavedEnrollment saved={props.saved} lang={props.lang} />
  );
}

function SavedSession(props: { saved: SavedSessionQuote; lang: Lang }) {
  const { t } = useTranslation('calls');
  const { request, quote, names } = props.saved;
  const nameOf = useMemo(() => snapshotNames(names), [names]);
  const zone = request.travelZoneId
    ? (snapshotName(names, 'travel', request.travelZoneId)?.[props.lang] ?? request.travelZoneId)
    : null;
  return (
    <div className="saved-quote">
      <dl className="facts">
        <dt>{t('detail.visitAt')}</dt>
        <dd>{request.at ? formatDateTime(request.at, props.lang) : t('detail.noTime')}</dd>
        <dt>{t('detail.sessions')}</dt>
        <dd>{request.sessions ?? 1}</dd>
        <dt>{t('detail.travel')}</dt>
        <dd>{zone ?? t('detail.noTravel')}</dd>
        {request.promoCode && (
          <>
            <dt>{t('detail.promoCode')}</dt>
            <dd>{request.promoCode}</dd>
          </>
        )}
      </dl>
      <QuoteBreakdown quote={quote} request={request} nameOf={nameOf} lang={props.lang} />
    </div>
  );
}

function SavedEnrollment(props: { saved: SavedEnrollmentQuote; lang: Lang }) {
  const { t } = useTranslation('calls');
  const { t: schoolT } = useTranslation('school');
  const view = useMemo(() => savedEnrollmentView(props.saved), [props.saved]);
  const lang = props.lang;
  return (
    <div className="saved-quote">
      <dl className="facts">
        <dt>{t('detail.program')}</dt>
        <dd>{view.program.name[lang]}</dd>
        <dt>{t('detail.plan')}</dt>
        <dd>{view.plan.name[lang]}</dd>
        <dt>{t('detail.startDate')}</dt>
        <dd>{formatDate(view.startDate, lang)}</dd>
      </dl>
      <EnrollmentBreakdown t={schoolT} lang={lang} view={view} headingLevel={3} />
    </div>
  );
}
