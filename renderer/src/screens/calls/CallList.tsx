// The calls, newest first. Each row has one button (Enter opens the call); Up/Down move
// between rows so a long list is not a long Tab walk.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSummary } from '../../../../shared/api/types';
import { useAppData } from '../../app-data';
import { formatDate, formatDateTime, formatMoney, localIsoDate } from '../../format';

export function CallList(props: { rows: CallSummary[]; onOpen: (row: CallSummary) => void }) {
  const { t } = useTranslation('calls');
  const { lang } = useAppData();
  const today = localIsoDate(new Date());

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button.open-call'));
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return (
    <table className="call-list">
      <caption className="visually-hidden">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.when')}</th>
          <th scope="col">{t('list.caller')}</th>
          <th scope="col">{t('list.phone')}</th>
          <th scope="col">{t('list.summary')}</th>
          <th scope="col" className="money">
            {t('list.total')}
          </th>
          <th scope="col">{t('list.outcome')}</th>
          <th scope="col">{t('list.followUp')}</th>
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
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
              <td>{name}</td>
              <td>{row.phone}</td>
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
