// The client page's one-page "prescription and coverage summary", printed for the client in
// THEIR language: the prescription's status today, the prescription itself, and what their
// policy's plan covers for one session of their usual service, every reason as a sentence
// with what to do. The same card prints the stored scan of the prescription when it is an
// image (a PDF scan opens in a PDF viewer: see ScanView).
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/api/clients';
import type { CoverageAnswer, PlanRecord, PolicyRecord, PrescriptionRecord, PrescriptionStatus, VisitRecord } from '../../../../shared/api/prescriptions';
import type { Prescription } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { formatDate, formatMoney } from '../../format';
import { useCallerT } from '../../i18n/caller';
import { PrintablePage } from '../../print/PrintablePage';
import { printPage, savePdf } from '../../print/print';
import { coverageWords } from '../coverage/answer';
import { findingSentence } from './findings';
import { currentPrescription, PrescriptionPrint } from './PrescriptionPrint';
import { ScanImage, useScan } from './ScanView';
import './prescriptions.css';
import { sessionChoices, sessionPrice, usualSession, type Session } from './usual-session';

/** The stored record in the shape of the spec's rules (absent instead of null). */
export function rulesOf(p: PrescriptionRecord): Prescription {
  return {
    issuedOn: p.issuedOn,
    prescriber: p.prescriber,
    diagnoses: p.diagnoses,
    areas: p.areas,
    ...(p.expiresOn ? { expiresOn: p.expiresOn } : {}),
    ...(p.sessions !== null ? { sessions: p.sessions } : {}),
    ...(p.perWeek !== null ? { perWeek: p.perWeek } : {}),
    ...(p.maxMinutes !== null ? { maxMinutes: p.maxMinutes } : {}),
  };
}

type Loaded = { prescriptions: PrescriptionStatus[]; policies: PolicyRecord[]; plans: PlanRecord[]; visits: VisitRecord[] };
const sessionKey = (s: Session) => `${s.serviceId}|${s.minutes}`;

/** The card: closed until the desk opens it, so the client page does not load coverage for
 *  every client it shows, and each opening reads the records as they are now (a prescription
 *  or policy just added is in). */
export function PrescriptionSummary(props: { client: Client; today: string }) {
  const { t } = useTranslation('coverage');
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="card client-section" aria-labelledby={`${id}-title`}>
      <div className="no-print">
        <h2 id={`${id}-title`}>{t('summary.heading')}</h2>
        <p className="muted">{t('summary.intro')}</p>
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
          {t(open ? 'summary.close' : 'summary.open')}
        </button>
      </div>
      <div id={`${id}-body`}>{open && <SummaryBody client={props.client} today={props.today} />}</div>
    </section>
  );
}

