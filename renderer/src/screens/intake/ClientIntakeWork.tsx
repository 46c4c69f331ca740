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

/** `rowVersion`: the saved draft's version when it was loaded (sent with formId). */
type Editing = { clientId: number; formId?: number; rowVersion?: number; draft: FormDraft } | null;

/** Editing a saved draft: its id and row version go with every save. */
function editingOf(clientId: number, draft: IntakeForm): NonNullable<Editing> {
  return { clientId, formId: draft.id, rowVersion: draft.rowVersion, draft: newDraft(draft.answers ?? undefined) };
}

const savedDraftRef = (edit: NonNullable<Editing>) =>
  edit.formId === undefined ? {} : { formId: edit.formId, expectedVersion: edit.rowVersion ?? 1 };

export function ClientIntakeWork(props: { clientId: number; onChanged: () => void }) {
  const { t } = useTranslation('intake');
  const { lang } = useAppData();
  const [intake, setIntake] = useState<ClientIntake | null>(null);
  const [settings, setSettings] = useState<IntakeSettings | null>(null);
  const [editing, setEditing] = usePersistentState<Editing>('intake.editing', null);
  const [problems, setProblems] = useState<DraftProblems>(noProblems());
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmErase, setConfirmErase] = useState(false);
  /** A save refused because another desk saved this client's draft first: that draft. */
  const [stale, setStale] = useState<IntakeForm | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const today = useMemo(() => localIsoDate(new Date()), []);

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
  const edit = editing && editing.clientId === props.clientId ? editing : null;

  if (!intake || !settings || !client) return failure ? <p role="alert">{failure}</p> : <p>{t('common:loading')}</p>;
  const current = intake.current;
  const consentTexts = { treatment: settings.consent.treatment[clientLang], privacy: settings.consent.privacy[clientLang] };
  const person = { name: client.name, birthDate: client.birthDate, phone: client.phoneShown };

  function start(from: 'new' | 'draft' | 'version') {
    setStatus('');
    setProblems(noProblems());
    setStale(null);
    if (from === 'draft' && intake?.draft?.answers) setEditing(editingOf(props.clientId, intake.draft));
    else if (from === 'version' && current?.answers) setEditing({ clientId: props.clientId, draft: newDraft(current.answers) });
    else setEditing({ clientId: props.clientId, draft: newDraft() });
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
      const { answers, weeksBad } = readAnswers(edit.draft);
      if (weeksBad) {
        setProblems({ ...noProblems(), weeks: 'format' });
        requestAnimationFrame(() => focusFirstInvalid(editorRef.current));
        return;
      }
      const saved = await call('intake.saveDraft', {
        clientId: props.clientId,
        ...savedDraftRef(edit),
        lang: clientLang,
        answers,
      });
      setEditing({ ...edit, formId: saved.id, rowVersion: saved.rowVersion });
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
                setEditing(editingOf(props.clientId, stale));
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
            <button type="button" onClick={() => setEditing(null)} disabled={busy}>
              {t('work.close')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="row intake-actions">
            {intake.draft ? (
              <button type="button" className="primary" onClick={() => start('draft')}>
                {t('work.continueDraft', { version: intake.draft.version })}
              </button>
            ) : current ? (
              <button type="button" className="primary" onClick={() => start('version')}>
                {t('work.newVersion')}
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => start('new')}>
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
