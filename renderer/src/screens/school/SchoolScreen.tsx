// School enrollment: "how much is the 600-hour course, all in, and can I pay monthly?"
// Pick a program, fees, a plan and a start date; the screen shows the engine's quote, all
// plans side by side, a line to read out in the caller's language, a printable quote, and
// saves the call.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentRequest, Lang, Program } from '../../../../shared/pricing/types';
import { isValidDate } from '../../../../shared/pricing/dates';
import { useAppData } from '../../app-data';
import { useCallerT } from '../../i18n/caller';
import { formatList, localIsoDate } from '../../format';
import { navigationEvents } from '../../navigation';
import { ProgramPicker } from './ProgramPicker';
import { FeeOptions, feeFits } from './FeeOptions';
import { PlanChoice } from './PlanChoice';
import { firstOfNextMonth, useEnrollmentQuote } from './useEnrollmentQuote';
import { EnrollmentResult } from './EnrollmentResult';
import { SaveCallForm } from '../../parts/calls/SaveCallForm';
import { CallerScriptCard } from '../../parts/caller-script/CallerScriptCard';
import { enrollmentCallerTexts } from '../../parts/enrollment/breakdown';
import { EnrollmentPrintout } from './EnrollmentPrintout';
import { usePersistentState } from '../../state/persistent';
import './school.css';

