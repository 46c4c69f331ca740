// The caller's earlier calls, found by phone number while the receptionist is still talking.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSummary } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { formatDateTime, formatMoney } from '../../format';
import { digitsOf } from './outcomes';

/** Wait for a pause in typing; fewer digits than this match too many numbers to help. */
const DEBOUNCE_MS = 250;
const MIN_DIGITS = 4;

export function EarlierCalls(props: { phone: string }) {
  const { t } = useTranslation('calls');
  const { lang } = useAppData();
  const [found, setFound] = useState<{ phone: string; rows: CallSummary[] } | null>(null);
  // With the number it was for: a failure for an earlier number is not shown for this one.
  const [failed, setFailed] = useState<{ phone: string; error: unknown } | null>(null);
  const phone = props.phone.trim();
  const enough = digitsOf(phone).length >= MIN_DIGITS;

  useEffect(() => {
    if (!enough) return;
    let live = true;
    const timer = setTimeout(() => {
      call('calls.byPhone', { phone }).then(
        (rows) => {
          if (!live) return;
          setFound({ phone, rows });
          setFailed(null);
        },
        (error: unknown) => {
          if (live) setFailed({ phone, error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [phone, enough]);

  if (!enough) return null;
  if (failed && failed.phone === phone) return <p role="alert">{errorMessage(t, failed.error)}</p>;
  if (!found || found.phone !== phone) return null;
  if (found.rows.length === 0) return <p className="muted">{t('earlier.none')}</p>;
  return (
    <section className="earlier-calls" aria-labelledby="earlier-calls-heading">
      <h3 id="earlier-calls-heading">{t('earlier.heading', { count: found.rows.length })}</h3>
      <ul>
        {found.rows.map((row) => (
          <li key={row.id}>
            {t('earlier.row', {
              date: formatDateTime(row.createdAt, lang),
              summary: row.summary[lang],
              total: formatMoney(row.total, row.currency, lang),
              outcome: t(`outcome.${row.outcome}`),
            })}
            {row.callerName && <span className="muted"> · {row.callerName}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
