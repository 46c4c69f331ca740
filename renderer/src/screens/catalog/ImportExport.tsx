// Export the price list as a file, or replace it with one. An import is checked first: a
// bad file lists every problem and writes nothing; a good one shows what it holds and
// asks before it replaces the whole price list.
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogProblem } from '../../../../shared/pricing/types';
import type { CatalogSummary } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage, problemMessage, problemsOf } from '../../errors';
import { ConfirmDialog } from '../../components/form';
import { downloadText } from '../../components/download';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'problems'; fileName: string; problems: CatalogProblem[] }
  | { phase: 'confirm'; fileName: string; text: string; summary: CatalogSummary };

const SUMMARY_KEYS = ['services', 'addOns', 'surcharges', 'travelZones', 'discounts', 'programs'] as const;

export function ImportExport(props: { onImported: () => void }) {
  const { setCatalog } = useAppData();
  const { t } = useTranslation('catalog');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  async function exportFile() {
    setFailure('');
    try {
      const { fileName, json } = await call('catalog.export', {});
      downloadText(fileName, json, 'application/json');
      setStatus(t('io.exported', { fileName }));
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clear it, so choosing the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (!file) return;
    setStatus('');
    setFailure('');
    setBusy(true);
    try {
      const text = await file.text();
      const checked = await call('catalog.checkImport', { text });
      if (checked.problems.length > 0 || !checked.summary) {
        setState({ phase: 'problems', fileName: file.name, problems: checked.problems });
      } else {
        setState({ phase: 'confirm', fileName: file.name, text, summary: checked.summary });
      }
    } catch (error) {
      setState({ phase: 'idle' });
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  async function replace(fileName: string, text: string) {
    setBusy(true);
    try {
      setCatalog(await call('catalog.import', { text }));
      props.onImported();
      setState({ phase: 'idle' });
      setStatus(t('io.imported', { fileName }));
    } catch (error) {
      const problems = problemsOf(error);
      if (problems.length > 0) setState({ phase: 'problems', fileName, problems });
      else {
        setState({ phase: 'idle' });
        setFailure(errorMessage(t, error));
      }
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  return (
    <div className="catalog-io no-print">
      <div className="row">
        <button type="button" onClick={exportFile}>
          {t('io.export')}
        </button>
        <div className="form-field">
          <label htmlFor={inputId}>{t('io.import')}</label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept=".json,application/json"
            onChange={pick}
            disabled={busy}
          />
        </div>
      </div>
      <p role="status" className="success">
        {status}
      </p>
      {failure && <p role="alert">{failure}</p>}
      {state.phase === 'problems' && (
        <div role="alert" className="card import-problems">
          <p>{t('io.problemsIntro', { fileName: state.fileName, n: state.problems.length })}</p>
          <ul>
            {state.problems.map((problem, i) => (
              <li key={i}>
                {t('errors:problemAt', {
                  path: problem.path || t('io.wholeFile'),
                  message: problemMessage(t, problem),
                })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setState({ phase: 'idle' })}>
            {t('io.dismiss')}
          </button>
        </div>
      )}
      {state.phase === 'confirm' && (
        <ConfirmDialog
          title={t('io.confirmTitle')}
          message={
            <>
              <p>{t('io.confirmMessage', { fileName: state.fileName })}</p>
              <dl className="import-summary">
                <div>
                  <dt>{t('io.summary.currency')}</dt>
                  <dd>{state.summary.currency}</dd>
                </div>
                {SUMMARY_KEYS.map((key) => (
                  <div key={key}>
                    <dt>{t(`sections.${key}`)}</dt>
                    <dd>{state.summary[key]}</dd>
                  </div>
                ))}
              </dl>
              <p>{t('io.confirmNote')}</p>
            </>
          }
          confirmLabel={t('io.confirmReplace')}
          destructive
          busy={busy}
          onConfirm={() => void replace(state.fileName, state.text)}
          onCancel={() => {
            setState({ phase: 'idle' });
            setStatus(t('io.cancelled'));
          }}
        />
      )}
    </div>
  );
}
