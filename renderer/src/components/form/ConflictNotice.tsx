// "Someone else changed this at the same time" (optimistic concurrency, migration 009): shown
// when a save was refused because another desk saved the same record first. Nothing of what
// the user typed is lost: the form keeps it while this is shown, the differences are listed
// side by side, and the user chooses: take the saved version, or keep theirs in the form and
// save again (a deliberate overwrite, never a silent one).
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client';
import './form.css';

/** The record as it is now, when `error` is a refusal of a stale save; otherwise null. */
export function staleSaveOf<T>(error: unknown): T | null {
  if (!(error instanceof ApiCallError) || error.error.code !== 'conflict') return null;
  const details = error.error.details;
  return details?.reason === 'changed' && details.current !== undefined ? (details.current as T) : null;
}

export type Difference = { label: string; saved: string; mine: string };

export function ConflictNotice(props: {
  /** null: the record is too large to list field by field; `children` say what changed. */
  differences: Difference[] | null;
  onUseSaved: () => void;
  onKeepMine: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('common');
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []); // in the commit that shows it (see ClientPage)
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} className="conflict-notice">
      <p id={`${id}-title`}>
        <strong>{t('conflict.title')}</strong> {t('conflict.explain')}
      </p>
      {props.differences === null ? null : props.differences.length > 0 ? (
        <table>
          <caption>{t('conflict.differences')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.saved')}</th>
              <th scope="col">{t('conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {props.differences.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td>{d.saved || t('conflict.empty')}</td>
                <td>{d.mine || t('conflict.empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('conflict.noDifferences')}</p>
      )}
      {props.children}
      <div className="row">
        <button type="button" onClick={props.onUseSaved}>
          {t('conflict.useSaved')}
        </button>
        <button type="button" onClick={props.onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