function SummaryBody(props: { client: Client; today: string }) {
  const { t } = useTranslation(['coverage', 'common', 'errors']);
  const { catalog, lang: uiLang, settings } = useAppData();
  const id = useId();
  const lang: Lang = props.client.lang;
  const clientT = useCallerT(lang, 'coverage');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [policyId, setPolicyId] = useState<number | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [answer, setAnswer] = useState<CoverageAnswer | null>(null);
  const [what, setWhat] = useState<'summary' | 'scan'>('summary');
  const [preview, setPreview] = useState(false);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    let live = true;
    const clientId = props.client.id;
    Promise.all([
      call('prescriptions.list', { clientId }),
      call('policies.list', { clientId }),
      call('plans.list', { includeArchived: true }),
      call('visits.list', { clientId }),
    ]).then(
      ([prescriptions, policies, plans, visits]) => live && setLoaded({ prescriptions, policies, plans, visits }),
      (error: unknown) => live && setFailure(errorMessage(t, error)),
    );
    return () => {
      live = false;
    };
  }, [props.client.id, props.client.updatedAt, t]);

  const status = loaded ? currentPrescription(loaded.prescriptions) : null;
  const rx = status?.prescription ?? null;
  const policies = useMemo(() => (loaded?.policies ?? []).filter((p) => !p.archived), [loaded]);
  const policy = policies.find((p) => p.id === policyId) ?? policies[0] ?? null;
  const choices = useMemo(() => sessionChoices(catalog), [catalog]);
  const usual = useMemo(() => (loaded ? usualSession(catalog, loaded.visits, rx?.maxMinutes ?? null) : null), [catalog, loaded, rx]);
  const chosen = session && choices.some((c) => sessionKey(c) === sessionKey(session)) ? session : usual;
  const price = chosen ? sessionPrice(catalog, chosen) : null;
  const scan = useScan(rx);

  useEffect(() => {
    setAnswer(null);
    if (!policy || !chosen || price === null) return;
    let live = true;
    call('coverage.check', { date: props.today, minutes: chosen.minutes, price, policyId: policy.id, prescriptionId: rx?.id ?? null }).then(
      (value) => {
        if (!live) return;
        setAnswer(value);
        setFailure('');
      },
      (error: unknown) => live && setFailure(errorMessage(t, error)),
    );
    return () => {
      live = false;
    };
  }, [policy, chosen?.serviceId, chosen?.minutes, price, rx?.id, props.today, t]);

  const planName = (planId: string) => loaded?.plans.find((p) => p.id === planId)?.name[uiLang] ?? planId;
  const serviceName = (serviceId: string, in_: Lang) => catalog.services.find((s) => s.id === serviceId)?.name[in_] ?? serviceId;
  const printWhat = what === 'scan' && scan.image ? 'scan' : 'summary';
  // Print and Save wait for everything the summary shows: pressed while the coverage answer is
  // still on its way (seconds on a loaded PC or over the clinic network), they would print the
  // summary without it. A failed answer is shown on screen and does not hold printing up.
  const coverageDue = policy !== null && chosen !== null && price !== null;
  const printable = printWhat === 'scan' || (loaded !== null && (!coverageDue || answer !== null || failure !== ''));

  return (
    <>
      <div className="no-print">
        {policies.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-policy`}>{t('summary.policy')}</label>
            <select id={`${id}-policy`} value={policy?.id ?? ''} onChange={(e) => setPolicyId(Number(e.target.value))}>
              {policies.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.memberId ? t('summary.policyOption', { plan: planName(p.planId), member: p.memberId }) : planName(p.planId)}
                </option>
              ))}
            </select>
          </div>
        )}
        {choices.length > 0 ? (
          <div className="field">
            <label htmlFor={`${id}-session`}>{t('summary.service')}</label>
            <select
              id={`${id}-session`}
              value={chosen ? sessionKey(chosen) : ''}
              onChange={(e) => {
                const [serviceId = '', minutes = '0'] = e.target.value.split('|');
                setSession({ serviceId, minutes: Number(minutes) });
              }}
            >
              {choices.map((c) => (
                <option key={sessionKey(c)} value={sessionKey(c)}>
                  {t('summary.serviceOption', { service: serviceName(c.serviceId, uiLang), minutes: c.minutes })}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="muted">{t('summary.noService')}</p>
        )}
        {scan.image && (
          <fieldset>
            <legend>{t('summary.printWhat')}</legend>
            <label className="choice">
              <input type="radio" name={`${id}-what`} checked={printWhat === 'summary'} onChange={() => setWhat('summary')} />
              {t('summary.title')}
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-what`} checked={printWhat === 'scan'} onChange={() => setWhat('scan')} />
              {t('summary.scanTitle')}
            </label>
          </fieldset>
        )}
        <div className="row">
          <button type="button" disabled={!printable} onClick={() => void printPage().catch((e: unknown) => setFailure(errorMessage(t, e)))}>
            {t('common:actions.print')}
          </button>
          <button
            type="button"
            disabled={!printable}
            onClick={() => void savePdf(t('summary.fileName', { date: props.today })).catch((e: unknown) => setFailure(errorMessage(t, e)))}
          >
            {t('common:actions.savePdf')}
          </button>
          <label className="choice">
            <input type="checkbox" checked={preview} onChange={(e) => setPreview(e.target.checked)} />
            {t('summary.preview')}
          </label>
        </div>
        {failure && <p role="alert">{failure}</p>}
      </div>

      {printWhat === 'scan' && scan.image && rx && (
        <PrintablePage label={t('summary.scanLabel')} lang={lang} preview={preview}>
          <ScanImage src={scan.image} alt={t('summary.scanImage', { issuedOn: formatDate(rx.issuedOn, uiLang) })} />
        </PrintablePage>
      )}
      {printWhat === 'summary' && clientT && loaded && (
        <PrintablePage label={t('summary.label')} lang={lang} preview={preview}>
          <header className="print-header">
            <div>
              <strong>{settings.businessName}</strong>
              {settings.businessAddress && <div>{settings.businessAddress}</div>}
              {settings.businessPhoneShown && <div>{settings.businessPhoneShown}</div>}
            </div>
            <div>{clientT('summary.date', { date: formatDate(props.today, lang) })}</div>
          </header>
          <h1>{clientT('summary.title')}</h1>
          <p>{clientT('summary.client', { name: props.client.name })}</p>
          {status && rx && (
            <section className="print-block print-sentences">
              <h2>{clientT('summary.status')}</h2>
              {status.today.withinPrescription ? (
                <p>{clientT('summary.statusOk')}</p>
              ) : (
                status.today.findings.map((f) => <p key={f.code}>{findingSentence(clientT, lang, f, rulesOf(rx))}</p>)
              )}
              <p>{clientT('summary.treatOnlyNamed')}</p>
            </section>
          )}
          <PrescriptionPrint t={clientT} lang={lang} status={status} />
          <CoveragePrint t={clientT} lang={lang} policy={policy} answer={answer} rx={rx} session={chosen} price={price} serviceName={serviceName} today={props.today} />
        </PrintablePage>
      )}
    </>
  );
}

