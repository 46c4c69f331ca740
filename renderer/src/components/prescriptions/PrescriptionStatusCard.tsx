// One prescription as the desk and the therapist read it: prescriber and date, valid until,
// diagnoses with their descriptions, the areas that may be treated, sessions used and left,
// and (for the current one) what checkVisit says about a visit of those areas today.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrescriptionStatus } from '../../../../shared/api/prescriptions';
import { areaName } from '../../../../shared/body/areas';
import { findDiagnosisCode } from '../../../../shared/diagnosis';
import { prescriptionFromRecord } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { formatDate, formatList } from '../../format';
import { findingSentence } from './findings';
import { prescriptionLabel } from './label';

export const areaList = (xs: readonly { region: string; side?: string }[], lang: Lang) =>
  formatList(xs.map((a) => areaName(a as never, lang)), lang);

/** `children`: what the page adds before today's line (the desk: the scan of the paper). */
export function PrescriptionStatusCard(props: { status: PrescriptionStatus; lang: Lang; headingLevel?: 2 | 3; children?: ReactNode }) {
  const { t } = useTranslation('coverage');
  const { lang } = props;
  const { prescription: p, sessionsUsed, sessionsLeft, today } = props.status;
  const title = prescriptionLabel(t, p, lang);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article aria-label={title} className="card">
      <Heading>{title}</Heading>
      <p>{p.expiresOn ? t('rx.validUntil', { date: formatDate(p.expiresOn, lang) }) : t('rx.noExpiry')}</p>
      {p.replacedBy !== null && <p className="muted">{t('rx.replaced')}</p>}
      <ul>
        {p.diagnoses.map((d, i) => (
          <li key={i}>{[d.code, d.code ? findDiagnosisCode(d.code)?.[lang] : undefined, d.text].filter(Boolean).join(' · ')}</li>
        ))}
      </ul>
      <p>{t('rx.areasLine', { areas: areaList(p.areas, lang) })}</p>
      <p>{p.sessions !== null ? t('rx.sessions', { used: sessionsUsed, left: sessionsLeft, total: p.sessions }) : t('rx.sessionsOpen', { used: sessionsUsed })}</p>
      {props.children}
      {p.replacedBy === null && (
        <div>
          <strong>{t('rx.today')}: </strong>
          {today.withinPrescription ? t('rx.todayOk') : today.findings.map((f) => findingSentence(t, lang, f, prescriptionFromRecord(p))).join(' ')}
        </div>
      )}
    </article>
  );
}
