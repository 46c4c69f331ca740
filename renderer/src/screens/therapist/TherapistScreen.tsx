// The therapist's view (role 'therapist', on a tablet in a treatment room): today's and recent
// clients and a search by name; one client opened shows what to check before treatment, the
// current prescription with today's findings, recording the areas treated today, and the
// intake form read-only with its body map. No prices, settings, exports or erasure, and no
// other screen: the frame and its F-keys are not rendered for this role.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TherapistClient } from '../../../../shared/api/therapist';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useChanged } from '../../api/useChanged';
import { errorMessage } from '../../errors';
import { formatDate } from '../../format';
import { initI18n } from '../../i18n';
import { keepDeviceLanguage } from '../../i18n/device-language';
import { THERAPIST_NAMESPACES } from './namespaces';
import { TherapistClientView } from './TherapistClientView';
import './therapist.css';

export default function TherapistScreen(props: { lang: Lang; deviceName: string | null }) {
  const { t } = useTranslation(['therapist', 'errors']);
  const ids = useId();
  // This tablet's own language (the hub's until one is chosen here): kept on the tablet.
  const [lang, setLang] = useState(props.lang);
  async function chooseLanguage(next: Lang) {
    keepDeviceLanguage(next);
    await initI18n(next, THERAPIST_NAMESPACES);
    document.documentElement.lang = next;
    setLang(next);
  }
  const [text, setText] = useState('');
  const [rows, setRows] = useState<TherapistClient[] | null>(null);
  const [failure, setFailure] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const load = useCallback(
    (query: string) => {
      let live = true;
      call('therapist.clients', query.trim() ? { text: query.trim() } : {}).then(
        (result) => {
          if (!live) return;
          setRows(result.rows);
          setFailure('');
        },
        (error: unknown) => live && setFailure(errorMessage(t, error)),
      );
      return () => {
        live = false;
      };
    },
    [t],
  );
  // Today's list follows the desk: a client who called or was seen since shows up.
  const [changes, setChanges] = useState(0);
  useChanged(['clients', 'visits', 'calls'], () => setChanges((n) => n + 1));
  useEffect(() => load(text), [load, text, changes]);

  useEffect(() => {
    document.title = t('therapist:documentTitle');
  }, [t]);

  const searching = text.trim() !== '';
  return (
    <div className="therapist">
      <header className="therapist-header">
        <h1>{t('therapist:title')}</h1>
        {props.deviceName && <p className="muted">{t('therapist:device', { name: props.deviceName })}</p>}
        <p className="therapist-language">
          <label htmlFor={`${ids}-language`}>{t('therapist:language')}</label>{' '}
          <select id={`${ids}-language`} value={lang} onChange={(e) => void chooseLanguage(e.target.value === 'en' ? 'en' : 'ko')}>
            <option value="ko">{t('therapist:languages.ko')}</option>
            <option value="en">{t('therapist:languages.en')}</option>
          </select>
        </p>
      </header>
      <main id="main" className="therapist-layout">
        <section aria-labelledby={`${ids}-clients`} className={`therapist-clients${openId !== null ? ' has-open' : ''}`}>
          <h2 id={`${ids}-clients`}>{searching ? t('therapist:clients.found') : t('therapist:clients.heading')}</h2>
          <label htmlFor={`${ids}-search`}>{t('therapist:clients.search')}</label>
          <input
            id={`${ids}-search`}
            ref={searchRef}
            type="search"
            autoComplete="off"
            value={text}
            maxLength={100}
            onChange={(e) => setText(e.target.value)}
          />
          {failure && <p role="alert">{failure}</p>}
          {rows && rows.length === 0 && <p className="muted">{searching ? t('therapist:clients.noMatch') : t('therapist:clients.none')}</p>}
          {rows && rows.length > 0 && (
            <ul className="therapist-client-list" aria-labelledby={`${ids}-clients`}>
              {rows.map((row) => {
                const when = row.today ? t('therapist:clients.today') : row.lastSeen ? t('therapist:clients.lastSeen', { date: formatDate(row.lastSeen, lang) }) : '';
                const flags = row.flagged ? t('therapist:clients.flagged') : '';
                return (
                  <li key={row.id}>
                    {/* The visible words are the name (spaces between the parts, so it reads whole). */}
                    <button type="button" aria-current={row.id === openId ? 'true' : undefined} onClick={() => setOpenId(row.id)}>
                      <span className="therapist-client-name">{row.name}</span> {when && <span className="muted">{when}</span>}{' '}
                      {row.flagged && <span className="therapist-flag-mark">{flags}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        {openId !== null && (
          <TherapistClientView
            key={openId}
            clientId={openId}
            lang={lang}
            onBack={() => {
              setOpenId(null);
              searchRef.current?.focus();
            }}
            onChanged={() => load(text)}
          />
        )}
      </main>
    </div>
  );
}
