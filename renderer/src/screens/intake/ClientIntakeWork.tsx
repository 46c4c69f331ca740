// One client's intake: the panel (due, flags, current form, history), filling a form (new,
// the open draft, or a new version of the signed one), signing it, printing it blank or
// filled (any signed version) in the client's language, and erasing it on request.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientIntake } from '../../../../shared/api/intake';
import type { IntakeForm, IntakeSettings } from '../../../../shared/intake';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { formatDateTime, localIsoDate } from '../../format';
import { useCallerT } from '../../i18n/caller';
import { ConfirmDialog, ConflictNotice, focusFirstInvalid, staleSaveOf } from '../../components/form';
import { ClientIntakePanel } from '../../components/intake/ClientIntakePanel';
import { usePersistentState } from '../../state/persistent';
import { newDraft, noProblems, readAnswers, readForSigning, type DraftProblems, type FormDraft } from './draft';
import { IntakeFormEditor } from './IntakeFormEditor';
import { IntakePrintSection } from './IntakePrintSection';

/** `rowVersion`: the saved draft's version when it was loaded (sent with formId). `saved`:
 *  the form as last loaded or saved (consents and signature are never in a saved draft), so
 *  the form has unsaved changes while `draft` differs from it. */
type Editing = { formId?: number; rowVersion?: number; draft: FormDraft; saved: FormDraft } | null;

const editingFrom = (draft: FormDraft, saved?: IntakeForm): NonNullable<Editing> => ({
  ...(saved ? { formId: saved.id, rowVersion: saved.rowVersion } : {}),
  draft,
  saved: { ...draft, agreed: newDraft().agreed, signing: newDraft().signing },
});

/** Editing a saved draft: its id and row version go with every save. */
const editingOf = (saved: IntakeForm) => editingFrom(newDraft(saved.answers ?? undefined), saved);

const unsaved = (edit: NonNullable<Editing>) => JSON.stringify(edit.draft) !== JSON.stringify(edit.saved);

const savedDraftRef = (edit: NonNullable<Editing>) =>
  edit.formId === undefined ? {} : { formId: edit.formId, expectedVersion: edit.rowVersion ?? 1 };

