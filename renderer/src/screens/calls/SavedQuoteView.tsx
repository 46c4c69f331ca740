// A saved quote exactly as it was given: amounts and names from the call's snapshot, never
// from today's price list (a later price change does not alter it).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { snapshotName, type NamedKind, type SavedEnrollmentQuote, type SavedSessionQuote } from '../../../../shared/api/types';
import type { Lang } from '../../../../shared/pricing/types';
import { formatDate, formatDateTime, formatMoney } from '../../format';
import { snapshotNames } from '../quote/lines';
import { QuoteBreakdown } from '../quote/QuoteBreakdown';

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
  const { request, quote, names } = props.saved;
  const lang = props.lang;
  const name = (kind: NamedKind, id: string) => snapshotName(names, kind, id)?.[lang] ?? id;
  const money = (minor: number) => formatMoney(minor, quote.currency, lang);
  return (
    <div className="saved-quote">
      <dl className="facts">
        <dt>{t('detail.program')}</dt>
        <dd>{name('program', request.programId)}</dd>
        <dt>{t('detail.plan')}</dt>
        <dd>{name('plan', request.paymentPlanId)}</dd>
        <dt>{t('detail.startDate')}</dt>
        <dd>{formatDate(request.startDate, lang)}</dd>
      </dl>
      <table>
        <caption className="visually-hidden">{t('detail.enrollmentCaption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('detail.tuition')}</th>
            <td className="money">{money(quote.tuition)}</td>
          </tr>
          {quote.tuitionDiscount > 0 && (
            <tr>
              <th scope="row">{t('detail.tuitionDiscount')}</th>
              <td className="money">{money(-quote.tuitionDiscount)}</td>
            </tr>
          )}
          {quote.fees.map((fee) => (
            <tr key={fee.id}>
              <th scope="row">{name('fee', fee.id)}</th>
              <td className="money">{money(fee.amount)}</td>
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">{t('detail.total')}</th>
            <td className="money total">{money(quote.total)}</td>
          </tr>
          <tr>
            <th scope="row">{t('detail.dueAtEnrollment')}</th>
            <td className="money">{money(quote.dueAtEnrollment)}</td>
          </tr>
        </tbody>
      </table>
      {quote.schedule.length > 0 && (
        <table>
          <caption>{t('detail.schedule', { count: quote.schedule.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.dueDate')}</th>
              <th scope="col" className="money">
                {t('detail.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {quote.schedule.map((payment, index) => (
              <tr key={index}>
                <td>{formatDate(payment.date, lang)}</td>
                <td className="money">{money(payment.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
