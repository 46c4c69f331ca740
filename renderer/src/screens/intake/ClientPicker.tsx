// Choosing the client the form is for: search by name, initials or phone digits, or add a
// walk-in as a new client (name, phone, birth date for the guardian rule, their language).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/api/clients';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { TextField } from '../../components/form';
import { ApiCallError } from '../../api/client';

export function ClientPicker(props: { onPick: (client: Client) => void }) {
  const { t } = useTranslation('intake');
  const { lang } = useAppData();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Client[]>([]);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    let live = true;
    const query = text.trim();
    if (query === '') {
      setRows([]);
      return;
    }
    call('clients.search', { text: query, limit: 8 }).then(
      (result) => live && setRows(result.rows),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [text]);

  return (
    <section className="card intake-client-picker" aria-labelledby="intake-picker-title">
      <h2 id="intake-picker-title">{t('picker.title')}</h2>
      <TextField id="intake-client-search" label={t('picker.search')} value={text} onChange={setText} type="search" autoComplete="off" autoFocus />
      {rows.length > 0 && (
        <ul className="intake-client-results" aria-label={t('picker.results')}>
          {rows.map((client) => (
            <li key={client.id}>
              <button type="button" onClick={() => props.onPick(client)}>
                {client.name || client.phoneShown}
                {client.name && client.phoneShown ? ` · ${client.phoneShown}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {text.trim() !== '' && rows.length === 0 && <p className="muted">{t('picker.none')}</p>}
      {adding ? (
        <NewClientForm defaultLang={lang} onAdded={(client) => { setAdding(false); props.onPick(client); }} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('picker.add')}
        </button>
      )}
    </section>
  );
}

function NewClientForm(props: { defaultLang: Lang; onAdded: (client: Client) => void; onCancel: () => void }) {
  const { t } = useTranslation('intake');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [clientLang, setClientLang] = useState<Lang>(props.defaultLang);
  const [problems, setProblems] = useState<{ name?: string; phone?: string; birthDate?: string }>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const langName = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const next: typeof problems = {};
    if (!name.trim() && !phone.trim()) next.name = t('picker.nameOrPhone');
    if (birthDate && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) next.birthDate = t('picker.birthDateFormat');
    setProblems(next);
    setFailure('');
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      props.onAdded(
        await call('clients.create', { name: name.trim(), phone: phone.trim(), birthDate: birthDate || null, lang: clientLang }),
      );
    } catch (error) {
      if (error instanceof ApiCallError && error.error.code === 'invalid-phone') setProblems({ phone: errorMessage(t, error) });
      else if (error instanceof ApiCallError && error.error.code === 'invalid-input') setProblems({ birthDate: t('picker.birthDateFormat') });
      else setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="intake-new-client" noValidate onSubmit={submit} aria-labelledby="intake-new-client-title">
      <h3 id="intake-new-client-title">{t('picker.add')}</h3>
      <TextField id="intake-new-name" label={t('picker.name')} value={name} onChange={setName} error={problems.name} maxLength={100} autoFocus />
      <TextField id="intake-new-phone" label={t('picker.phone')} value={phone} onChange={setPhone} error={problems.phone} type="tel" maxLength={40} />
      <TextField
        id="intake-new-birth"
        label={t('picker.birthDate')}
        hint={t('picker.birthDateHint')}
        value={birthDate}
        onChange={setBirthDate}
        error={problems.birthDate}
        type="date"
      />
      <fieldset>
        <legend>{t('picker.lang')}</legend>
        {(['ko', 'en'] as const).map((l) => (
          <label key={l} className="choice">
            <input type="radio" name={langName} checked={clientLang === l} onChange={() => setClientLang(l)} />
            {t(`picker.langs.${l}`)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('picker.create')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('picker.cancel')}
        </button>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}
