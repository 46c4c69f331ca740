// The breakdown table and the installment schedule, in whatever language `t`/`lang` say
// (the UI's on screen, the caller's on the printable page).
import type { TFunction } from 'i18next';
import type { Lang } from '../../../../shared/pricing/types';
import { breakdownRows, scheduleRows, type EnrollmentView } from './breakdown';
import '../parts.css';

export function EnrollmentBreakdown(props: { t: TFunction; lang: Lang; view: EnrollmentView; headingLevel?: 2 | 3 }) {
  const { t, lang, view } = props;
  const rows = breakdownRows(t, lang, view);
  const schedule = scheduleRows(t, lang, view.quote);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="quote-breakdown">
      <table aria-label={t('breakdown.title')}>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`row-${row.kind}`} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td className={`money${row.kind === 'total' ? ' total' : ''}`}>{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Heading>{t('breakdown.scheduleTitle')}</Heading>
      {schedule.length === 0 ? (
        <p>{t('breakdown.noSchedule')}</p>
      ) : (
        <table aria-label={t('breakdown.scheduleTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('breakdown.paymentColumn')}</th>
              <th scope="col">{t('breakdown.dateColumn')}</th>
              <th scope="col" className="money">
                {t('breakdown.amountColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((row) => (
              <tr key={row.key}>
                <td>{row.label}</td>
                <td>{row.date}</td>
                <td className="money">{row.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
