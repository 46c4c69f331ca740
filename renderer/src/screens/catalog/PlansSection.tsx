// Price list → Insurance plans: every field of the spec's plan, bilingual names, checked
// inline with the spec's own plan rules (planRules) as the receptionist types, and again by
// the main process on save.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord, PlanSave } from '../../../../shared/api/prescriptions';
import { CoverageError, planFromRecord, planRules } from '../../../../shared/coverage';
import type { Bilingual } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import {
  BilingualNameFields,
  ConflictNotice,
  MoneyField,
  TextField,
  focusFirstInvalid,
  moneyText,
  readMoney,
  staleSaveOf,
  type Difference,
} from '../../components/form';
import { useOneSave } from '../../components/form/saving';
import { differs, useLeaveGuard } from '../../state/leave-guard';

const LIMITS = ['prescriptionValidMonths', 'visitsPerYear', 'maxMinutes'] as const;
const MONEY = ['annualMax', 'perVisitMax', 'deductible', 'copay', 'minClientShare'] as const;
type Form = {
  id: string;
  name: Bilingual;
  currency: string;
  requiresPrescription: boolean;
  requiresDiagnosisCode: boolean;
  coveredCodes: string;
  excludedCodes: string;
  coveragePercent: string;
  yearStart: string;
  note: string;
} & Record<(typeof LIMITS)[number] | (typeof MONEY)[number], string>;

function formOf(plan: PlanRecord | null, currency: string): Form {
  const money = (n: number | null, c: string) => (n === null ? '' : moneyText(n, c));
  const c = plan?.currency ?? currency;
  return {
    id: plan?.id ?? '',
    name: plan?.name ?? { ko: '', en: '' },
    currency: c,
    requiresPrescription: plan?.requiresPrescription ?? false,
    requiresDiagnosisCode: plan?.requiresDiagnosisCode ?? false,
    coveredCodes: plan?.coveredCodes?.join(', ') ?? '',
    excludedCodes: plan?.excludedCodes?.join(', ') ?? '',
    coveragePercent: String(plan?.coveragePercent ?? 100),
    yearStart: plan?.yearStart ?? '01-01',
    note: plan?.note ?? '',
    prescriptionValidMonths: plan?.prescriptionValidMonths?.toString() ?? '',
    visitsPerYear: plan?.visitsPerYear?.toString() ?? '',
    maxMinutes: plan?.maxMinutes?.toString() ?? '',
    annualMax: money(plan?.annualMax ?? null, c),
    perVisitMax: money(plan?.perVisitMax ?? null, c),
    deductible: money(plan?.deductible ?? 0, c),
    copay: money(plan?.copay ?? 0, c),
    minClientShare: money(plan?.minClientShare ?? 0, c),
  };
}

const codes = (text: string) => (text.trim() === '' ? null : text.split(/[,\s]+/).filter(Boolean));

/** The form read into what plans.save takes, and each field's problem (message keys). */
function readForm(form: Form): { plan: Required<PlanSave> | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!/^[a-z0-9][a-z0-9-]*$/.test(form.id)) errors.id = 'id';
  if (!form.name.ko.trim()) errors['name.ko'] = 'required';
  if (!form.name.en.trim()) errors['name.en'] = 'required';
  const currency = form.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'currency';
  const limits = {} as Record<(typeof LIMITS)[number], number | null>;
  for (const key of LIMITS) {
    const text = form[key].trim();
    const n = Number(text);
    if (text === '') limits[key] = null;
    else if (!Number.isSafeInteger(n) || n < 1) errors[key] = 'whole-number-min-1';
    else limits[key] = n;
  }
  const money = {} as Record<(typeof MONEY)[number], number | null>;
  for (const key of MONEY) {
    const optional = key === 'annualMax' || key === 'perVisitMax';
    if (form[key].trim() === '') {
      money[key] = optional ? null : 0;
      continue;
    }
    const read = errors.currency ? null : readMoney(form[key], currency);
    if (!read?.ok) errors[key] = 'whole-number-min-0';
    else if (optional && read.value < 1) errors[key] = 'whole-number-min-1';
    else money[key] = read.value;
  }
  const percent = Number(form.coveragePercent.trim());
  if (form.coveragePercent.trim() === '' || !Number.isFinite(percent)) errors.coveragePercent = 'not-a-number';
  if (Object.keys(errors).length > 0) return { plan: null, errors };
  const plan: Required<PlanSave> = {
    id: form.id,
    name: { ko: form.name.ko.trim(), en: form.name.en.trim() },
    currency,
    requiresPrescription: form.requiresPrescription,
    requiresDiagnosisCode: form.requiresDiagnosisCode,
    coveredCodes: codes(form.coveredCodes),
    excludedCodes: codes(form.excludedCodes),
    ...limits,
    annualMax: money.annualMax,
    perVisitMax: money.perVisitMax,
    deductible: money.deductible ?? 0,
    copay: money.copay ?? 0,
    minClientShare: money.minClientShare ?? 0,
    coveragePercent: percent,
    yearStart: form.yearStart.trim(),
    note: form.note,
    expectedVersion: null,
  };
  // The spec's own plan rules, as the main process will check them.
  try {
    planRules(planFromRecord(plan));
  } catch (error) {
    if (!(error instanceof CoverageError)) throw error;
    const field = error.details.field.replace(/\[\d+\]$/, '');
    return { plan: null, errors: { [field]: error.details.reason } };
  }
  return { plan, errors };
}

