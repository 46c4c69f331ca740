// The printable enrollment quote, written in the CALLER's language: business details,
// today's date, the program, the breakdown and the schedule.
import type { TFunction } from 'i18next';
import type { Lang, Program } from '../../../../shared/pricing/types';
import { useAppData } from '../../app-data';
import { formatDate, formatMoney } from '../../format';
import { PrintablePage } from '../../print/PrintablePage';
import { EnrollmentBreakdown } from '../../parts/enrollment/EnrollmentBreakdown';
import type { EnrollmentView } from '../../parts/enrollment/breakdown';

export function EnrollmentPrintout(props: {
  callerT: TFunction;
  callerLang: Lang;
  /** The school screen's view: today's program (hours, tuition) is printed too. */
  view: EnrollmentView & { program: Program };
  today: string;
  preview: boolean;
  /** The page's accessible name, in the UI language (it is a control of the screen). */
  label: string;
}) {
  const { settings } = useAppData();
  const { callerT: t, callerLang: lang, view } = props;
  const { program, plan, quote } = view;
  return (
    <PrintablePage label={props.label} lang={lang} preview={props.preview}>
      <header className="print-header">
        <div>
          <strong>{settings.businessName}</strong>
          {settings.businessAddress && <div>{settings.businessAddress}</div>}
          {settings.businessPhone && <div>{t('print.phone', { phone: settings.businessPhone })}</div>}
        </div>
        <div>{t('print.date', { date: formatDate(props.today, lang) })}</div>
      </header>
      <h1>{t('print.title')}</h1>
      <dl className="print-facts">
        <dt>{t('print.program')}</dt>
        <dd>
          {program.name[lang]} ({t('program.details', {
            hours: program.hours,
            months: program.months,
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
      <p className="print-note">{t('print.note')}</p>
    </PrintablePage>
  );
}
