// The intake form on paper, in the CLIENT's language, through the same printable page as the
// enrollment quote. Blank: every question with boxes, the body map outline with numbered
// region names, the consent texts, signature lines. Filled: the answers, the flags, the body
// map marks with scores, the consent texts signed under, the signatures and dates. Each
// question is one block that never splits over a page.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { areaName } from '../../../../shared/body/areas';
import {
  ALLERGENS,
  HEALTH_QUESTIONS,
  flaggedQuestions,
  intakeFlags,
  type FormConsent,
  type IntakeAnswers,
  type Signing,
  type YesNo,
} from '../../../../shared/intake';
import type { PrescriptionStatus } from '../../../../shared/api/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { useAppData } from '../../app-data';
import { formatDate, formatDateTime } from '../../format';
import { PrintablePage } from '../../print/PrintablePage';
import { BodyMapView } from '../body-map';
import { PrescriptionPrint } from '../prescriptions/PrescriptionPrint';
import { SignatureImage } from '../signature';
import { FlagsBanner } from './FlagsBanner';
import './printout.css';

export type PrintPerson = { name: string; birthDate: string | null; phone: string };
export type PrintableForm = {
  version: number;
  answers: IntakeAnswers;
  consent: FormConsent;
  signing: Signing | null;
  signedAt: string | null;
};

function Box(props: { checked: boolean; children: ReactNode }) {
  return (
    <span className="print-choice">
      <span className={`print-box${props.checked ? ' checked' : ''}`} aria-hidden="true">
        {props.checked ? '✓' : ''}
      </span>{' '}
      {props.children}
    </span>
  );
}

function Answer(props: { t: TFunction; value: YesNo | undefined; blank: boolean }) {
  const { t, value, blank } = props;
  if (!blank && value === null) return <span className="print-answer">{t('notAnswered')}</span>;
  return (
    <span className="print-answer">
      <Box checked={!blank && value === 'yes'}>{t('yes')}</Box> <Box checked={!blank && value === 'no'}>{t('no')}</Box>
    </span>
  );
}

/** A written answer, or a line to write on. */
function Written(props: { text: string | undefined; blank: boolean }) {
  return props.blank ? <span className="print-line" /> : <span className="print-written">{props.text?.trim() || '—'}</span>;
}

function Question(props: { label: string; children: ReactNode; flagged?: boolean }) {
  return (
    <div className={`print-question${props.flagged ? ' flagged' : ''}`}>
      <div className="print-q">{props.label}</div>
      <div className="print-a">{props.children}</div>
    </div>
  );
}

