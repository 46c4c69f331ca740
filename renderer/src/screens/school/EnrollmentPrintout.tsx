// The printable enrollment quote, written in the CALLER's language: business details (only
// those filled in), the date and how long the quote is valid, the student, the program, the
// breakdown and the schedule. Nothing is printed for what is empty: no "call us" without a
// phone number to call.
import type { TFunction } from 'i18next';
import type { Lang, PaymentPlan, Program } from '../../../../shared/pricing/types';
import { addDays } from '../../../../shared/pricing/dates';
import { useAppData } from '../../app-data';
import { formatDate, formatMoney } from '../../format';
import { PrintablePage } from '../../print/PrintablePage';
import { EnrollmentBreakdown } from '../../parts/enrollment/EnrollmentBreakdown';
import type { EnrollmentView } from '../../parts/enrollment/breakdown';

export function EnrollmentPrintout(props: {
  callerT: TFunction;
  callerLang: Lang;
  /** The school screen's view: today's program (hours, tuition) is printed too. */
  view: EnrollmentView & { program: Program; plan: PaymentPlan };
  today: string;
  /** The prospective student's name, from the save-call form; '' when not given. */
  studentName: string;
  preview: boolean;
  /** The page's accessible name, in the UI language (it is a control of the screen). */
  label: string;
}) {
  const { settings } = useAppData();
  const { callerT: t, callerLang: lang, view } = props;
  const { program, plan, quote } = view;
  const name = settings.businessName.trim();
  const address = settings.businessAddress.trim();
  // The business's number as its country writes it (02-555-0198), or as typed when it is
  // none: formatted by the main process (settings.get).
  const phone = settings.businessPhoneShown;
  const student = props.studentName.trim();
  const validUntil = addDays(props.today, settings.quoteValidDays);
  return (
    <PrintablePage label={props.label} lang={lang} preview={props.preview}>
      <header className="print-header">
        <div>
          {name && <strong>{name}</strong>}
          {address && <div>{address}</div>}
          {phone && <div>{t('print.phone', { phone })}</div>}
        </div>
        <div>
          <div>{t('print.date', { date: formatDate(props.today, lang) })}</div>
          <div>{t('print.validUntil', { date: formatDate(validUntil, lang) })}</div>
        </div>
      </header>
      <h1>{t('print.title')}</h1>
      <dl className="print-facts">
        {student && (
          <>
            <dt>{t('print.student')}</dt>
            <dd>{student}</dd>
          </>
        )}
        <dt>{t('print.program')}</dt>
        <dd>
          {program.name[lang]} ({t('program.details', {
            hours: program.hours,
            count: program.months,
            tuition: formatMoney(program.tuition, quote.currency, lang),
          })})
        </dd>
        <dt>{t('print.plan')}</dt>
        <dd>{plan.name[lang]}</dd>
        <dt>{t('print.startDate')}</dt>
        <dd>{formatDate(view.startDate, lang)}</dd>
      </dl>
      <h2>{t('print.breakdownTitle')}</h2>
      <EnrollmentBreakdown t={t} lang={lang} view={view} />
      {plan.installmentIncrement !== undefined && plan.installmentIncrement > 1 && quote.schedule.length > 1 && (
        <p className="print-note">
          {t('print.roundPayments', { increment: formatMoney(plan.installmentIncrement, quote.currency, lang) })}
        </p>
      )}
      <p className="print-note">
        {t('print.note', { date: formatDate(validUntil, lang) })}
        {phone && <> {t('print.contact', { phone })}</>}
      </p>
    </PrintablePage>
  );
}
