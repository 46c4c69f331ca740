// The calls, newest first (the Calls tab, a client's page). Each row has one button (Enter
// opens the call); the list's keys (parts/list-keys.ts) move between rows and back to the
// search box, so a long list is not a long Tab walk.
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSummary } from '../../../../shared/api/types';
import { useAppData } from '../../app-data';
import { formatDate, formatDateTime, formatMoney, localIsoDate } from '../../format';

export function CallList(props: {
  rows: CallSummary[];
  onOpen: (row: CallSummary) => void;
  rowsRef?: Ref<HTMLTableSectionElement>;
  onRowsKeyDown?: (event: KeyboardEvent<HTMLTableSectionElement>) => void;
  /** Leave out the caller's name and phone (a client's page says whose calls they are). */
  withoutCaller?: boolean;
}) {
  const { t } = useTranslation('calls');
  const { lang } = useAppData();
  const today = localIsoDate(new Date());

  return (
    <table className="call-list">
      <caption className="visually-hidden">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.when')}</th>
          {!props.withoutCaller && <th scope="col">{t('list.caller')}</th>}
          {!props.withoutCaller && <th scope="col">{t('list.phone')}</th>}
          <th scope="col">{t('list.summary')}</th>
          <th scope="col" className="money">
            {t('list.total')}
          </th>
          <th scope="col">{t('list.outcome')}</th>
          <th scope="col">{t('list.followUp')}</th>
        </tr>
      </thead>
      <tbody ref={props.rowsRef} onKeyDown={props.onRowsKeyDown}>
        {props.rows.map((row) => {
          const when = formatDateTime(row.createdAt, lang);
          const name = row.callerName || t('list.noName');
          const overdue = row.followUp !== null && row.followUp <= today && (row.outcome === 'thinking' || row.outcome === 'no-answer');
          return (
            <tr key={row.id}>
              <td>
                <button
                  type="button"
                  className="open-call link"
                  aria-label={t('list.open', { when, name })}
                  onClick={() => props.onOpen(row)}
                >
                  {when}
                </button>
              </td>
              {!props.withoutCaller && <td>{name}</td>}
              {!props.withoutCaller && <td>{row.phoneShown}</td>}
              <td>{row.summary[lang]}</td>
              <td className="money">{formatMoney(row.total, row.currency, lang)}</td>
              <td>{t(`outcome.${row.outcome}`)}</td>
              <td className={overdue ? 'warning' : undefined}>{row.followUp ? formatDate(row.followUp, lang) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
