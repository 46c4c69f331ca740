// Clients whose intake form is due for renewal, soonest first; picking one opens their form.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenewalDue } from '../../../../shared/api/intake';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { formatDate } from '../../format';

export function RenewalsDue(props: { onPick: (clientId: number) => void; refresh: number }) {
  const { t } = useTranslation('intake');
  const { lang } = useAppData();
  const [rows, setRows] = useState<RenewalDue[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    let live = true;
    call('intake.renewalsDue', { limit: 50 }).then(
      (result) => {
        if (!live) return;
        setRows(result.rows);
        setTotal(result.total);
      },
      (error: unknown) => live && setFailure(errorMessage(t, error)),
    );
    return () => {
      live = false;
    };
  }, [t, props.refresh]);

  return (
    <section className="card intake-renewals" aria-labelledby="intake-renewals-title">
      <h2 id="intake-renewals-title">{t('renewals.title')}</h2>
      {failure && <p role="alert">{failure}</p>}
      {rows && rows.length === 0 && <p className="muted">{t('renewals.none')}</p>}
      {rows && rows.length > 0 && (
        <>
          <ul aria-labelledby="intake-renewals-title">
            {rows.map((row) => (
              <li key={row.clientId}>
                <button type="button" onClick={() => props.onPick(row.clientId)}>
                  {t('renewals.row', { name: row.name || '—', date: formatDate(row.dueOn, lang) })}
                </button>
              </li>
            ))}
          </ul>
          {total > rows.length && <p className="muted">{t('renewals.more', { count: total - rows.length })}</p>}
        </>
      )}
    </section>
  );
}
