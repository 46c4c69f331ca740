// A client's contact details as a form: adding a client and editing one inline on their
// page. Checked here field by field (a number the main process would refuse, asked as it
// is typed with phones.check; an email, a date), and the main process's refusals
// ('invalid-phone', 'phone-in-use') are shown by the field they name.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useOneSave } from '../../components/form/saving';
import { useTranslation } from 'react-i18next';
import type { Client, ClientCreate } from '../../../../shared/api/clients';
import { isValidDate } from '../../../../shared/pricing/dates';
import type { Lang } from '../../../../shared/vocabulary';
import { ApiCallError } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { settledPhoneCheck, usePhoneCheck, type PhoneCheckState } from '../../parts/phone-check';
import { differs, useLeaveGuard } from '../../state/leave-guard';

export type ClientFields = {
  name: string;
  phone: string;
  email: string;
  birthDate: string;
  lang: Lang;
  address: string;
  emergencyName: string;
  emergencyPhone: string;
  emergencyRelationship: string;
  note: string;
};

type Field = keyof ClientFields;

export function fieldsOf(client: Client | null, lang: Lang): ClientFields {
  return {
    name: client?.name ?? '',
    phone: client?.phoneShown ?? '',
    email: client?.email ?? '',
    birthDate: client?.birthDate ?? '',
    lang: client?.lang ?? lang,
    address: client?.address ?? '',
    emergencyName: client?.emergencyName ?? '',
    emergencyPhone: client?.emergencyPhoneShown ?? '',
    emergencyRelationship: client?.emergencyRelationship ?? '',
    note: client?.note ?? '',
  };
}

/** What the API takes: every field (the form shows them all). */
export function inputOf(f: ClientFields): Required<Omit<ClientCreate, 'birthDate'>> & { birthDate: string | null } {
  return {
    name: f.name.trim(),
    phone: f.phone.trim(),
    email: f.email.trim(),
    birthDate: f.birthDate.trim() === '' ? null : f.birthDate.trim(),
    lang: f.lang,
    address: f.address.trim(),
    emergencyName: f.emergencyName.trim(),
    emergencyPhone: f.emergencyPhone.trim(),
    emergencyRelationship: f.emergencyRelationship.trim(),
    note: f.note.trim(),
  };
}

const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

