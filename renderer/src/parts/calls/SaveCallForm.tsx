// Saving a quote as a call: who called, what came of it, when to ring back. Shared by the
// phone quote (kind 'session') and the school screen (kind 'enrollment'): the main process
// recomputes the quote from `request` and keeps a snapshot, so the numbers cannot drift.
import { memo, useCallback, useEffect, useId, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useOneSave } from '../../components/form/saving';
import { useTranslation } from 'react-i18next';
import type { CallOutcome } from '../../../../shared/vocabulary';
import type { CallRecord } from '../../../../shared/api/types';
import type { Client } from '../../../../shared/api/clients';
import type { EnrollmentRequest, Lang, QuoteRequest } from '../../../../shared/pricing/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { EarlierCalls } from './EarlierCalls';
import { IntakeDueForCaller } from '../../components/intake/IntakeDueForCaller';
import { FollowUpField, isFollowUpValid } from './FollowUpField';
import { OutcomeSelect } from './OutcomeSelect';
import { usePersistentState } from '../../state/persistent';
import { navigationEvents } from '../../navigation';
import { settledPhoneCheck, usePhoneCheck } from '../phone-check';
import { useClientByPhone } from './useClientByPhone';
import '../parts.css';

export type SaveCallProps = (
  | { kind: 'session'; request: QuoteRequest | null }
  | { kind: 'enrollment'; request: EnrollmentRequest | null }
) & {
  /** Why there is nothing to save yet (shown when Save is pressed); null request = blocked. */
  blockedReason?: string;
  /** The language the quote was given in (the caller's). */
  quoteLang: Lang;
  onSaved?: (record: CallRecord) => void;
  /** A known client's number was typed: the screen follows their language. */
  onClient?: (client: Client) => void;
  /** The client the typed number belongs to, or null when it belongs to none (yet). */
  onClientChange?: (client: Client | null) => void;
  /** Name and number to start from ("quote again" from a client's call); applied when it changes. */
  prefill?: { name: string; phone: string };
  /** The caller's name as typed (the school's printout names the student). */
  onNameChange?: (name: string) => void;
};

/** The longest note the API takes (calls.save). */
const NOTE_MAX = 2000;

type Fields = {
  name: string;
  phone: string;
  email: string;
  outcome: CallOutcome;
  followUp: string;
  /** The follow-up date typed in part: not saved as "no follow-up". */
  followUpIncomplete?: boolean;
  note: string;
  addClient: boolean;
};
const emptyFields: Fields = { name: '', phone: '', email: '', outcome: 'thinking', followUp: '', note: '', addClient: true };

/** The shape the server accepts (zod's email check); caught here to say so by the field. */
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

type Request = SaveCallProps['request'];

/** The form, rendered again only when what it shows changes: the quote screen changes the
 *  request on every key, and the form reads it only when the call is saved. */
export function SaveCallForm(props: SaveCallProps) {
  const { request, ...shown } = props;
  const latest = useRef<Request>(request);
  latest.current = request;
  const getRequest = useCallback(() => latest.current, []);
  // The request last saved (as JSON): the fields are cleared after a save but the quote is
  // still there, so a second Ctrl+Enter would save it again as a nameless call. Refused
  // until the quote or the fields change. Kept here, so the form renders only when it is set
  // or cleared, not per key.
  const requestKey = request ? JSON.stringify(request) : null;
  const [savedRequest, setSavedRequest] = usePersistentState<string | null>(`saveCall.${props.kind}.savedRequest`, null);
  useEffect(() => {
    if (savedRequest !== null && requestKey !== savedRequest) setSavedRequest(null);
  }, [requestKey, savedRequest, setSavedRequest]);
  return <Form {...shown} getRequest={getRequest} savedRequest={savedRequest} setSavedRequest={setSavedRequest} />;
}

type FormProps = Omit<SaveCallProps, 'request'> & {
  getRequest: () => Request;
  savedRequest: string | null;
  setSavedRequest: Dispatch<SetStateAction<string | null>>;
};

