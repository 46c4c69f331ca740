// Printing a client's intake form: blank (to fill by hand) or filled, and filled in ANY signed
// version of the history (the printout says which version and when it was signed). A signed
// form prints in the language it was signed in (its consent text is in that language); a
// blank form in the client's language. The filled form carries the client's current
// prescription.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientIntake } from '../../../../shared/api/intake';
import type { PrescriptionStatus } from '../../../../shared/api/prescriptions';
import type { IntakeForm } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { useCallerT } from '../../i18n/caller';
import { printPage, savePdf } from '../../print/print';
import { IntakePrintout, type PrintPerson } from '../../components/intake/IntakePrintout';
import { currentPrescription } from '../../components/prescriptions/PrescriptionPrint';

export function IntakePrintSection(props: {
  intake: ClientIntake;
  clientLang: Lang;
  person: PrintPerson;
  consentTexts: { treatment: string; privacy: string };
  today: string;
}) {
  const { t, i18n } = useTranslation('intake');
  const uiLang: Lang = i18n.language === 'en' ? 'en' : 'ko';
  const id = useId();
  const { intake } = props;
  const current = intake.current;
  const signed = intake.history.filter((f) => f.status === 'signed');
  const [kind, setKind] = useState<'filled' | 'blank'>('filled');
  const [formId, setFormId] = useState<number | null>(null);
  const [chosen, setChosen] = useState<IntakeForm | null>(null);
  const [prescriptions, setPrescriptions] = useState<PrescriptionStatus[] | null>(null);
  const [preview, setPreview] = useState(false);
  const [failure, setFailure] = useState('');

  const printKind = current ? kind : 'blank';
  // The version chosen (the current one unless another was picked), loaded when it is not
  // the current form, which is already here.
  const wantedId = formId !== null && signed.some((f) => f.id === formId) ? formId : (current?.id ?? null);
  useEffect(() => {
    if (wantedId === null || wantedId === current?.id) {
      setChosen(null);
      return;
    }
    let live = true;
    call('intake.get', { id: wantedId }).then(
      (form) => live && setChosen(form),
      (error: unknown) => live && setFailure(errorMessage(t, error)),
    );
    return () => {
      live = false;
    };
  }, [wantedId, current?.id, t]);

  useEffect(() => {
    let live = true;
    call('prescriptions.list', { clientId: intake.client.id }).then(
      (list) => live && setPrescriptions(list),
      (error: unknown) => live && setFailure(errorMessage(t, error)),
    );
    return () => {
      live = false;
    };
  }, [intake, t]);

  const form = printKind === 'filled' ? (wantedId === current?.id ? current : chosen?.id === wantedId ? chosen : null) : null;
  const printLang: Lang = form?.lang ?? props.clientLang;
  const printT = useCallerT(printLang, 'intake');
  const rxT = useCallerT(printLang, 'coverage');

  async function run(action: () => Promise<unknown>) {
    setFailure('');
    try {
      await action();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  const printable = form?.answers && form.consent ? form : null;
  return (
    <>
      <section className="card no-print" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('work.printTitle')}</h2>
        <fieldset>
          <legend>{t('work.printWhat')}</legend>
          <label className="choice">
            <input type="radio" name={`${id}-kind`} checked={printKind === 'filled'} disabled={!current} onChange={() => setKind('filled')} />
            {t('work.printFilled')}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-kind`} checked={printKind === 'blank'} onChange={() => setKind('blank')} />
            {t('work.printBlank')}
          </label>
        </fieldset>
        {printKind === 'filled' && signed.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-version`}>{t('work.printVersion')}</label>
            <select id={`${id}-version`} value={wantedId ?? ''} onChange={(e) => setFormId(Number(e.target.value))}>
              {signed.map((f) => (
                <option key={f.id} value={f.id}>
                  {t(f.id === current?.id ? 'work.printVersionCurrent' : 'work.printVersionOption', {
                    version: f.version,
                    time: formatDateTime(f.signedAt ?? f.updatedAt, uiLang),
                  })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="row">
          <button type="button" onClick={() => void run(printPage)}>
            {t('common:actions.print')}
          </button>
          <button type="button" onClick={() => void run(() => savePdf(t('work.fileName', { date: props.today })))}>
            {t('common:actions.savePdf')}
          </button>
          <label className="choice">
            <input type="checkbox" checked={preview} onChange={(e) => setPreview(e.target.checked)} />
            {t('work.preview')}
          </label>
        </div>
        {failure && <p role="alert">{failure}</p>}
      </section>
      {/* While another version loads nothing prints: never the wrong version, nor a blank form. */}
      {printT && (printKind === 'blank' || (form?.answers && form.consent)) && (
        <IntakePrintout
          t={printT}
          lang={printLang}
          person={printKind === 'filled' ? props.person : null}
          form={
            printable
              ? { version: printable.version, answers: printable.answers!, consent: printable.consent!, signing: printable.signing, signedAt: printable.signedAt }
              : null
          }
          blankConsent={props.consentTexts}
          today={props.today}
          preview={preview}
          label={t(printKind === 'filled' ? 'print.filledLabel' : 'print.blankLabel')}
          prescription={rxT && prescriptions ? { t: rxT, status: currentPrescription(prescriptions) } : undefined}
        />
      )}
    </>
  );
}