export function PlansSection() {
  const { t, i18n } = useTranslation(['coverage', 'catalog', 'errors', 'intake', 'common']);
  const { catalog, lang } = useAppData();
  const [plans, setPlans] = useState<PlanRecord[]>([]);
  const [editing, setEditing] = useState<PlanRecord | 'new' | null>(null);
  const [form, setForm] = useState<Form>(() => formOf(null, catalog.currency));
  const [touched, setTouched] = useState(false);
  /** The form as opened or last saved: leaving the screen asks while the form differs. */
  const [baseline, setBaseline] = useState<Form | null>(null);
  useLeaveGuard(editing !== null && baseline !== null && differs(form, baseline));
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  /** Saved elsewhere since this plan was opened: the plan as it is now. */
  const [stale, setStale] = useState<PlanRecord | null>(null);
  // One save at a time: a second one would carry the same expected version and be refused
  // as a change made elsewhere, against the user's own first save.
  const { saving, run } = useOneSave();

  const reload = () => call('plans.list', { includeArchived: true }).then(setPlans, (e: unknown) => setFailure(errorMessage(t, e)));
  useEffect(() => {
    void reload();
  }, []);

  const read = useMemo(() => readForm(form), [form]);
  const shown = touched ? read.errors : {};
  const err = (key: string) => (shown[key] ? t(`coverage:plans.error.${shown[key]}`) : undefined);
  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setTouched(true);
    setStatus('');
  };

  function open(plan: PlanRecord | 'new') {
    setEditing(plan);
    const opened = formOf(plan === 'new' ? null : plan, catalog.currency);
    setForm(opened);
    setBaseline(opened);
    setTouched(false);
    setStatus('');
    setFailure('');
    setStale(null);
  }

  /** The fields of the saved plan that differ from the form, labelled as the form labels them. */
  function differences(saved: PlanRecord): Difference[] {
    const theirs = formOf(saved, catalog.currency);
    const yesNo = (v: boolean) => t(v ? 'intake:yes' : 'intake:no');
    const out: Difference[] = [];
    if (theirs.name.ko !== form.name.ko.trim()) out.push({ label: t('catalog:form.nameKo'), saved: theirs.name.ko, mine: form.name.ko });
    if (theirs.name.en !== form.name.en.trim()) out.push({ label: t('catalog:form.nameEn'), saved: theirs.name.en, mine: form.name.en });
    for (const key of Object.keys(theirs) as (keyof Form)[]) {
      const a = theirs[key];
      const b = form[key];
      if (key === 'name' || key === 'id' || a === b) continue;
      if (typeof a === 'boolean') out.push({ label: t(`coverage:plans.${key}`), saved: yesNo(a), mine: yesNo(b as boolean) });
      else if (typeof a === 'string' && a.trim() !== String(b).trim()) out.push({ label: t(`coverage:plans.${key}`), saved: a, mine: String(b) });
    }
    return out;
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (!read.plan) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const plan = read.plan;
    await run(() => send(plan));
  }

  async function send(plan: Required<PlanSave>) {
    // What was said of the last save (or archive) does not stand for this one.
    setStatus('');
    setFailure('');
    const sent = form;
    try {
      const expectedVersion = editing && editing !== 'new' ? editing.rowVersion : null;
      const saved = await call('plans.save', { ...plan, expectedVersion });
      setStatus(t('coverage:plans.saved', { name: saved.name[lang] }));
      setEditing(saved);
      setBaseline(sent);
      setStale(null);
      await reload();
    } catch (error) {
      const current = staleSaveOf<PlanRecord>(error);
      if (current) setStale(current);
      else setFailure(errorMessage(t, error));
    }
  }

  async function archive(plan: PlanRecord) {
    try {
      await call('plans.archive', { id: plan.id, archived: !plan.archived });
      await reload();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  /** An example plan's explanation in the UI language, under its note while the clinic has
   *  written none of its own (the seeded English note is emptied by migration 011). */
  const exampleNote = (plan: PlanRecord) => {
    const key = `coverage:plans.exampleNote.${plan.id}`;
    return plan.example && plan.note === '' && i18n.exists(key) ? t(key) : undefined;
  };
  const field = (key: keyof Form & string, hint?: string) => (
    <TextField id={`plan-${key}`} label={t(`coverage:plans.${key}`)} value={form[key] as string} onChange={(v) => set({ [key]: v } as Partial<Form>)} error={err(key)} hint={hint} />
  );
  const money = (key: (typeof MONEY)[number]) => (
    <MoneyField id={`plan-${key}`} label={t(`coverage:plans.${key}`)} currency={/^[A-Z]{3}$/.test(form.currency) ? form.currency : catalog.currency} value={form[key]} onChange={(v) => set({ [key]: v })} error={err(key)} />
  );

  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t('coverage:plans.heading')}</h2>
      <p className="muted">{t('coverage:plans.intro')}</p>
      <ul aria-label={t('coverage:plans.list')} className="plan-list">
        {plans.length === 0 && <li className="muted">{t('coverage:plans.empty')}</li>}
        {plans.map((plan) => (
          <li key={plan.id}>
            <button type="button" onClick={() => open(plan)} aria-label={t('coverage:plans.edit', { name: plan.name[lang] })}>
              {plan.name[lang]}
            </button>{' '}
            <span className="muted">
              {plan.currency}
              {plan.example && ` · ${t('coverage:plans.exampleBadge')}`}
              {plan.archived && ` · ${t('coverage:plans.archived')}`}
            </span>{' '}
            <button type="button" onClick={() => void archive(plan)}>
              {plan.archived ? t('coverage:plans.restore') : t('coverage:plans.archive')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => open('new')}>
        {t('coverage:plans.new')}
      </button>
      {failure && <p role="alert">{failure}</p>}
      {editing && (
        <form aria-label={editing === 'new' ? t('coverage:plans.new') : t('coverage:plans.edit', { name: editing.name[lang] })} onSubmit={(e) => void save(e)} noValidate>
          <TextField id="plan-id" label={t('coverage:plans.id')} value={form.id} onChange={(id) => set({ id })} error={err('id')} hint={t('coverage:plans.idHint')} readOnly={editing !== 'new'} />
          <BilingualNameFields idPrefix="plan" value={form.name} onChange={(name) => set({ name })} errors={{ ko: err('name.ko'), en: err('name.en') }} />
          {field('currency')}
          <label>
            <input type="checkbox" checked={form.requiresPrescription} onChange={(e) => set({ requiresPrescription: e.target.checked })} /> {t('coverage:plans.requiresPrescription')}
          </label>
          <label>
            <input type="checkbox" checked={form.requiresDiagnosisCode} onChange={(e) => set({ requiresDiagnosisCode: e.target.checked })} /> {t('coverage:plans.requiresDiagnosisCode')}
          </label>
          {field('coveredCodes', t('coverage:plans.coveredHint'))}
          {field('excludedCodes', t('coverage:plans.excludedHint'))}
          {field('coveragePercent')}
          {money('deductible')}
          {money('copay')}
          {money('minClientShare')}
          {money('perVisitMax')}
          {money('annualMax')}
          {field('visitsPerYear', t('coverage:plans.noLimit'))}
          {field('prescriptionValidMonths', t('coverage:plans.noLimit'))}
          {field('maxMinutes', t('coverage:plans.noLimit'))}
          {field('yearStart')}
          {field('note', editing === 'new' ? undefined : exampleNote(editing))}
          {stale && (
            <ConflictNotice
              differences={differences(stale)}
              onUseSaved={() => open(stale)}
              onKeepMine={() => {
                setEditing(stale); // saving again starts from the version now stored
                setStale(null);
                setStatus(t('common:conflict.keptMine'));
              }}
            />
          )}
          <button type="submit" disabled={saving}>
            {t('coverage:plans.save')}
          </button>
          {saving && <p role="status">{t('common:saving')}</p>}
          {status && <p role="status">{status}</p>}
        </form>
      )}
    </section>
  );
}
