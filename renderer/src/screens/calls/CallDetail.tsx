// One call in a modal dialog: the saved quote as it was, and what the receptionist may
// change afterwards (outcome, note, follow-up). Escape closes; focus stays inside.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutcome } from '../../../../shared/api/contract';
import type { CallRecord } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { isIsoDate, outcomes } from './outcomes';
import { SavedQuoteView } from './SavedQuoteView';

type Edit = { outcome: CallOutcome; note: string; followUp: string };

export function CallDetail(props: { id: number; onClose: () => void; onUpdated: (record: CallRecord) => void }) {
  const { t } = useTranslation(['calls', 'common']);
  const { lang } = useAppData();
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [record, setRecord] = useState<CallRecord | null>(null);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<{ kind: 'saved' } | { kind: 'error'; error: unknown } | null>(null);
  const [saving, setSaving] = useState(false);
  const [followUpError, setFollowUpError] = useState(false);

  useEffect(() => {
    let live = true;
    call('calls.get', { id: props.id }).then(
      (found) => {
        if (!live) return;
        setRecord(found);
        setEdit({ outcome: found.outcome, note: found.note, followUp: found.followUp ?? '' });
      },
      (error: unknown) => {
        if (live) setLoadError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [props.id]);

  // Focus the first field once loaded (the close button before that).
  useEffect(() => {
    const first = dialogRef.current?.querySelector<HTMLElement>(record ? 'select, input, textarea' : 'button');
    first?.focus();
  }, [record]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    // Keep Tab inside the modal dialog.
    const focusable = Array.from(
      dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled]), input, select, textarea') ?? [],
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!record || !edit || saving) return;
    const followUp = edit.followUp.trim();
    const bad = followUp !== '' && !isIsoDate(followUp);
    setFollowUpError(bad);
    if (bad) return;
    setSaving(true);
    try {
      const updated = await call('calls.update', {
        id: record.id,
        outcome: edit.outcome,
        note: edit.note,
        followUp: followUp === '' ? null : followUp,
      });
      setRecord(updated);
      setSaveState({ kind: 'saved' });
      props.onUpdated(updated);
    } catch (error) {
      setSaveState({ kind: 'error', error });
    } finally {
      setSaving(false);
    }
  }

  const change = (patch: Partial<Edit>) => {
    setEdit((e) => (e ? { ...e, ...patch } : e));
    setSaveState(null);
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className="dialog card"
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>
          {!record
            ? t('detail.loading')
            : record.callerName
              ? t('detail.title', { name: record.callerName, when: formatDateTime(record.createdAt, lang) })
              : t('detail.titleNoName', { when: formatDateTime(record.createdAt, lang) })}
        </h2>
        {loadError !== null && <p role="alert">{errorMessage(t, loadError)}</p>}
        {record && edit && (
          <>
            <p className="muted">
              {t('detail.caller', {
                phone: record.phone || t('detail.noPhone'),
                lang: t(`common:language.${record.quoteLang}`),
                summary: record.summary[lang],
              })}
            </p>
            {record.email && <p className="muted">{t('detail.email', { email: record.email })}</p>}
            <SavedQuoteView saved={record.saved} lang={lang} />
            <form onSubmit={save} className="detail-edit" noValidate>
              <div className="row">
                <div>
                  <label htmlFor={`${id}-outcome`}>{t('save.outcome')}</label>
                  <select id={`${id}-outcome`} value={edit.outcome} onChange={(e) => change({ outcome: e.target.value as CallOutcome })}>
                    {outcomes.map((outcome) => (
                      <option key={outcome} value={outcome}>
                        {t(`outcome.${outcome}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor={`${id}-follow-up`}>{t('save.followUp')}</label>
                  <input
                    id={`${id}-follow-up`}
                    type="date"
                    value={edit.followUp}
                    aria-invalid={followUpError || undefined}
                    aria-describedby={followUpError ? `${id}-follow-up-error` : undefined}
                    onChange={(e) => change({ followUp: e.target.value })}
                  />
                  <button type="button" onClick={() => change({ followUp: '' })} disabled={edit.followUp === ''}>
                    {t('detail.clearFollowUp')}
                  </button>
                  {followUpError && (
                    <p id={`${id}-follow-up-error`} className="field-error">
                      {t('save.followUpInvalid')}
                    </p>
                  )}
                </div>
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
      </div>
    </div>
  );
}