export default function SchoolScreen() {
  const { t } = useTranslation('school');
  const { catalog, lang } = useAppData();
  const school = catalog.school;
  const programs = school?.programs ?? [];
  const plans = school?.paymentPlans ?? [];
  const fees = school?.fees ?? [];
  const ids = useId();

  const today = useMemo(() => localIsoDate(new Date()), []);
  // The choices are kept when the screen is left and opened again (F1..F6).
  const [programId, setProgramId] = usePersistentState<string | null>('school.programId', null);
  const [optionalFeeIds, setOptionalFeeIds] = usePersistentState<string[]>('school.optionalFeeIds', []);
  const [droppedFees, setDroppedFees] = useState<string[]>([]);
  const [chosenPlanId, setChosenPlanId] = usePersistentState<string | null>('school.planId', null);
  // Default start: the first day of next month (courses start at a month's beginning).
  const [startDate, setStartDate] = usePersistentState('school.startDate', () => firstOfNextMonth(new Date()));
  const [callerLang, setCallerLang] = usePersistentState<Lang>('school.callerLang', lang);
  const [preview, setPreview] = useState(false);
  const [studentName, setStudentName] = useState('');
  const callerT = useCallerT(callerLang, 'school');

  const program = programs.find((p) => p.id === programId) ?? null;
  // The first plan until one is chosen (or if the chosen one left the catalog).
  const plan = plans.find((p) => p.id === chosenPlanId) ?? plans[0] ?? null;
  const dateOk = isValidDate(startDate);
  const datePast = dateOk && startDate < today;

  const request = useMemo<EnrollmentRequest | null>(
    () =>
      program && plan && dateOk
        ? { programId: program.id, optionalFeeIds, paymentPlanId: plan.id, startDate }
        : null,
    [program, plan, dateOk, optionalFeeIds, startDate],
  );
  const result = useEnrollmentQuote(catalog, request);

  // Memoised, so what is built from it (the script, the clipboard text) is built once per change.
  const view = useMemo(
    () => (result.status === 'ok' && program && plan ? { program, plan, fees, quote: result.quote, startDate } : null),
    [result, program, plan, fees, startDate],
  );

  // Before a quote it still offers the caller's language (and says the script comes later).
  const script = (
    <CallerScriptCard
      subject={view}
      compose={enrollmentCallerTexts}
      namespace="school"
      callerLang={callerLang}
      onCallerLang={setCallerLang}
    />
  );

  function chooseProgram(next: Program) {
    setProgramId(next.id);
    // Optional fees of the old program that the new one does not offer are dropped, and
    // the receptionist is told which.
    const dropped = optionalFeeIds.filter((id) => {
      const fee = fees.find((f) => f.id === id);
      return !fee || !feeFits(fee, next.id);
    });
    setOptionalFeeIds(optionalFeeIds.filter((id) => !dropped.includes(id)));
    setDroppedFees(dropped.map((id) => fees.find((f) => f.id === id)?.name[lang] ?? id));
  }

  if (!school || programs.length === 0) {
    return (
      <section aria-labelledby={`${ids}-title`} className="school-screen">
        <h1 id={`${ids}-title`}>{t('title')}</h1>
        <div role="alert" className="card">
          <p>{t('noSchool')}</p>
          <button type="button" autoFocus onClick={() => navigationEvents.open('catalog')}>
            {t('openCatalog')}
          </button>
        </div>
      </section>
    );
  }

  const dateErrorId = `${ids}-date-error`;
  const dateWarningId = `${ids}-date-warning`;
  return (
    <section aria-labelledby={`${ids}-title`} className="school-screen">
      <h1 id={`${ids}-title`} className="no-print">
        {t('title')}
      </h1>
      <p className="muted shortcuts no-print">{t('shortcuts')}</p>
      <div className="school-layout no-print">
        <div className="card school-choices">
          <ProgramPicker
            programs={programs}
            currency={catalog.currency}
            lang={lang}
            selectedId={programId}
            onSelect={chooseProgram}
          />
          {droppedFees.length > 0 && (
            <p role="status" className="warning">
              {t('fees.dropped', { list: formatList(droppedFees, lang) })}
            </p>
          )}
          {program && (
            <FeeOptions
              program={program}
              fees={fees}
              currency={catalog.currency}
              lang={lang}
              chosen={optionalFeeIds}
              onChange={setOptionalFeeIds}
            />
          )}
          {plans.length === 0 ? (
            <div role="alert">
              <p>{t('plans.none')}</p>
              <button type="button" onClick={() => navigationEvents.open('catalog')}>
                {t('openCatalog')}
              </button>
            </div>
          ) : (
            <PlanChoice
              plans={plans}
              currency={catalog.currency}
              lang={lang}
              selectedId={plan?.id ?? null}
              onSelect={setChosenPlanId}
            />
          )}
          <div className="row">
            <div>
              <label htmlFor={`${ids}-start`}>{t('startDate.label')}</label>
              <input
                id={`${ids}-start`}
                type="date"
                value={startDate}
                onChange={(event) => setStartDate(event.target.value)}
                aria-invalid={!dateOk || undefined}
                aria-describedby={!dateOk ? dateErrorId : datePast ? dateWarningId : undefined}
              />
            </div>
          </div>
          {!dateOk && (
            <p id={dateErrorId} className="field-error">
              {t('startDate.invalid')}
            </p>
          )}
          {datePast && (
            <p id={dateWarningId} role="status" className="warning">
              {t('startDate.past')}
            </p>
          )}
        </div>
        <div className="school-result">
          {!program && <p className="muted">{t('pickProgram')}</p>}
          {result.status === 'error' && (
            <p role="alert">{t(`errors:quote.${result.code}`, { ...result.details })}</p>
          )}
          {view ? (
            <EnrollmentResult
              view={view}
              comparison={result.status === 'ok' ? result.comparison : []}
              plans={plans}
              onSelectPlan={setChosenPlanId}
              script={script}
              callerLang={callerLang}
              today={today}
              preview={preview}
              onPreviewChange={setPreview}
            />
          ) : (
            script
          )}
          <SaveCallForm
            kind="enrollment"
            request={view ? request : null}
            quoteLang={callerLang}
            blockedReason={t('save.needQuote')}
            onClient={(client) => setCallerLang(client.lang)}
            onNameChange={setStudentName}
          />
        </div>
      </div>
      {/* Outside .no-print: the only part of the screen that prints. */}
      {view && callerT && (
        <EnrollmentPrintout
          callerT={callerT}
          callerLang={callerLang}
          view={view}
          today={today}
          studentName={studentName}
          preview={preview}
          label={t('print.pageLabel')}
        />
      )}
    </section>
  );
}
