// The notice itself, loaded only once a number is typed (IntakeDueForCaller), so the quote
// screens start with none of it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { formatDate } from '../../format';

const DEBOUNCE_MS = 300;

type Due = { phone: string; name: string; dueOn: string | null };

export default function IntakeDueNotice(props: { phone: string }) {
  const { t, ready } = useTranslation('intake', { useSuspense: false });
  const { lang } = useAppData();
  const [due, setDue] = useState<Due | null>(null);
  const phone = props.phone.trim();
  const digits = phone.replace(/\D/g, '').length;

  useEffect(() => {
    if (digits < 7) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        const client = await call('clients.byPhone', { phone });
        if (!client) return live && setDue(null);
        const intake = await call('intake.client', { clientId: client.id });
        if (live) setDue(intake.due ? { phone, name: client.name, dueOn: intake.dueOn } : null);
      })().catch(() => live && setDue(null));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [phone, digits]);

  if (!ready || !due || due.phone !== phone || digits < 7) return null;
  return (
    <p className="warning intake-due-caller" role="status">
      {due.dueOn
        ? t('caller.due', { name: due.name, date: formatDate(due.dueOn, lang) })
        : t('caller.none', { name: due.name })}
    </p>
  );
}
