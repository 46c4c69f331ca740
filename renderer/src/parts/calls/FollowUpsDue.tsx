// Callers to ring back today (or overdue), visible while quoting; opens Calls & clients.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSummary } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { formatDate, localIsoDate } from '../../format';
import { navigationEvents } from '../../navigation';
import '../parts.css';

export function FollowUpsDue(props: { refreshKey: number }) {
  const { t } = useTranslation(['quote', 'calls']);
  const { lang } = useAppData();
  const [due, setDue] = useState<{ rows: CallSummary[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('calls.search', { followUpDueBy: localIsoDate(new Date()), limit: 5 }).then(
      (result) => {
        if (!live) return;
        setDue(result);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [props.refreshKey]);

  if (error) return <p role="alert">{errorMessage(t, error)}</p>;
  if (!due || due.total === 0) return null;
  return (
    <aside className="follow-ups card" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">
        {t('followUps.heading')} <span className="badge">{due.total}</span>
      </h2>
      <ul>
        {due.rows.map((row) => (
          <li key={row.id}>
            {t('followUps.row', {
              // A caller without a name is shown by their number, as the rest of the app shows it.
              name: row.callerName || row.phoneShown || t('calls:list.noName'),
              date: row.followUp ? formatDate(row.followUp, lang) : '',
              summary: row.summary[lang],
            })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => navigationEvents.open('calls', { callsFilter: { followUpDue: true } })}>
        {t('followUps.open', { count: due.total })}
      </button>
    </aside>
  );
}
