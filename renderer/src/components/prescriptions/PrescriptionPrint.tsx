// The client's current prescription on paper, in the CLIENT's language: prescriber, dates,
// diagnoses with their descriptions from the bundled list, the areas that may be treated,
// sessions used and left. Printed on the filled intake form and on the prescription and
// coverage summary. `t` is fixed to the client's language (coverage namespace).
import type { TFunction } from 'i18next';
import type { PrescriptionRecord, PrescriptionStatus } from '../../../../shared/api/prescriptions';
import { areaName } from '../../../../shared/body/areas';
import { findDiagnosisCode } from '../../../../shared/diagnosis';
import type { Lang } from '../../../../shared/vocabulary';
import { formatDate, formatList } from '../../format';
// The printout's blocks (questions, lists) are the intake printout's.
import '../intake/printout.css';

/** The prescription in force: the newest one not replaced by an update (list is newest first). */
export function currentPrescription(list: readonly PrescriptionStatus[]): PrescriptionStatus | null {
  return list.find((s) => s.prescription.replacedBy === null) ?? null;
}

/** "M54.6 Pain in thoracic spine (upper back pain)": the code, its description in `lang`,
 *  and the physician's own words when they differ. */
export function diagnosisLine(d: PrescriptionRecord['diagnoses'][number], lang: Lang): string {
  const described = d.code ? findDiagnosisCode(d.code)?.[lang] : undefined;
  const head = [d.code, described].filter(Boolean).join(' ');
  if (!head) return d.text ?? '';
  return d.text && d.text !== described ? `${head} (${d.text})` : head;
}

function Row(props: { label: string; children: string }) {
  return (
    <div className="print-question">
      <div className="print-q">{props.label}</div>
      <div className="print-a">{props.children}</div>
    </div>
  );
}

export function PrescriptionPrint(props: { t: TFunction; lang: Lang; status: PrescriptionStatus | null }) {
  const { t, lang, status } = props;
  if (!status)
    return (
      <section className="print-block print-prescription">
        <h2>{t('print.rxTitle')}</h2>
        <p>{t('print.noRx')}</p>
      </section>
    );
  const p = status.prescription;
  const prescriber = [
    p.prescriber.name,
    p.prescriber.license ? t('print.license', { license: p.prescriber.license }) : '',
    p.prescriber.clinic ?? '',
    p.prescriber.phone ?? '',
  ].filter(Boolean);
  const limits = [
    p.perWeek !== null ? t('print.perWeek', { count: p.perWeek }) : '',
    p.maxMinutes !== null ? t('print.maxMinutes', { count: p.maxMinutes }) : '',
  ].filter(Boolean);
  return (
    <section className="print-block print-prescription">
      <h2>{t('print.rxTitle')}</h2>
      <Row label={t('print.prescriber')}>{prescriber.join(' · ')}</Row>
      <Row label={t('print.issuedOn')}>{formatDate(p.issuedOn, lang)}</Row>
      <Row label={t('print.expiresOn')}>{p.expiresOn ? formatDate(p.expiresOn, lang) : t('rx.noExpiry')}</Row>
      <div className="print-question">
        <div className="print-q">{t('print.diagnoses')}</div>
        <ul className="print-list">
          {p.diagnoses.map((d, i) => (
            <li key={i}>{diagnosisLine(d, lang)}</li>
          ))}
        </ul>
      </div>
      <Row label={t('print.areas')}>{formatList(p.areas.map((a) => areaName(a, lang)), lang)}</Row>
      <Row label={t('print.sessions')}>
        {p.sessions !== null
          ? t('print.sessionsCount', { used: status.sessionsUsed, left: status.sessionsLeft, total: p.sessions })
          : t('print.sessionsOpen', { used: status.sessionsUsed })}
      </Row>
      {limits.length > 0 && <Row label={t('print.limits')}>{limits.join(' · ')}</Row>}
    </section>
  );
}
