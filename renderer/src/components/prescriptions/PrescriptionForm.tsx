// Recording a prescription: prescriber, dates, diagnoses (a code looked up in the bundled
// list, and/or the physician's words), areas (the body map's list picker), sessions, and a
// scan or photo of the paper. The main process checks it with the spec's rules; a refusal
// is shown in words. "Updates the current prescription" keeps both.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCAN_MAX_BYTES, SCAN_TYPES, type ScanType } from '../../../../shared/scans';
import type { Area } from '../../../../shared/body/areas';
import { lookUpDiagnosisCode } from '../../../../shared/diagnosis';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { errorMessage } from '../../errors';
import { AreaPicker } from '../body-map';
import { useOneSave } from '../form/saving';
import { clientRecords } from './changes';
import { differs, useLeaveGuard } from '../../state/leave-guard';

type Diagnosis = { code: string; text: string };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const EMPTY = (today: string) => ({
  issuedOn: today,
  expiresOn: '',
  prescriber: { name: '', license: '', clinic: '', phone: '' },
  diagnoses: [{ code: '', text: '' }],
  areas: [],
  numbers: { sessions: '', perWeek: '', maxMinutes: '' },
  note: '',
});

const optionalWhole = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

export function PrescriptionForm(props: { clientId: number; currentId: number | null; lang: Lang; today: string; onSaved: () => void }) {
  const { t } = useTranslation(['coverage', 'errors', 'common']);
  const id = useId();
  // One save at a time: a double Enter (or the scan still being read) must not record it twice.
  const { saving, run } = useOneSave();
  const [issuedOn, setIssuedOn] = useState(props.today);
  const [expiresOn, setExpiresOn] = useState('');
  const [prescriber, setPrescriber] = useState({ name: '', license: '', clinic: '', phone: '' });
  const [diagnoses, setDiagnoses] = useState<Diagnosis[]>([{ code: '', text: '' }]);
  const [areas, setAreas] = useState<Area[]>([]);
  const [numbers, setNumbers] = useState({ sessions: '', perWeek: '', maxMinutes: '' });
  const [note, setNote] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const scanRef = useRef<HTMLInputElement>(null);
  // Replacing the current prescription unless the user says otherwise (one may come to be
  // current while this form is open: saved here or at another desk).
  const [replacesChoice, setReplaces] = useState<boolean | null>(null);
  const replaces = replacesChoice ?? props.currentId !== null;
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  // Anything typed, picked or attached since the form was (last) emptied; against the day it
  // was emptied on, so an untouched form left open past midnight does not count as typed.
  const [emptiedOn, setEmptiedOn] = useState(props.today);
  useLeaveGuard(
    differs({ issuedOn, expiresOn, prescriber, diagnoses, areas, numbers, note }, EMPTY(emptiedOn)) || scan !== null,
  );

  function chooseScan(file: File | null) {
    setProblem('');
    if (file && !(SCAN_TYPES as readonly string[]).includes(file.type)) setProblem(t('rx.scanType'));
    else if (file && file.size > SCAN_MAX_BYTES) setProblem(t('rx.scanTooBig'));
    setScan(file);
  }

  /** After this form's own save: empty again for the next one (the form is not rebuilt when
   *  the list changes, so a prescription saved at another desk leaves a half-typed one be). */
  function clear() {
    setIssuedOn(props.today);
    setEmptiedOn(props.today);
    setExpiresOn('');
    setPrescriber({ name: '', license: '', clinic: '', phone: '' });
    setDiagnoses([{ code: '', text: '' }]);
    setAreas([]);
    setNumbers({ sessions: '', perWeek: '', maxMinutes: '' });
    setNote('');
    setScan(null);
    if (scanRef.current) scanRef.current.value = '';
    setReplaces(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(send);
  }

  async function send() {
    setStatus('');
    const given = diagnoses.filter((d) => d.code.trim() || d.text.trim());
    if (given.length === 0) return setProblem(t('rx.needDiagnosis'));
    if (areas.length === 0) return setProblem(t('rx.needArea'));
    try {
      await call('prescriptions.create', {
        clientId: props.clientId,
        issuedOn,
        expiresOn: expiresOn || null,
        prescriber,
        diagnoses: given.map((d) => ({ ...(d.code.trim() ? { code: d.code.trim() } : {}), ...(d.text.trim() ? { text: d.text.trim() } : {}) })),
        areas,
        sessions: optionalWhole(numbers.sessions),
        perWeek: optionalWhole(numbers.perWeek),
        maxMinutes: optionalWhole(numbers.maxMinutes),
        note,
        scan: scan ? { type: scan.type as ScanType, data: await readBase64(scan) } : null,
        replaces: replaces ? props.currentId : null,
      });
      clear();
      setProblem('');
      setStatus(t('rx.savedPrescription'));
      props.onSaved();
      clientRecords.changed(props.clientId);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  const text = (key: keyof typeof prescriber, label: string) => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={prescriber[key]} onChange={(e) => setPrescriber({ ...prescriber, [key]: e.target.value })} maxLength={100} />
    </div>
  );
  const number = (key: keyof typeof numbers, label: string) => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} inputMode="numeric" size={5} value={numbers[key]} onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })} />
    </div>
  );

  return (
    <form aria-label={t('rx.new')} onSubmit={(e) => void save(e)} className="prescription-form">
      <h3>{t('rx.new')}</h3>
      <div className="row">
        <div className="form-field">
          <label htmlFor={`${id}-issued`}>{t('rx.issuedOn')}</label>
          <input id={`${id}-issued`} type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} required />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-expires`}>{t('rx.expiresOn')}</label>
          <input id={`${id}-expires`} type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
        </div>
      </div>
      <div className="row">
        {text('name', t('rx.prescriberName'))}
        {text('license', t('rx.license'))}
        {text('clinic', t('rx.clinic'))}
        {text('phone', t('rx.phone'))}
      </div>
      {diagnoses.map((d, i) => {
        const lookup = d.code.trim() ? lookUpDiagnosisCode(d.code) : null;
        const set = (patch: Partial<Diagnosis>) => setDiagnoses(diagnoses.map((x, j) => (j === i ? { ...x, ...patch } : x)));
        return (
          <div className="row" key={i}>
            <div className="form-field">
              <label htmlFor={`${id}-code-${i}`}>{t('rx.diagnosisCode', { n: i + 1 })}</label>
              <input id={`${id}-code-${i}`} value={d.code} size={10} onChange={(e) => set({ code: e.target.value })} aria-describedby={`${id}-code-${i}-note`} />
              <p id={`${id}-code-${i}-note`} className={lookup?.status === 'invalid' ? 'field-error' : 'muted'}>
                {lookup?.status === 'listed' && t('panel.codeListed', { code: lookup.code, description: lookup.entry[props.lang] })}
                {lookup?.status === 'not-listed' && t('panel.codeNotListed', { code: lookup.code })}
                {lookup?.status === 'invalid' && t('panel.codeInvalid')}
              </p>
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-text-${i}`}>{t('rx.diagnosisText', { n: i + 1 })}</label>
              <input id={`${id}-text-${i}`} value={d.text} onChange={(e) => set({ text: e.target.value })} maxLength={200} />
            </div>
          </div>
        );
      })}
      {diagnoses.length < 20 && (
        <button type="button" onClick={() => setDiagnoses([...diagnoses, { code: '', text: '' }])}>
          {t('rx.addDiagnosis')}
        </button>
      )}
      <AreaPicker value={areas} onChange={setAreas} label={t('rx.areas')} idPrefix={`${id}-areas`} />
      <div className="row">
        {number('sessions', t('rx.sessionsTotal'))}
        {number('perWeek', t('rx.perWeek'))}
        {number('maxMinutes', t('rx.maxMinutes'))}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-note`}>{t('rx.note')}</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-scan`}>{t('rx.scan')}</label>
        <input id={`${id}-scan`} ref={scanRef} type="file" accept={SCAN_TYPES.join(',')} onChange={(e) => chooseScan(e.target.files?.[0] ?? null)} />
      </div>
      {props.currentId !== null && (
        <label>
          <input type="checkbox" checked={replaces} onChange={(e) => setReplaces(e.target.checked)} /> {t('rx.replaces')}
        </label>
      )}
      <button type="submit" disabled={saving}>
        {t('rx.savePrescription')}
      </button>
      {saving && <p role="status">{t('common:saving')}</p>}
      {problem && <p role="alert">{problem}</p>}
      {status && <p role="status">{status}</p>}
    </form>
  );
}