export function IntakePrintout(props: {
  t: TFunction;
  lang: Lang;
  person: PrintPerson | null;
  /** null: the blank form. */
  form: PrintableForm | null;
  /** The consent texts of a blank form (the current settings). */
  blankConsent: { treatment: string; privacy: string };
  today: string;
  preview: boolean;
  label: string;
  /** The client's current prescription, printed on a filled form (`t`: the coverage
   *  namespace in the client's language). Absent on a blank form. */
  prescription?: { t: TFunction; status: PrescriptionStatus | null } | undefined;
}) {
  const { settings } = useAppData();
  const { t, lang, form, person } = props;
  const blank = form === null;
  const a = form?.answers;
  const flags = a ? intakeFlags(a) : [];
  const flagged = flaggedQuestions(flags);
  const consent = form?.consent ?? { ...props.blankConsent, treatmentAgreed: false, privacyAgreed: false };
  const areas = (list: IntakeAnswers['preferences']['avoid'] | undefined) =>
    list && list.length ? list.map((area) => areaName(area, lang)).join(', ') : '—';

  return (
    <PrintablePage label={props.label} lang={lang} preview={props.preview}>
      <header className="print-header">
        <div>
          <strong>{settings.businessName}</strong>
          {settings.businessAddress && <div>{settings.businessAddress}</div>}
          {settings.businessPhoneShown && <div>{t('print.phone', { phone: settings.businessPhoneShown })}</div>}
        </div>
        <div>
          {t('print.date', { date: formatDate(props.today, lang) })}
          {form && (
            <div>
              {form.signedAt
                ? t('print.versionSigned', { version: form.version, time: formatDateTime(form.signedAt, lang) })
                : t('print.versionDraft', { version: form.version })}
            </div>
          )}
        </div>
      </header>
      <h1>{t('title')}</h1>
      <div className="print-client">
        <Question label={t('print.clientName')}>
          <Written text={person?.name} blank={!person} />
        </Question>
        <Question label={t('print.birthDate')}>
          <Written text={person?.birthDate ? formatDate(person.birthDate, lang) : undefined} blank={!person} />
        </Question>
        <Question label={t('print.phoneLabel')}>
          <Written text={person?.phone} blank={!person} />
        </Question>
      </div>

      {!blank && <FlagsBanner flags={flags} t={t} lang={lang} showNone printed />}
      {!blank && props.prescription && <PrescriptionPrint t={props.prescription.t} lang={lang} status={props.prescription.status} />}

      <h2>{t('sections.visit')}</h2>
      {(['reason', 'goals', 'referredBy'] as const).map((id) => (
        <Question key={id} label={t(`questions.${id}`)}>
          <Written text={a?.visit[id]} blank={blank} />
        </Question>
      ))}
      <Question label={t('questions.underCare')}>
        <Answer t={t} value={a?.visit.underCare.answer} blank={blank} />
        <div className="print-details">
          {t('details.underCare')}: <Written text={a?.visit.underCare.details} blank={blank} />
        </div>
      </Question>

      <h2>{t('sections.health')}</h2>
      {HEALTH_QUESTIONS.map(({ id, details }) => (
        <Question key={id} label={t(`questions.${id}`)} flagged={flagged.has(id)}>
          <Answer t={t} value={a?.health[id].answer} blank={blank} />
          {id === 'pregnancy' && (
            <div className="print-details">
              {t('pregnancyWeeks')}:{' '}
              {/* The blank form: a line to write on, then the unit; a filled one: "12주" / "1 week". */}
              {blank ? (
                <>
                  <span className="print-line short" /> {t('weeksSuffix')}
                </>
              ) : a?.health.pregnancyWeeks == null ? (
                '—'
              ) : (
                t('weeksCount', { count: a.health.pregnancyWeeks })
              )}
            </div>
          )}
          {id === 'medications' && (blank || a?.health.medications.answer === 'yes') && (
            <div className="print-details">
              {t('bloodThinners')} <Answer t={t} value={a?.health.bloodThinners} blank={blank} />
            </div>
          )}
          {id === 'allergies' && (
            <div className="print-details">
              {t('allergens.label')}:{' '}
              {ALLERGENS.map((allergen) => (
                <Box key={allergen} checked={Boolean(a?.health.allergens.includes(allergen))}>
                  {t(`allergens.${allergen}`)}
                </Box>
              ))}
            </div>
          )}
          {details && (
            <div className="print-details">
              {id === 'medications' || id === 'allergies' ? t(`details.${id}`) : t('details.label')}:{' '}
              <Written text={a?.health[id].details} blank={blank} />
            </div>
          )}
        </Question>
      ))}

      <section className="print-block">
        <h2>{t('sections.bodyMap')}</h2>
        <BodyMapView marks={a?.bodyMap ?? []} t={t} lang={lang} blank={blank} />
      </section>

      <section className="print-block">
        <h2>{t('sections.preferences')}</h2>
        <Question label={t('preferences.pressure')}>
          {(['light', 'medium', 'firm'] as const).map((p) => (
            <Box key={p} checked={a?.preferences.pressure === p}>
              {t(`preferences.${p}`)}
            </Box>
          ))}
        </Question>
        <Question label={t('preferences.avoid')}>{blank ? <span className="print-line" /> : areas(a?.preferences.avoid)}</Question>
        <Question label={t('preferences.focus')}>{blank ? <span className="print-line" /> : areas(a?.preferences.focus)}</Question>
        <Question label={t('preferences.note')}>
          <Written text={a?.preferences.note} blank={blank} />
        </Question>
      </section>

      <section className="print-block print-consent">
        <h2>{t('consent.treatmentTitle')}</h2>
        <p className="print-consent-text">{consent.treatment}</p>
        <Box checked={consent.treatmentAgreed}>{t('consent.agreeTreatment')}</Box>
      </section>
      <section className="print-block print-consent">
        <h2>{t('consent.privacyTitle')}</h2>
        <p className="print-consent-text">{consent.privacy}</p>
        <Box checked={consent.privacyAgreed}>{t('consent.agreePrivacy')}</Box>{' '}
        {lang === 'ko' && <Box checked={blank ? false : !consent.privacyAgreed}>{t('consent.disagree')}</Box>}
      </section>

      <SignatureLines t={t} lang={lang} signing={form?.signing ?? null} signedAt={form?.signedAt ?? null} blank={blank} />
    </PrintablePage>
  );
}

function SignatureLines(props: { t: TFunction; lang: Lang; signing: Signing | null; signedAt: string | null; blank: boolean }) {
  const { t, lang, signing, signedAt } = props;
  const when = signedAt ? formatDateTime(signedAt, lang) : '';
  if (props.blank || !signing)
    return (
      <section className="print-block print-signatures">
        <h2>{t('sections.signature')}</h2>
        <div className="print-sign-row">
          {t('signature.client')}: <span className="print-line" /> {t('signature.date')}: <span className="print-line short" />
        </div>
        <div className="print-sign-row">
          {t('signature.guardian')}: <span className="print-line" /> {t('signature.guardianName')}: <span className="print-line short" />{' '}
          {t('signature.guardianRelationship')}: <span className="print-line short" />
        </div>
      </section>
    );
  return (
    <section className="print-block print-signatures">
      <h2>{t('sections.signature')}</h2>
      {signing.method === 'paper' ? (
        <p>{t('signature.paperRecorded', { time: formatDateTime(signing.recordedAt, lang) })}</p>
      ) : (
        <div className="print-sign-row">
          {t('signature.client')}: <SignatureImage signature={signing.client} alt={t('signature.client')} />{' '}
          {t('signature.signedAt', { time: when || formatDateTime(signing.client.signedAt, lang) })}
        </div>
      )}
      {signing.guardian && (
        <div className="print-sign-row">
          {t('signature.guardian')} ({signing.guardian.name}, {signing.guardian.relationship})
          {signing.method === 'screen' && (
            <>
              : <SignatureImage signature={signing.guardian.signature} alt={t('signature.guardian')} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
