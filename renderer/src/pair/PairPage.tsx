// The page a tablet's browser gets from the hub's LAN listener before it is paired
// (docs/network.md): how to install the clinic CA on iPadOS and Android, then the pairing
// code. Pairing sets the device cookie (HttpOnly: this page never sees the credential) and
// opens the app.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/vocabulary';

const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/** The fingerprint the hub's QR code carries (#fp=…), to compare at install time. */
export function fingerprintFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('fp');
  return value && FINGERPRINT.test(value) ? value : null;
}

type Outcome = 'pairing' | 'paired' | 'wrong' | 'expired' | 'usedUp' | 'failed' | null;

const outcomeOf = (reason: unknown): Outcome =>
  reason === 'wrong' ? 'wrong' : reason === 'used-up' ? 'usedUp' : reason === 'expired' || reason === 'no-code' ? 'expired' : 'failed';

export function PairPage(props: { onLanguage: (lang: Lang) => void; onPaired: () => void; fingerprint: string | null }) {
  const { t, i18n } = useTranslation('network');
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const codeId = useId();
  const hintId = useId();
  const other: Lang = i18n.language === 'ko' ? 'en' : 'ko';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (outcome === 'pairing' || !code.trim()) return;
    setOutcome('pairing');
    try {
      const response = await fetch('/pair', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: code.trim() }),
      });
      if (response.ok) {
        setOutcome('paired');
        props.onPaired();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { details?: { reason?: unknown } } } | null;
      setOutcome(response.status === 401 ? outcomeOf(body?.error?.details?.reason) : 'failed');
    } catch {
      setOutcome('failed');
    }
  }

  const steps = (prefix: 'ipad' | 'android') => (
    <ol>
      {[1, 2, 3, 4].map((n) => (
        <li key={n}>{t(`page.${prefix}${n}`)}</li>
      ))}
    </ol>
  );

  return (
    <main className="pair-page">
      <button type="button" className="pair-language" lang={other} onClick={() => props.onLanguage(other)}>
        {t('page.languageLabel')}
      </button>
      <h1>{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      <section aria-labelledby="pair-ca-title">
        <h2 id="pair-ca-title">{t('page.caTitle')}</h2>
        <p>{t('page.caWhy')}</p>
        <p>
          <a className="pair-download" href="/clinic-ca.crt" download="front-desk-clinic-ca.crt">
            {t('page.download')}
          </a>
        </p>
        {props.fingerprint && <p className="pair-fingerprint">{t('page.fingerprint', { fingerprint: props.fingerprint })}</p>}
        <h3>{t('page.ipadTitle')}</h3>
        {steps('ipad')}
        <h3>{t('page.androidTitle')}</h3>
        {steps('android')}
      </section>
      <section aria-labelledby="pair-code-title">
        <h2 id="pair-code-title">{t('page.pairTitle')}</h2>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <label htmlFor={codeId}>{t('page.code')}</label>
          <input
            id={codeId}
            className="pair-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-describedby={hintId}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
          />
          <p id={hintId} className="muted">
            {t('page.pairHint')}
          </p>
          <button type="submit" disabled={outcome === 'pairing' || outcome === 'paired'}>
            {t('page.submit')}
          </button>
        </form>
        <p role="status">{outcome === 'pairing' || outcome === 'paired' ? t(`page.${outcome}`) : ''}</p>
        {outcome && outcome !== 'pairing' && outcome !== 'paired' && <p role="alert">{t(`page.${outcome}`)}</p>}
      </section>
    </main>
  );
}