const Form = memo(function Form(props: FormProps) {
  const { t } = useTranslation('calls');
  const { lang, catalog } = useAppData();
  const id = useId();
  // Kept when the screen is left (e.g. F4 to look the caller up), one form per kind.
  const [fields, setFields] = usePersistentState<Fields>(`saveCall.${props.kind}.fields`, emptyFields);
  const [followUpError, setFollowUpError] = useState(false);
  const [emailError, setEmailError] = useState(false);
  const [phoneError, setPhoneError] = useState(false);
  const [status, setStatus] = useState<
    { kind: 'saved'; record: CallRecord } | { kind: 'error'; error: unknown } | { kind: 'blocked' } | { kind: 'duplicate' } | { kind: 'anonymous' } | null
  >(null);
  // From the moment a save is asked until it is done (a wait for the number's check, up to
  // 15 s on a desk connected to a hub, then the save itself) it shows as saving and the
  // fields are read-only: what is saved is what is on screen, and nothing typed meanwhile is
  // cleared with the saved call. (Saving the fields as they are after the wait would save
  // what the receptionist was still typing, and then clear it.)
  const { saving, isSaving, run } = useOneSave();
  // A call with neither name nor phone cannot be found again by either: the first save asks,
  // the second saves.
  const [anonymousAsked, setAnonymousAsked] = useState(false);
  const { savedRequest, setSavedRequest } = props;

  // Checked as it is typed (the main process has the rules); shown wrong only on save.
  const phoneCheck = usePhoneCheck(fields.phone);
  const known = useClientByPhone(phoneCheck);
  const knownId = known.kind === 'known' ? known.client.id : null;
  const onClient = useRef(props.onClient);
  onClient.current = props.onClient;
  const onClientChange = useRef(props.onClientChange);
  onClientChange.current = props.onClientChange;
  useEffect(() => {
    if (known.kind === 'known') onClient.current?.(known.client);
    onClientChange.current?.(known.kind === 'known' ? known.client : null);
    // once per client recognised, so the receptionist may still change the language after
  }, [knownId]);

  const prefill = props.prefill;
  useEffect(() => {
    if (prefill) setFields((f) => ({ ...f, name: prefill.name, phone: prefill.phone }));
  }, [prefill, setFields]);

  const { onNameChange } = props;
  useEffect(() => onNameChange?.(fields.name), [fields.name, onNameChange]);

  const set = (patch: Partial<Fields>) => {
    if (isSaving()) return; // read-only while saving (above)
    setFields((f) => ({ ...f, ...patch }));
    setSavedRequest(null);
    setAnonymousAsked(false);
    setStatus((s) => (s?.kind === 'saved' ? s : null));
  };

  async function save(event?: FormEvent) {
    event?.preventDefault();
    await run(async () => {
      setStatus(null);
      await saveFields(fields);
    });
  }

  /** `fields`: as on screen when the save was asked (and still, being read-only). */
  async function saveFields(fields: Fields) {
    // A save that comes before the number's check waits for it (once); when it cannot be
    // asked, the main process checks alone.
    const check = await settledPhoneCheck(fields.phone, catalog.currency, phoneCheck);
    const followUp = fields.followUp.trim();
    const badFollowUp = !isFollowUpValid(followUp, fields.followUpIncomplete);
    setFollowUpError(badFollowUp);
    const email = props.kind === 'enrollment' ? fields.email.trim() : '';
    const badEmail = email !== '' && !looksLikeEmail(email);
    setEmailError(badEmail);
    const badPhone = check.kind === 'invalid';
    setPhoneError(badPhone);
    if (badPhone) phoneRef.current?.focus();
    if (badFollowUp || badEmail || badPhone) return;
    const request = props.getRequest();
    if (!request) {
      setStatus({ kind: 'blocked' });
      return;
    }
    const requestKey = JSON.stringify(request);
    if (requestKey === savedRequest) {
      setStatus({ kind: 'duplicate' });
      return;
    }
    if (!fields.name.trim() && !fields.phone.trim() && !anonymousAsked) {
      setAnonymousAsked(true);
      setStatus({ kind: 'anonymous' });
      return;
    }
    const common = {
      caller: { name: fields.name.trim(), phone: fields.phone.trim(), ...(email ? { email } : {}) },
      quoteLang: props.quoteLang,
      outcome: fields.outcome,
      ...(followUp ? { followUp } : {}),
      ...(fields.note.trim() ? { note: fields.note.trim() } : {}),
      addClient: fields.addClient,
    };
    try {
      const record =
        props.kind === 'session'
          ? await call('calls.save', { kind: 'session', request: request as QuoteRequest, ...common })
          : await call('calls.save', { kind: 'enrollment', request: request as EnrollmentRequest, ...common });
      setFields(emptyFields);
      setAnonymousAsked(false);
      setSavedRequest(requestKey);
      setStatus({ kind: 'saved', record });
      props.onSaved?.(record);
    } catch (error) {
      setStatus({ kind: 'error', error });
    }
  }

  // Ctrl+Enter saves from anywhere on the screen (also from the note field); Alt+P goes to
  // the phone field (physical key, so a Korean layout works too).
  const saveRef = useRef(save);
  saveRef.current = save;
  const phoneRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void saveRef.current();
      } else if (event.altKey && !event.ctrlKey && event.code === 'KeyP') {
        event.preventDefault();
        phoneRef.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form className="save-call card" aria-labelledby={`${id}-heading`} onSubmit={save} noValidate>
      <h2 id={`${id}-heading`}>{t('save.heading')}</h2>
      <div className="row">
        <div>
          <label htmlFor={`${id}-name`}>{t('save.name')}</label>
          <input id={`${id}-name`} type="text" autoComplete="off" maxLength={100} value={fields.name} readOnly={saving} onChange={(e) => set({ name: e.target.value })} />
        </div>
        <div>
          <label htmlFor={`${id}-phone`}>{t('save.phone')}</label>
          <input
            id={`${id}-phone`}
            ref={phoneRef}
            aria-keyshortcuts="Alt+P"
            type="tel"
            autoComplete="off"
            maxLength={40}
            value={fields.phone}
            readOnly={saving}
            aria-invalid={phoneError || undefined}
            aria-describedby={phoneError ? `${id}-phone-error` : undefined}
            onChange={(e) => {
              set({ phone: e.target.value });
              setPhoneError(false);
            }}
          />
          {phoneError && (
            <p id={`${id}-phone-error`} className="field-error">
              {t('save.phoneInvalid')}
            </p>
          )}
        </div>
        {props.kind === 'enrollment' && (
          // A prospective student is sent the course details and the quote by email.
          <div>
            <label htmlFor={`${id}-email`}>{t('save.email')}</label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="off"
              maxLength={200}
              value={fields.email}
              readOnly={saving}
              aria-invalid={emailError || undefined}
              aria-describedby={emailError ? `${id}-email-error` : undefined}
              onChange={(e) => set({ email: e.target.value })}
            />
            {emailError && (
              <p id={`${id}-email-error`} className="field-error">
                {t('save.emailInvalid')}
              </p>
            )}
          </div>
        )}
      </div>
      {known.kind === 'known' && (
        <p className="known-client">
          {t('save.knownClient', { name: known.client.name || fields.phone, lang: t(`common:language.${known.client.lang}`) })}{' '}
          <button type="button" className="link" onClick={() => navigationEvents.open('calls', { clientId: known.client.id })}>
            {t('save.openClient')}
          </button>
        </p>
      )}
      {known.kind === 'new' && (
        <label className="checkbox">
          <input type="checkbox" checked={fields.addClient} aria-readonly={saving || undefined} onChange={(e) => set({ addClient: e.target.checked })} /> {t('save.addAsNew')}
        </label>
      )}
      <EarlierCalls phone={fields.phone} />
      <IntakeDueForCaller phone={fields.phone} />
      <div className="row">
        <OutcomeSelect label={t('save.outcome')} value={fields.outcome} readOnly={saving} onChange={(outcome) => set({ outcome })} />
        <FollowUpField value={fields.followUp} readOnly={saving} onChange={(followUp, incomplete) => set({ followUp, followUpIncomplete: incomplete })} invalid={followUpError} />
      </div>
      <label htmlFor={`${id}-note`}>{t('save.note')}</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={NOTE_MAX}
        aria-describedby={`${id}-note-length`}
        value={fields.note}
        readOnly={saving}
        onChange={(e) => set({ note: e.target.value })}
      />
      <span id={`${id}-note-length`} className={fields.note.length >= NOTE_MAX ? 'note-length warning small' : 'note-length muted small'}>
        {t('save.noteLength', { length: fields.note.length, max: NOTE_MAX })}
      </span>
      <div className="row">
        <button type="submit" className="primary" aria-keyshortcuts="Control+Enter" disabled={saving}>
          {t('save.submit')}
        </button>
      </div>
      {saving && <p role="status">{t('common:saving')}</p>}
      {status?.kind === 'saved' && (
        <p role="status" className="success">
          {t('save.saved', { summary: status.record.summary[lang] })}
        </p>
      )}
      {status?.kind === 'error' && <p role="alert">{errorMessage(t, status.error)}</p>}
      {status?.kind === 'blocked' && <p role="alert">{props.blockedReason ?? t('save.nothingToSave')}</p>}
      {status?.kind === 'duplicate' && <p role="alert">{t('save.alreadySaved')}</p>}
      {status?.kind === 'anonymous' && <p role="alert">{t('save.anonymous')}</p>}
    </form>
  );
});
