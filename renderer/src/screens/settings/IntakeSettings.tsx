// Settings -> intake form: renewal period, the age under which a guardian signs, and the two
// consent texts in both languages (Korean: the separate sensitive-information consent;
// English: the privacy notice). A form already signed keeps the text it was signed under.
// A save names the values it loaded: another desk's change since is shown, never overwritten.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_TEXT_MAX, GUARDIAN_AGE_MAX, RENEWAL_MONTHS_MAX, type ConsentTexts, type IntakeSettings as Settings } from '../../../../shared/intake';
import { call } from '../../api/client';
import { errorMessage } from '../../errors';
import { ConflictNotice, FieldError, NumberField, invalidProps, readNumber, staleSaveOf, type Difference } from '../../components/form';
import { differs, useLeaveGuard } from '../../state/leave-guard';

const TEXTS = [
  ['treatment', 'ko', 'treatmentKo'],
  ['treatment', 'en', 'treatmentEn'],
  ['privacy', 'ko', 'privacyKo'],
  ['privacy', 'en', 'privacyEn'],
] as const;

type Problems = { months?: string; age?: string; texts: Partial<Record<string, string>> };

export function IntakeSettings() {
  const { t } = useTranslation(['intake', 'common']);
  const [loaded, setLoaded] = useState<Settings | null>(null);
  /** A save refused because another desk saved these settings first: the settings now. */
  const [stale, setStale] = useState<Settings | null>(null);
  const [months, setMonths] = useState('');
  const [age, setAge] = useState('');
  const [consent, setConsent] = useState<ConsentTexts | null>(null);
  const [problems, setProblems] = useState<Problems>({ texts: {} });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  useLeaveGuard(
    loaded !== null &&
      differs({ months, age, consent }, { months: String(loaded.renewalMonths), age: String(loaded.guardianAge), consent: loaded.consent }),
  );

  function show(settings: Settings) {
    setLoaded(settings);
    setMonths(String(settings.renewalMonths));
    setAge(String(settings.guardianAge));
    setConsent(settings.consent);
  }

  // Loaded once, when the screen opens: a new UI language (a new t) must not load the stored
  // texts again over what is being typed.
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    call('intake.settings', {}).then(show, (error: unknown) => setFailure(errorMessage(tRef.current, error)));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy || !consent) return;
    const m = readNumber(months, { min: 1, max: RENEWAL_MONTHS_MAX, whole: true });
    const a = readNumber(age, { min: 1, max: GUARDIAN_AGE_MAX, whole: true });
    const next: Problems = { texts: {} };
    if (!m.ok) next.months = t('settings.invalidMonths');
    if (!a.ok) next.age = t('settings.invalidAge');
    for (const [kind, lang, key] of TEXTS) if (consent[kind][lang].trim() === '') next.texts[key] = t('settings.emptyText');
    setProblems(next);
    setStatus('');
    if (!m.ok || !a.ok || Object.keys(next.texts).length > 0) return;
    setBusy(true);
    setFailure('');
    setStale(null);
    const expected = { renewalMonths: loaded!.renewalMonths, guardianAge: loaded!.guardianAge, consent: loaded!.consent };
    try {
      show(await call('intake.updateSettings', { renewalMonths: m.value, guardianAge: a.value, consent, expected }));
      setStatus(t('settings.saved'));
    } catch (error) {
      const current = staleSaveOf<Settings>(error);
      if (current) setStale(current);
      else setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  const differences = (saved: Settings): Difference[] =>
    [
      { label: t('settings.renewalMonths'), saved: String(saved.renewalMonths), mine: months.trim() },
      { label: t('settings.guardianAge'), saved: String(saved.guardianAge), mine: age.trim() },
      ...TEXTS.map(([kind, lang, key]) => ({ label: t(`settings.${key}`), saved: saved.consent[kind][lang], mine: consent?.[kind][lang] ?? '' })),
    ].filter((d) => d.saved !== d.mine);

  if (!loaded || !consent) return failure ? <p role="alert">{failure}</p> : null;
  return (
    <form className="card" noValidate onSubmit={save} aria-labelledby="settings-intake-title">
      <h2 id="settings-intake-title">{t('settings.title')}</h2>
      <p className="muted">{t('settings.intro')}</p>
      <div className="row">
        <NumberField id="settings-intake-months" label={t('settings.renewalMonths')} value={months} onChange={setMonths} error={problems.months} whole />
        <NumberField
          id="settings-intake-age"
          label={t('settings.guardianAge')}
          hint={t('settings.guardianAgeHint')}
          value={age}
          onChange={setAge}
          error={problems.age}
          whole
        />
      </div>
      {TEXTS.map(([kind, lang, key]) => {
        const id = `settings-intake-${key}`;
        const error = problems.texts[key];
        return (
          <div className="form-field consent-text-field" key={key}>
            <label htmlFor={id}>{t(`settings.${key}`)}</label>
            <textarea
              id={id}
              lang={lang}
              rows={7}
              maxLength={CONSENT_TEXT_MAX}
              value={consent[kind][lang]}
              onChange={(e) => setConsent({ ...consent, [kind]: { ...consent[kind], [lang]: e.target.value } })}
              {...invalidProps(id, error)}
            />
            <FieldError fieldId={id} message={error} />
            <div>
              <button
                type="button"
                aria-label={t('settings.restoreFor', { field: t(`settings.${key}`) })}
                onClick={() => setConsent({ ...consent, [kind]: { ...consent[kind], [lang]: loaded.defaults.consent[kind][lang] } })}
              >
                {t('settings.restore')}
              </button>
            </div>
          </div>
        );
      })}
      {stale && (
        <ConflictNotice
          differences={differences(stale)}
          onUseSaved={() => {
            show(stale);
            setStale(null);
          }}
          onKeepMine={() => {
            setLoaded(stale); // saving again replaces the other desk's values, knowingly
            setStale(null);
            setStatus(t('common:conflict.keptMine'));
          }}
        />
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('settings.save')}
        </button>
      </div>
      <p role="status" className="success">
        {status}
      </p>
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}
