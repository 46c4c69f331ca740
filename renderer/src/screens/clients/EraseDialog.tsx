// "Erase this client's records": what will be erased and what is kept (counted by the main
// process), what backups still hold, and a typed confirmation (the client's name, or the
// last 4 digits of a nameless client's number) before the button works. Enter in the field
// erases once it matches; Esc closes.
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, ErasePreview, EraseResult } from '../../../../shared/api/clients';
import { confirmsErasure, erasureWord } from '../../../../shared/erasure';
import { call } from '../../api/client';
import { Dialog } from '../../components/form';
import { errorMessage } from '../../errors';
import { ErasureCounts } from './ErasureCounts';

export function EraseDialog(props: { client: Client; onClose: () => void; onErased: (result: EraseResult) => void }) {
  const { t } = useTranslation(['clients', 'common']);
  const ids = useId();
  const [preview, setPreview] = useState<ErasePreview | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const boxRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    call('clients.erasePreview', { id: props.client.id }).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [props.client.id]);

  // The form comes with the counts: the field takes the focus then (Esc works from there),
  // in the commit that shows it, so the first letters typed are not lost.
  useLayoutEffect(() => {
    if (preview) boxRef.current?.focus();
  }, [preview]);

  const word = erasureWord(props.client);
  const matches = confirmsErasure(props.client, typed);

  async function erase(event: FormEvent) {
    event.preventDefault();
    if (!matches || busy) return;
    setBusy(true);
    try {
      props.onErased(await call('clients.erase', { id: props.client.id, confirmation: typed }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('erase.title')} onClose={props.onClose} role="alertdialog" describedBy={`${ids}-explain`} wide>
      <p id={`${ids}-explain`} tabIndex={-1} data-autofocus>
        {t('erase.zoneExplain')}
      </p>
      {!preview && error === null && <p role="status">{t('common:loading')}</p>}
      {preview && (
        <form onSubmit={(e) => void erase(e)}>
          <h3 id={`${ids}-erase`}>{t('erase.willErase')}</h3>
          <ErasureCounts counts={preview.counts} labelledBy={`${ids}-erase`} />
          <h3 id={`${ids}-keep`}>{t('erase.willKeep')}</h3>
          <ul aria-labelledby={`${ids}-keep`}>
            <li>{t('erase.keepTombstone')}</li>
            <li>{t('erase.keepMoney')}</li>
          </ul>
          <p className="warning">{t('erase.backups', { count: preview.backupsKept })}</p>
          <label htmlFor={`${ids}-confirm`}>
            {t(word.kind === 'name' ? 'erase.confirmName' : 'erase.confirmPhone', { word: word.word })}
          </label>
          <input
            id={`${ids}-confirm`}
            ref={boxRef}
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <div className="row">
            <button type="submit" className="danger" disabled={!matches || busy}>
              {t('erase.confirm')}
            </button>
            <button type="button" onClick={props.onClose}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
      {error !== null && <p role="alert">{errorMessage(t, error)}</p>}
    </Dialog>
  );
}
