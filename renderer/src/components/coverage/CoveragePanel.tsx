// "Will my plan cover it?": on the phone-quote screen (the visit is one session of the quote
// in progress) and on the client page (the visit is chosen there). For a client on file the
// answer comes from their policies, prescriptions and recorded visits (ClientCoverage); for a
// caller not on file, from a plan and a prescription chosen by hand (ManualCoverage). Either
// way it is computed in the renderer with the same pure rules the main process uses (no IPC
// per keystroke) and said in the caller's language.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/vocabulary';
import { ClientCoverage } from './ClientCoverage';
import { ManualCoverage } from './ManualCoverage';
import type { CoverageVisit } from './visit';
import './coverage.css';

export type { CoverageVisit } from './visit';

export function CoveragePanel(props: {
  visit: CoverageVisit | null;
  currency: string;
  uiLang: Lang;
  callerLang: Lang;
  today: string;
  /** A client on file (recognised by phone, or on their page): their records answer. */
  clientId?: number | null;
  clientName?: string;
  /** Shown when there is no visit yet (what to fill in first). */
  noVisitKey?: string;
  /** The fields the visit comes from, when the panel has its own (client page). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('coverage');
  const id = useId();
  const common = { visit: props.visit, currency: props.currency, uiLang: props.uiLang, callerLang: props.callerLang, today: props.today };
  return (
    <section className="card coverage-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('panel.heading')}</h2>
      {props.children}
      {props.clientId != null ? (
        <ClientCoverage key={props.clientId} clientId={props.clientId} clientName={props.clientName ?? ''} {...common} {...(props.noVisitKey ? { noVisitKey: props.noVisitKey } : {})} />
      ) : (
        <ManualCoverage {...common} />
      )}
    </section>
  );
}
