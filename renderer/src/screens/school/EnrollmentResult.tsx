// The quote on screen: the breakdown and schedule (UI language), every plan side by side,
// the caller-script card it is given and the print / PDF buttons.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, PaymentPlan, PlanComparison as Comparison } from '../../../../shared/pricing';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { printPage, savePdf } from '../../print/print';
import { EnrollmentBreakdown } from '../../parts/enrollment/EnrollmentBreakdown';
import { PlanComparison } from './PlanComparison';
import type { EnrollmentView } from '../../parts/enrollment/breakdown';

export function EnrollmentResult(props: {
  view: EnrollmentView;
  comparison: Comparison[];
  plans: PaymentPlan[];
  onSelectPlan: (id: string) => void;
  /** The caller-script card, placed after the comparison. */
  script: ReactNode;
  callerLang: Lang;
  today: string;
  preview: boolean;
  onPreviewChange: (on: boolean) => void;
}) {
  const { t } = useTranslation('school');
  const { lang, settings } = useAppData();
  const ids = useId();
  const [printStatus, setPrintStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const { view } = props;

  async function onPrint() {
    setPrintStatus(null);
    try {
      await printPage();
    } catch (error) {
      setPrintStatus({ kind: 'error', text: errorMessage(t, error) });
    }
  }

  async function onSavePdf() {
    setPrintStatus(null);
    try {
      const result = await savePdf(t('print.fileName', { date: props.today }));
      if (result.saved) setPrintStatus({ kind: 'ok', text: t('print.pdfSaved', { path: result.path ?? '' }) });
    } catch (error) {
      setPrintStatus({ kind: 'error', text: errorMessage(t, error) });
    }
  }

  // Ctrl+P prints the quote (not the whole screen) while it is shown.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        void onPrint();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <section className="card" aria-labelledby={`${ids}-quote`}>
        <h2 id={`${ids}-quote`}>{t('breakdown.heading', { program: view.program.name[lang], plan: view.plan.name[lang] })}</h2>
        <EnrollmentBreakdown t={t} lang={lang} view={view} headingLevel={3} />
      </section>
      <section className="card" aria-labelledby={`${ids}-compare`}>
        <h2 id={`${ids}-compare`}>{t('compare.title')}</h2>
        <p className="muted small">{t('compare.hint')}</p>
        <PlanComparison
          comparison={props.comparison}
          plans={props.plans}
          lang={lang}
          selectedId={view.plan.id}
          onSelect={props.onSelectPlan}
        />
      </section>
      {props.script}
      <section className="card print-actions" aria-labelledby={`${ids}-print`}>
        <h2 id={`${ids}-print`}>{t('print.heading')}</h2>
        <div className="row">
          <button type="button" onClick={onPrint} aria-keyshortcuts="Control+P">
            {t('common:actions.print')}
          </button>
          <button type="button" onClick={onSavePdf}>
            {t('common:actions.savePdf')}
          </button>
          <label className="checkbox">
            <input type="checkbox" checked={props.preview} onChange={(e) => props.onPreviewChange(e.target.checked)} />{' '}
            {t('print.preview')}
          </label>
        </div>
        <p className="muted small">{t('print.inCallerLanguage', { language: t(`common:language.${props.callerLang}`) })}</p>
        {(!settings.businessName.trim() || !settings.businessPhone.trim()) && <p className="warning small">{t('print.noBusiness')}</p>}
        <span role="status" className="success">
          {printStatus?.kind === 'ok' ? printStatus.text : ''}
        </span>
        {printStatus?.kind === 'error' && <p role="alert">{printStatus.text}</p>}
      </section>
    </>
  );
}
