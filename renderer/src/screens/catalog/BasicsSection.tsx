// Currency, tax and rounding of the whole price list.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, TaxMode } from '../../../../shared/pricing/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage, problemMessage, problemsOf } from '../../errors';
import { MoneyField, NumberField, TextField, focusFirstInvalid, moneyText, readMoney, readNumber, useFormText } from '../../components/form';
import type { Errors } from './spec';
import { differs, useLeaveGuard } from '../../state/leave-guard';

const TAX_MODES: TaxMode[] = ['inclusive', 'exclusive', 'none'];
const FIELDS = ['currency', 'tax.mode', 'tax.percent', 'rounding.increment'];

function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

export function BasicsSection(props: { catalog: Catalog }) {
  const { catalog } = props;
  const { setCatalog } = useAppData();
  const { t } = useTranslation('catalog');
  const form = useFormText();
  const formRef = useRef<HTMLFormElement>(null);
  const [currency, setCurrency] = useState(catalog.currency);
  const [mode, setMode] = useState<TaxMode>(catalog.tax.mode);
  const [percent, setPercent] = useState(String(catalog.tax.percent));
  const [increment, setIncrement] = useState(moneyText(catalog.rounding.increment, catalog.currency));
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // The fields as first shown or last saved: leaving the screen asks while they differ.
  const shown = { currency, mode, percent, increment };
  const [baseline, setBaseline] = useState(shown);
  useLeaveGuard(differs(shown, baseline));

  const code = currency.trim().toUpperCase();
  // Amounts are read in the currency being entered (once it is a valid code).
  const amountCurrency = isCurrencyCode(code) ? code : catalog.currency;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!isCurrencyCode(code)) found.currency = t('validation.currency');
    const taxPercent = mode === 'none' ? { ok: true as const, value: 0 } : readNumber(percent, { min: 0, max: 100 });
    if (!taxPercent.ok) found['tax.percent'] = form.number(taxPercent.problem, { min: 0, max: 100 });
    const step = readMoney(increment, amountCurrency, { min: 1 });
    if (!step.ok) found['rounding.increment'] = form.money(step.problem, amountCurrency, 1);
    setErrors(found);
    setGeneral([]);
    setStatus('');
    if (!taxPercent.ok || !step.ok || found.currency) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setBusy(true);
    try {
      const next = await call('catalog.saveBasics', {
        currency: code,
        tax: { mode, percent: mode === 'none' ? catalog.tax.percent : taxPercent.value },
        rounding: { increment: step.value },
      });
      setCatalog(next);
      setBaseline(shown);
      setStatus(t('basics.saved'));
    } catch (error) {
      const problems = problemsOf(error);
      const byField: Errors = {};
      const rest: string[] = [];
      for (const problem of problems) {
        const message = problemMessage(t, problem);
        if (FIELDS.includes(problem.path)) byField[problem.path] ??= message;
        else rest.push(t('errors:problemAt', { path: problem.path || t('io.wholeFile'), message }));
      }
      if (problems.length === 0) rest.push(errorMessage(t, error));
      setErrors(byField);
      setGeneral(rest);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="catalog-basics-title">
      <h2 id="catalog-basics-title">{t('sections.basics')}</h2>
      <form ref={formRef} noValidate onSubmit={submit} className="card">
        {general.length > 0 && (
          <div role="alert">
            <ul>
              {general.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="row">
          <TextField
            id="catalog-currency"
            label={t('basics.currency')}
            hint={t('basics.currencyHint')}
            value={currency}
            onChange={(value) => setCurrency(value.toUpperCase())}
            error={errors.currency}
            maxLength={3}
            size={5}
            spellCheck={false}
          />
          <div className="form-field">
            <label htmlFor="catalog-tax-mode">{t('basics.taxMode')}</label>
            <select id="catalog-tax-mode" value={mode} onChange={(e) => setMode(e.target.value as TaxMode)}>
              {TAX_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`basics.taxModes.${m}`)}
                </option>
              ))}
            </select>
          </div>
          {mode !== 'none' && (
            <NumberField
              id="catalog-tax-percent"
              label={t('basics.taxPercent')}
              value={percent}
              onChange={setPercent}
              error={errors['tax.percent']}
              suffix="%"
            />
          )}
          <MoneyField
            id="catalog-rounding"
            label={t('basics.rounding')}
            hint={t('basics.roundingHint', { none: moneyText(1, amountCurrency) })}
            value={increment}
            onChange={setIncrement}
            error={errors['rounding.increment']}
            currency={amountCurrency}
          />
        </div>
        <div className="row dialog-actions">
          <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Enter">
            {t('basics.save')}
          </button>
          <p role="status" className="success">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}