export function ClientForm(props: {
  initial: ClientFields;
  /** When it changes (the record saved, here or elsewhere), the form starts again from
   *  `initial` without being rebuilt: the focus stays on the field or button it was on. */
  startsFrom?: string | number;
  submitLabel: string;
  /** Resolves when saved; throws an ApiCallError to show by its field. */
  onSubmit: (fields: ClientFields) => Promise<void>;
  /** A save was asked: what the page said of the last one no longer stands (even if this
   *  one stops at a field's check, before onSubmit). */
  onSaveStart?: () => void;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation(['clients', 'errors', 'common']);
  const id = useId();
  const [fields, setFields] = useState(props.initial);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [startedFrom, setStartedFrom] = useState(props.startsFrom);
  if (props.startsFrom !== startedFrom) {
    setStartedFrom(props.startsFrom);
    setFields(props.initial);
    setProblems({});
    setFailure(null);
  }
  useLeaveGuard(differs(fields, props.initial));
  const { currency } = useAppData().catalog;
  // From the moment a save is asked until it is done (a wait for the numbers' checks, up to
  // 15 s on a desk connected to a hub, then the save) the fields are read-only: what is
  // saved is what is on screen, and nothing typed meanwhile goes unsaved.
  const { saving, isSaving, run } = useOneSave();

  const phoneCheck = usePhoneCheck(fields.phone);
  const emergencyPhoneCheck = usePhoneCheck(fields.emergencyPhone);

  /** `phones`: the numbers' checks (an answer the main process could not give counts as
   *  fine here: it checks again on save). */
  function check(f: ClientFields, phones: { phone: PhoneCheckState; emergencyPhone: PhoneCheckState }): Partial<Record<Field, string>> {
    const out: Partial<Record<Field, string>> = {};
    if (phones.phone.kind === 'invalid') out.phone = t('problems.phone');
    if (phones.emergencyPhone.kind === 'invalid') out.emergencyPhone = t('problems.phone');
    if (f.email.trim() && !looksLikeEmail(f.email.trim())) out.email = t('problems.email');
    if (f.birthDate.trim() && !isValidDate(f.birthDate.trim())) out.birthDate = t('problems.birthDate');
    if (!f.name.trim() && !f.phone.trim()) out.name = t('problems.nameOrPhone');
    return out;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => saveFields(fields));
  }

  /** `fields`: as on screen when the save was asked (and still, being read-only). */
  async function saveFields(fields: ClientFields) {
    props.onSaveStart?.();
    const [phone, emergencyPhone] = await Promise.all([
      settledPhoneCheck(fields.phone, currency, phoneCheck),
      settledPhoneCheck(fields.emergencyPhone, currency, emergencyPhoneCheck),
    ]);
    const found = check(fields, { phone, emergencyPhone });
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    try {
      await props.onSubmit(fields);
    } catch (error) {
      const field = error instanceof ApiCallError ? error.error.details?.field : undefined;
      if (typeof field === 'string' && (field === 'phone' || field === 'emergencyPhone')) {
        setProblems({ [field]: errorMessage(t, error) });
        document.getElementById(`${id}-${field}`)?.focus();
      } else {
        setFailure(error);
      }
    }
  }

  const set = (patch: Partial<ClientFields>) => {
    if (!isSaving()) setFields((f) => ({ ...f, ...patch })); // read-only while saving (above)
  };
  const input = (field: Exclude<Field, 'lang' | 'note'>, type = 'text', max = 100) => (
    <div>
      <label htmlFor={`${id}-${field}`}>{t(`fields.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        type={type}
        autoComplete="off"
        maxLength={max}
        value={fields[field]}
        disabled={props.disabled}
        readOnly={saving}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={problems[field] ? `${id}-${field}-problem` : undefined}
        onChange={(e) => set({ [field]: e.target.value })}
      />
      {problems[field] && (
        <p id={`${id}-${field}-problem`} className="field-error">
          {problems[field]}
        </p>
      )}
    </div>
  );

  return (
    <form className="client-details" onSubmit={submit} noValidate>
      <div className="row">
        {input('name')}
        {input('phone', 'tel', 40)}
        {input('email', 'email', 200)}
      </div>
      <div className="row">
        {input('birthDate', 'date', 10)}
        <div>
          <label htmlFor={`${id}-lang`}>{t('fields.lang')}</label>
          <select id={`${id}-lang`} value={fields.lang} disabled={props.disabled} aria-readonly={saving || undefined} onChange={(e) => set({ lang: e.target.value === 'en' ? 'en' : 'ko' })}>
            <option value="ko">{t('common:language.ko')}</option>
            <option value="en">{t('common:language.en')}</option>
          </select>
        </div>
        {input('address', 'text', 500)}
      </div>
      <div className="row">
        {input('emergencyName')}
        {input('emergencyPhone', 'tel', 40)}
        {input('emergencyRelationship', 'text', 50)}
      </div>
      <label htmlFor={`${id}-note`}>{t('fields.note')}</label>
      <textarea id={`${id}-note`} rows={2} maxLength={2000} value={fields.note} disabled={props.disabled} readOnly={saving} onChange={(e) => set({ note: e.target.value })} />
      {!props.disabled && (
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {props.submitLabel}
          </button>
          {props.children}
        </div>
      )}
      {saving && <p role="status">{t('common:saving')}</p>}
      {failure !== null && <p role="alert">{errorMessage(t, failure)}</p>}
    </form>
  );
}