export function ClientIntakeWork(props: { clientId: number; onChanged: () => void }) {
  const { t } = useTranslation('intake');
  const { lang } = useAppData();
  const [intake, setIntake] = useState<ClientIntake | null>(null);
  const [settings, setSettings] = useState<IntakeSettings | null>(null);
  // One form in progress per client: starting another client's form leaves this one as it is.
  const [edit, setEditing] = usePersistentState<Editing>(`intake.editing.${props.clientId}`, null);
  const [problems, setProblems] = useState<DraftProblems>(noProblems());
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmErase, setConfirmErase] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  /** A save refused because another desk saved this client's draft first: that draft. */
  const [stale, setStale] = useState<IntakeForm | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const today = useMemo(() => localIsoDate(new Date()), []);
  // Once the form closes its buttons are gone: the focus goes to the one that opens it again.
  const startRef = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  useEffect(() => {
    if (edit || !closing.current) return;
    closing.current = false;
    startRef.current?.focus();
  }, [edit]);

  const load = useCallback(async () => {
    const [next, s] = await Promise.all([call('intake.client', { clientId: props.clientId }), call('intake.settings', {})]);
    setIntake(next);
    setSettings(s);
    return next;
  }, [props.clientId]);

  useEffect(() => {
    setIntake(null);
    setStatus('');
    setFailure('');
    load().catch((error: unknown) => setFailure(errorMessage(t, error)));
  }, [load, t]);

  const client = intake?.client;
  const clientLang = client?.lang ?? lang;
  const clientT = useCallerT(clientLang, 'intake');

  if (!intake || !settings || !client) return failure ? <p role="alert">{failure}</p> : <p>{t('common:loading')}</p>;
  const current = intake.current;
  const consentTexts = { treatment: settings.consent.treatment[clientLang], privacy: settings.consent.privacy[clientLang] };
  const person = { name: client.name, birthDate: client.birthDate, phone: client.phoneShown };

  function start(from: 'new' | 'draft' | 'version') {
    setStatus('');
    setProblems(noProblems());
    setStale(null);
    if (from === 'draft' && intake?.draft?.answers) setEditing(editingOf(intake.draft));
    else if (from === 'version' && current?.answers) setEditing(editingFrom(newDraft(current.answers)));
    else setEditing(editingFrom(newDraft()));
  }

  function close(ask: boolean) {
    if (ask && edit && unsaved(edit)) {
      setConfirmClose(true);
      return;
    }
    setConfirmClose(false);
    closing.current = true;
    setEditing(null);
  }

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      await action();
    } catch (error) {
      const saved = staleSaveOf<IntakeForm>(error);
      if (saved) {
        setStatus('');
        setStale(saved);
      } else setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  const saveDraft = () =>
    run(async () => {
      if (!edit) return;
      const sent = edit.draft;
      const { answers, weeksBad, painBad } = readAnswers(sent);
      if (weeksBad || painBad) {
        setProblems(weeksBad ? { ...noProblems(), weeks: 'format' } : noProblems());
        requestAnimationFrame(() => focusFirstInvalid(editorRef.current));
        return;
      }
      const saved = await call('intake.saveDraft', {
        clientId: props.clientId,
        ...savedDraftRef(edit),
        lang: clientLang,
        answers,
      });
      // What was typed while the save was on its way stays (and stays unsaved): only the
      // saved form's id and version, and what was sent as the saved state, are taken.
      setEditing((latest) => latest && { ...latest, formId: saved.id, rowVersion: saved.rowVersion, saved: editingFrom(sent).saved });
      setStale(null);
      setProblems(noProblems());
      setStatus(t('work.draftSaved', { version: saved.version }));
      await load();
    });

  const sign = () =>
    run(async () => {
      if (!edit) return;
      const read = readForSigning(edit.draft, { guardianNeeded: intake.guardianNeeded, consentTexts, clientLang, now: new Date() });
      if (!read.ok) {
        setProblems(read.problems);
        setStatus('');
        setFailure(read.problems.open.length ? t('unanswered', { count: read.problems.open.length }) : t('work.cannotSign'));
        requestAnimationFrame(() => focusFirstInvalid(editorRef.current));
        return;
      }
      const signed = await call('intake.sign', {
        clientId: props.clientId,
        ...savedDraftRef(edit),
        lang: clientLang,
        answers: read.answers,
        consent: read.consent,
        signing: read.signing,
      });
      closing.current = true;
      setEditing(null);
      setStale(null);
      setProblems(noProblems());
      setStatus(t('work.signed', { version: signed.version }));
      await load();
      props.onChanged();
    });

  const erase = () =>
    run(async () => {
      const { erased } = await call('intake.erase', { clientId: props.clientId });
      setConfirmErase(false);
      setEditing(null);
      setStatus(t('work.erased', { count: erased }));
      await load();
      props.onChanged();
    });

  return (
    <div className="intake-work">
      <div className="no-print">
      <h2 className="intake-client-name">
        {client.name || person.phone} <span className="muted">· {t(`picker.langs.${client.lang}`)}</span>
      </h2>
      <p role="status" className="success">
        {status}
      </p>
      {failure && <p role="alert">{failure}</p>}

      {edit ? (
        <div ref={editorRef}>
          {clientT ? (
            <IntakeFormEditor
              value={edit.draft}
              onChange={(draft) => setEditing({ ...edit, draft })}
              clientT={clientT}
              clientLang={clientLang}
              consentTexts={consentTexts}
              guardianNeeded={intake.guardianNeeded}
              guardianAge={settings.guardianAge}
              problems={problems}
            />
          ) : (
            <p>{t('common:loading')}</p>
          )}
          {stale && (
            <ConflictNotice
              differences={null}
              onUseSaved={() => {
                setEditing(editingOf(stale));
                setStale(null);
              }}
              onKeepMine={() => {
                // saving again replaces the other desk's draft, knowingly
                setEditing({ ...edit, formId: stale.id, rowVersion: stale.rowVersion });
                setStale(null);
                setStatus(t('common:conflict.keptMine'));
              }}
            >
              <p>{t('work.otherDraft', { version: stale.version, when: formatDateTime(stale.updatedAt, lang) })}</p>
            </ConflictNotice>
          )}
          <div className="row intake-actions">
            <button type="button" className="primary" onClick={() => void sign()} disabled={busy}>
              {t('work.sign')}
            </button>
            <button type="button" onClick={() => void saveDraft()} disabled={busy}>
              {t('work.saveDraft')}
            </button>
            <button type="button" onClick={() => close(true)} disabled={busy}>
              {t('work.close')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="row intake-actions">
            {intake.draft ? (
              <button type="button" className="primary" ref={startRef} onClick={() => start('draft')}>
                {t('work.continueDraft', { version: intake.draft.version })}
              </button>
            ) : current ? (
              <button type="button" className="primary" ref={startRef} onClick={() => start('version')}>
                {t('work.newVersion')}
              </button>
            ) : (
              <button type="button" className="primary" ref={startRef} onClick={() => start('new')}>
                {t('work.newForm')}
              </button>
            )}
            {intake.history.some((f) => f.status !== 'erased') && (
              <button type="button" className="danger" onClick={() => setConfirmErase(true)}>
                {t('work.erase')}
              </button>
            )}
          </div>
          <ClientIntakePanel intake={intake} />
        </>
      )}

      </div>
      <IntakePrintSection intake={intake} clientLang={clientLang} person={person} consentTexts={consentTexts} today={today} />

      {confirmClose && (
        <ConfirmDialog
          title={t('work.closeTitle')}
          message={<p>{t('work.closeMessage')}</p>}
          confirmLabel={t('work.closeConfirm')}
          destructive
          onConfirm={() => close(false)}
          onCancel={() => setConfirmClose(false)}
        />
      )}
      {confirmErase && (
        <ConfirmDialog
          title={t('work.eraseTitle')}
          message={<p>{t('work.eraseMessage', { name: client.name || person.phone })}</p>}
          confirmLabel={t('work.eraseConfirm')}
          destructive
          busy={busy}
          onConfirm={() => void erase()}
          onCancel={() => setConfirmErase(false)}
        />
      )}
    </div>
  );
}
