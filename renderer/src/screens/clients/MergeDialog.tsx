// Merging a duplicate into the record on screen: find it, see what the merge will do (the
// kept record after it, what moves), then confirm. The main process does it in one
// transaction.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, MergePreview } from '../../../../shared/api/clients';
import { call } from '../../api/client';
import { Dialog } from '../../components/form';
import { errorMessage } from '../../errors';
import { listKeys } from '../../parts/list-keys';

const DEBOUNCE_MS = 200;

export function MergeDialog(props: { keep: Client; onClose: () => void; onMerged: (kept: Client) => void }) {
  const { t } = useTranslation(['clients', 'common']);
  const ids = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Client[]>([]);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const boxRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const keys = listKeys(boxRef, listRef, 'button.pick-client');

  useEffect(() => {
    if (text.trim() === '') {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call('clients.search', { text: text.trim(), limit: 20 }).then(
        (page) => live && setFound(page.rows.filter((c) => c.id !== props.keep.id)),
        (e: unknown) => live && setError(e),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, props.keep.id]);

  // The chosen record's preview replaces the list: the focus goes to Merge (in the commit
  // that shows it, before a key could reach the list it replaced).
  useLayoutEffect(() => {
    if (preview) confirmRef.current?.focus();
    else boxRef.current?.focus();
  }, [preview]);

  async function choose(other: Client) {
    setError(null);
    try {
      setPreview(await call('clients.mergePreview', { keepId: props.keep.id, mergeId: other.id }));
    } catch (e) {
      setError(e);
    }
  }

  async function confirm() {
    if (!preview || busy) return;
    setBusy(true);
    try {
      props.onMerged(await call('clients.merge', { keepId: preview.keep.id, mergeId: preview.merge.id }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const label = (c: Client) => [c.name || t('list.noName'), c.phoneShown, c.email].filter(Boolean).join(' · ');

  return (
    <Dialog title={t('merge.title')} onClose={props.onClose} wide>
      <p>{t('merge.explain')}</p>
      {!preview ? (
        <>
          <label htmlFor={`${ids}-search`}>{t('merge.search')}</label>
          <input
            id={`${ids}-search`}
            ref={boxRef}
            type="search"
            autoComplete="off"
            data-autofocus
            placeholder={t('search.placeholder')}
            value={text}
            onKeyDown={keys.onBoxKeyDown}
            onChange={(e) => setText(e.target.value)}
          />
          <ul ref={listRef} onKeyDown={keys.onRowsKeyDown} className="merge-candidates">
            {found.map((c) => (
              <li key={c.id}>
                <button type="button" className="pick-client link" aria-label={t('merge.pick', { name: label(c) })} onClick={() => void choose(c)}>
                  {label(c)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <div className="merge-columns">
            <section aria-labelledby={`${ids}-result`}>
              <h3 id={`${ids}-result`}>{t('merge.result')}</h3>
              <dl className="facts">
                {(['name', 'phone', 'email', 'birthDate', 'address', 'emergencyName', 'emergencyPhone', 'emergencyRelationship', 'note'] as const).map((field) => {
                  const shown = field === 'phone' || field === 'emergencyPhone' ? preview.result[`${field}Shown`] : (preview.result[field] ?? '');
                  return shown ? (
                    <div key={field} className="fact">
                      <dt>{t(`fields.${field}`)}</dt>
                      <dd>{shown}</dd>
                    </div>
                  ) : null;
                })}
              </dl>
            </section>
            <section aria-labelledby={`${ids}-moves`}>
              <h3 id={`${ids}-moves`}>{t('merge.moves')}</h3>
              <p>{label(preview.merge)}</p>
              <ul>
                {preview.moves.filter((m) => m.count > 0).length === 0 && <li>{t('merge.nothingMoves')}</li>}
                {preview.moves
                  .filter((m) => m.count > 0)
                  .map((m) => (
                    <li key={m.table}>{m.table === 'calls' ? t('merge.moveCalls', { count: m.count }) : t('merge.moveOther', { count: m.count })}</li>
                  ))}
              </ul>
            </section>
          </div>
          <div className="row">
            <button type="button" ref={confirmRef} className="primary" onClick={() => void confirm()} disabled={busy}>
              {t('merge.confirm')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('merge.again')}
            </button>
          </div>
        </>
      )}
      {error !== null && <p role="alert">{errorMessage(t, error)}</p>}
    </Dialog>
  );
}