function CoveragePrint(props: {
  t: NonNullable<ReturnType<typeof useCallerT>>;
  lang: Lang;
  policy: PolicyRecord | null;
  answer: CoverageAnswer | null;
  rx: PrescriptionRecord | null;
  session: Session | null;
  price: number | null;
  serviceName: (id: string, lang: Lang) => string;
  today: string;
}) {
  const { t, lang, policy, answer, session, price } = props;
  const { catalog } = useAppData();
  if (!session || price === null) return null;
  const money = formatMoney(price, catalog.currency, lang);
  if (!policy)
    return (
      <section className="print-block print-sentences">
        <h2>{t('summary.coverageTitle')}</h2>
        <p>{t('summary.noPolicyPrinted', { price: money })}</p>
      </section>
    );
  if (!answer) return null;
  const plan = answer.plan;
  const words = coverageWords(
    {
      t,
      lang,
      planName: plan.name,
      currency: plan.currency,
      prescription: props.rx ? rulesOf(props.rx) : null,
      prescriptionValidMonths: plan.prescriptionValidMonths,
      visitsPerYear: plan.visitsPerYear,
      annualMax: plan.annualMax,
      maxMinutes: plan.maxMinutes,
    },
    answer,
  );
  const date = (d: string) => formatDate(d, lang);
  const validity =
    policy.validFrom && policy.validTo
      ? t('summary.validFromTo', { from: date(policy.validFrom), to: date(policy.validTo) })
      : policy.validFrom
        ? t('summary.validFrom', { from: date(policy.validFrom) })
        : policy.validTo
          ? t('summary.validTo', { to: date(policy.validTo) })
          : t('summary.always');
  const rows: [string, string][] = [
    [t('summary.plan'), plan.name[lang]],
    ...(policy.memberId ? [[t('summary.member'), policy.memberId] as [string, string]] : []),
    ...(policy.holder ? [[t('summary.holder'), policy.holder] as [string, string]] : []),
    [t('summary.validity'), validity],
  ];
  return (
    <section className="print-block print-sentences">
      <h2>{t('summary.coverageTitle')}</h2>
      {rows.map(([label, value]) => (
        <div key={label} className="print-question">
          <div className="print-q">{label}</div>
          <div className="print-a">{value}</div>
        </div>
      ))}
      <p>{t('summary.visit', { service: props.serviceName(session.serviceId, lang), minutes: session.minutes, price: money, date: date(props.today) })}</p>
      <p>
        <strong>{words.headline}</strong>
      </p>
      {words.reasons.map((r) => (
        <p key={r}>{r}</p>
      ))}
      {words.money.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
