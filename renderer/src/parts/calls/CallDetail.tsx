// One call in a modal dialog: the saved quote as it was, and what the receptionist may
// change afterwards (outcome, note, follow-up). The shared Dialog keeps focus inside,
// closes on Escape and gives focus back to the row that opened it.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutcome } from '../../../../shared/vocabulary';
import type { CallRecord } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { ConflictNotice, Dialog, staleSaveOf } from '../../components/form';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { navigationEvents } from '../../navigation';
import { FollowUpField, isFollowUpValid } from './FollowUpField';
import { OutcomeSelect } from './OutcomeSelect';
import { SavedQuoteView } from './SavedQuoteView';
import '../parts.css';

type Edit = { outcome: CallOutcome; note: string; followUp: string; followUpIncomplete?: boolean };

const editOf = (found: CallRecord): Edit => ({ outcome: found.outcome, note: found.note, followUp: found.followUp ?? '' });

export function CallDetail(props: { id: number; onClose: () => void; onUpdated: (record: CallRecord) => void }) {
  const { t } = useTranslation(['calls', 'common']);
  const { lang } = useAppData();
  const id = useId();
  const [record, setRecord] = useState<CallRecord | null>(null);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<{ kind: 'saved' } | { kind: 'error'; error: unknown } | null>(null);
  const [saving, setSaving] = useState(false);
  const [followUpError, setFollowUpError] = useState(false);
  /** Another desk saved this call first: the call as it is now. */
  const [stale, setStale] = useState<CallRecord | null>(null);

  useEffect(() => {
    let live = true;
    call('calls.get', { id: props.id }).then(
      (found) => {
        if (!live) return;
        setRecord(found);
        setEdit(editOf(found));
      },
      (error: unknown) => {
        if (live) setLoadError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [props.id]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!record || !edit || saving) return;
    const followUp = edit.followUp.trim();
    const bad = !isFollowUpValid(followUp, edit.followUpIncomplete);
    setFollowUpError(bad);
    if (bad) return;
    setSaving(true);
    try {
      const updated = await call('calls.update', {
        id: record.id,
        expectedVersion: record.rowVersion,
        outcome: edit.outcome,
        note: edit.note,
        followUp: followUp === '' ? null : followUp,
      });
      setRecord(updated);
      setSaveState({ kind: 'saved' });
      props.onUpdated(updated);
    } catch (error) {
      const saved = staleSaveOf<CallRecord>(error);
      if (saved) {
        setSaveState(null);
        setStale(saved);
      } else setSaveState({ kind: 'error', error });
    } finally {
      setSaving(false);
    }
  }

  const change = (patch: Partial<Edit>) => {
    setEdit((e) => (e ? { ...e, ...patch } : e));
    setSaveState(null);
  };

  const differences = (saved: Edit, mine: Edit) =>
    [
      { label: t('save.outcome'), saved: t(`outcome.${saved.outcome}`), mine: t(`outcome.${mine.outcome}`) },
      { label: t('save.followUp'), saved: saved.followUp, mine: mine.followUp.trim() },
      { label: t('save.note'), saved: saved.note, mine: mine.note.trim() },
    ].filter((d) => d.saved !== d.mine);

  const title = !record
    ? t('detail.loading')
    : record.callerName
      ? t('detail.title', { name: record.callerName, when: formatDateTime(record.createdAt, lang) })
      : t('detail.titleNoName', { when: formatDateTime(record.createdAt, lang) });

  // Until the call is loaded the Dialog focuses the close button; the outcome takes the
  // focus once the form appears.
  return (
    <Dialog title={title} onClose={props.onClose} wide>
      {loadError !== null && <p role="alert">{errorMessage(t, loadError)}</p>}
      {record && edit && (
        <>
          <p className="muted">
            {t('detail.caller', {
              phone: record.phoneShown || t('detail.noPhone'),
              lang: t(`common:language.${record.quoteLang}`),
              summary: record.summary[lang],
            })}
          </p>
          {record.email && <p className="muted">{t('detail.email', { email: record.email })}</p>}
          <SavedQuoteView saved={record.saved} lang={lang} />
          {record.saved.kind === 'session' && (
            <button
              type="button"
              onClick={() => {
                if (record.saved.kind !== 'session') return;
                navigationEvents.open('quote', {
                  quoteAgain: {
                    request: record.saved.request,
                    caller: { name: record.callerName, phone: record.phoneShown },
                    lang: record.quoteLang,
                  },
                });
              }}
            >
              {t('detail.quoteAgain')}
            </button>
          )}
          <form onSubmit={save} className="detail-edit" noValidate>
            <div className="row">
              <OutcomeSelect label={t('save.outcome')} value={edit.outcome} onChange={(outcome) => change({ outcome })} autoFocus />
              <FollowUpField value={edit.followUp} onChange={(followUp, incomplete) => change({ followUp, followUpIncomplete: incomplete })} invalid={followUpError}>
                <button type="button" onClick={() => change({ followUp: '', followUpIncomplete: false })} disabled={edit.followUp === ''}>
                  {t('detail.clearFollowUp')}
                </button>
              </FollowUpField>
            </div>
            <label htmlFor={`${id}-note`}>{t('save.note')}</label>
            <textarea id={`${id}-note`} rows={3} maxLength={2000} value={edit.note} onChange={(e) => change({ note: e.target.value })} />
            <div className="row">
              <button type="submit" className="primary" disabled={saving}>
                {t('detail.saveChanges')}
              </button>
              <button type="button" onClick={props.onClose} aria-keyshortcuts="Escape">
                {t('common:actions.close')}
              </button>
            </div>
            {stale && (
              <ConflictNotice
                differences={differences(editOf(stale), edit)}
                onUseSaved={() => {
                  setRecord(stale);
                  setEdit(editOf(stale));
                  setStale(null);
                }}
                onKeepMine={() => {
                  setRecord(stale); // saving again starts from the version now stored
                  setStale(null);
                }}
              />
            )}
            {saveState?.kind === 'saved' && (
              <p role="status" className="success">
                {t('detail.updated')}
              </p>
            )}
            {saveState?.kind === 'error' && <p role="alert">{errorMessage(t, saveState.error)}</p>}
          </form>
        </>
      )}
      {!record && (
        <button type="button" onClick={props.onClose}>
          {t('common:actions.close')}
        </button>
      )}
    </Dialog>
  );
}
