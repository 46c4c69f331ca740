// Settings: the UI language (applies at once), the business details printed on quotes and
// forms, the paper size; and where the data lives, for backups and support.
import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/api/types';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/pricing/types';
import type { PaperSize } from '../../../../shared/api/types';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { ConflictNotice, NumberField, readNumber, staleSaveOf, TextField, useFormText } from '../../components/form';
import { AboutData } from './AboutData';
import { DataBackups } from './DataBackups';
import { IntakeSettings } from './IntakeSettings';
import { ClinicNetwork } from './ClinicNetwork';
import { ConnectToHub } from './ConnectToHub';
import './settings.css';
import { differs, useLeaveGuard } from '../../state/leave-guard';

const LANGS: Lang[] = ['ko', 'en'];
const PAPER: PaperSize[] = ['A4', 'Letter'];

const pick = <T, K extends keyof T>(from: T, ...keys: K[]) => Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;

export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { settings, updateSettings, session } = useAppData();
  // A connected desk has no data of its own: backups and the data folder are the hub's business.
  const connected = session.mode === 'connected';
  const [businessName, setBusinessName] = useState(settings.businessName);
  const [businessAddress, setBusinessAddress] = useState(settings.businessAddress);
  const [businessPhone, setBusinessPhone] = useState(settings.businessPhone);
  const [paperSize, setPaperSize] = useState<PaperSize>(settings.paperSize);
  const [validDays, setValidDays] = useState(String(settings.quoteValidDays));
  const [validDaysError, setValidDaysError] = useState('');
  const formText = useFormText();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  /** The stored values the form was loaded from (sent as `expected`), and a refused save's
   *  current settings. */
  const [base, setBase] = useState<Settings>(settings);
  const [stale, setStale] = useState<Settings | null>(null);
  const paperName = useId();
  useLeaveGuard(
    differs(
      { businessName, businessAddress, businessPhone, paperSize, validDays },
      { ...pick(base, 'businessName', 'businessAddress', 'businessPhone', 'paperSize'), validDays: String(base.quoteValidDays) },
    ),
  );

  async function changeLanguage(uiLanguage: Lang) {
    setFailure('');
    try {
      await updateSettings({ uiLanguage });
      // Said in the new language: t follows i18n's language once it has changed.
      setStatus('languageChanged');
    } catch (error) {
      setStatus('');
      setFailure(errorMessage(t, error));
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const days = readNumber(validDays, { min: 1, max: 365, whole: true });
    setValidDaysError(days.ok ? '' : formText.number(days.problem, { min: 1, max: 365 }));
    if (!days.ok) return;
    setBusy(true);
    setFailure('');
    setStatus('');
    try {
      const saved = await updateSettings({
        businessName: businessName.trim(),
        businessAddress: businessAddress.trim(),
        businessPhone: businessPhone.trim(),
        paperSize,
        quoteValidDays: days.value,
        expected: {
          businessName: base.businessName,
          businessAddress: base.businessAddress,
          businessPhone: base.businessPhone,
          paperSize: base.paperSize,
          quoteValidDays: base.quoteValidDays,
        },
      });
      setBase(saved);
      setStale(null);
      setValidDays(String(saved.quoteValidDays));
      setBusinessName(saved.businessName);
      setBusinessAddress(saved.businessAddress);
      setBusinessPhone(saved.businessPhone);
      setStatus('saved');
    } catch (error) {
      const current = staleSaveOf<Settings>(error);
      if (current) setStale(current);
      else setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  function takeSaved(current: Settings) {
    setBusinessName(current.businessName);
    setBusinessAddress(current.businessAddress);
    setBusinessPhone(current.businessPhone);
    setPaperSize(current.paperSize);
    setValidDays(String(current.quoteValidDays));
    setBase(current);
    setStale(null);
  }

  const differences = (current: Settings) =>
    [
      { label: t('business.name'), saved: current.businessName, mine: businessName.trim() },
      { label: t('business.address'), saved: current.businessAddress, mine: businessAddress.trim() },
      { label: t('business.phone'), saved: current.businessPhone, mine: businessPhone.trim() },
      { label: t('quoteValidDays.label'), saved: String(current.quoteValidDays), mine: validDays.trim() },
      { label: t('paper.label'), saved: t(`paper.${current.paperSize}`), mine: t(`paper.${paperSize}`) },
    ].filter((d) => d.saved !== d.mine);

  return (
    <section aria-labelledby="screen-title" className="settings-screen">
      <h1 id="screen-title">{t('title')}</h1>

      <div className="card">
        <div className="form-field">
          <label htmlFor="settings-language">{t('language.label')}</label>
          <select
            id="settings-language"
            value={settings.uiLanguage}
            onChange={(e) => void changeLanguage(e.target.value === 'en' ? 'en' : 'ko')}
            aria-describedby="settings-language-hint"
            autoFocus
          >
            {LANGS.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {t(`language.${lang}`)}
              </option>
            ))}
          </select>
          <p id="settings-language-hint" className="muted form-hint">
            {t('language.hint')}
          </p>
        </div>
      </div>

      <form className="card" noValidate onSubmit={save} aria-labelledby="settings-business-title">
        <h2 id="settings-business-title">{t('business.title')}</h2>
        <p className="muted">{t('business.intro')}</p>
        <TextField
          id="settings-business-name"
          label={t('business.name')}
          value={businessName}
          onChange={setBusinessName}
          maxLength={200}
          autoComplete="organization"
          size={40}
        />
        <TextField
          id="settings-business-address"
          label={t('business.address')}
          value={businessAddress}
          onChange={setBusinessAddress}
          maxLength={500}
          autoComplete="street-address"
          size={60}
        />
        <TextField
          id="settings-business-phone"
          label={t('business.phone')}
          value={businessPhone}
          onChange={setBusinessPhone}
          maxLength={40}
          type="tel"
          autoComplete="tel"
          size={20}
        />
        <NumberField
          id="settings-quote-valid-days"
          label={t('quoteValidDays.label')}
          hint={t('quoteValidDays.hint')}
          value={validDays}
          onChange={setValidDays}
          error={validDaysError || undefined}
          whole
          suffix={t('quoteValidDays.suffix')}
        />
        <fieldset>
          <legend>{t('paper.label')}</legend>
          {PAPER.map((size) => (
            <label key={size} className="inline">
              <input
                type="radio"
                name={paperName}
                value={size}
                checked={paperSize === size}
                onChange={() => setPaperSize(size)}
              />
              {t(`paper.${size}`)}
            </label>
          ))}
        </fieldset>
        {stale && (
          <ConflictNotice
            differences={differences(stale)}
            onUseSaved={() => takeSaved(stale)}
            onKeepMine={() => {
              setBase(stale); // saving again replaces the other desk's values, knowingly
              setStale(null);
            }}
          />
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Enter">
            {t('save')}
          </button>
        </div>
      </form>
      <p role="status" className="success">
        {status === 'saved' ? t('saved') : status === 'languageChanged' ? t('language.changed') : ''}
      </p>
      {failure && <p role="alert">{failure}</p>}

      <ConnectToHub />
      {!connected && <DataBackups />}
      <IntakeSettings />
      {!connected && <ClinicNetwork />}

      {!connected && <AboutData />}
    </section>
  );
}
