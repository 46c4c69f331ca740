// The coverage answer in words, in the caller's language: whether the plan covers the visit,
// each reason as a sentence with what to do, and when covered what the plan and the caller
// pay and what is left this plan year. Korean particles after the plan's name are written in
// the locale ("{{plan, josa(은/는)}}", i18n/josa.ts reads a final digit aloud: "플랜 3은");
// dates are said as they are read aloud (spokenDate), and no particle follows a date or an amount.
import type { TFunction } from 'i18next';
import type { PlanRecord } from '../../../../shared/api/prescriptions';
import { checkCoverage, CoverageError, planFromRecord, type Coverage, type CoverageReason, type CoverageUsage } from '../../../../shared/coverage';
import { findDiagnosisCode } from '../../../../shared/diagnosis';
import type { Prescription } from '../../../../shared/prescriptions';
import { formatMoney } from '../../../../shared/pricing/money';
import { spokenDate } from '../../i18n/spoken';
import type { Bilingual, Lang } from '../../../../shared/vocabulary';

export type CoverageWords = { headline: string; reasons: string[]; money: string[] };

/** The code the answer gives as an example when a code is needed. */
export const EXAMPLE_CODE = 'M54.6';

type Context = {
  t: TFunction;
  lang: Lang;
  planName: Bilingual;
  currency: string;
  prescription: Prescription | null;
  prescriptionValidMonths: number | null;
  visitsPerYear: number | null;
  annualMax: number | null;
  maxMinutes: number | null;
};

const planWords = (ctx: Context) => ({ plan: ctx.planName[ctx.lang] });

/** The plan year's first and last day, as read to the caller. */
const yearWords = (ctx: Context, year: Coverage['planYear']) => ({ from: spokenDate(year.from, ctx.lang), to: spokenDate(year.to, ctx.lang) });

function exampleName(lang: Lang): string {
  const text = findDiagnosisCode(EXAMPLE_CODE)?.[lang] ?? '';
  return lang === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function reasonSentence(ctx: Context, reason: CoverageReason, year: Coverage['planYear']): string {
  const money = (n: number) => formatMoney(n, ctx.currency, ctx.lang);
  const day = (iso: string | undefined) => (iso === undefined ? undefined : spokenDate(iso, ctx.lang));
  const vars: Record<string, unknown> = { ...planWords(ctx), ...yearWords(ctx, year) };
  switch (reason.code) {
    case 'prescription-not-yet-valid':
      vars.issuedOn = day(ctx.prescription?.issuedOn);
      break;
    case 'prescription-expired':
      vars.expiresOn = day(ctx.prescription?.expiresOn);
      break;
    case 'prescription-too-old':
      vars.count = ctx.prescriptionValidMonths;
      vars.issuedOn = day(ctx.prescription?.issuedOn);
      break;
    case 'diagnosis-code-required':
      vars.example = EXAMPLE_CODE;
      vars.exampleName = exampleName(ctx.lang);
      break;
    case 'diagnosis-not-covered':
      vars.codes = [...new Set(reason.codes ?? [])].join(', ');
      break;
    case 'visit-limit-reached':
      vars.limit = ctx.visitsPerYear;
      break;
    case 'annual-max-reached':
      vars.max = ctx.annualMax === null ? '' : money(ctx.annualMax);
      break;
    case 'too-long':
      vars.max = ctx.maxMinutes;
      break;
    default:
      break;
  }
  return ctx.t(`coverage:reason.${reason.code}`, vars);
}

export function coverageWords(ctx: Context, result: Coverage): CoverageWords {
  const { t } = ctx;
  const money = (n: number) => formatMoney(n, ctx.currency, ctx.lang);
  const year = result.planYear;
  const headline = t(result.covered ? 'coverage:answer.covered' : 'coverage:answer.notCovered', planWords(ctx));
  const reasons = result.reasons.map((r) => reasonSentence(ctx, r, year));
  const lines: string[] = [];
  if (result.covered) {
    lines.push(t('coverage:answer.pays', { insurer: money(result.insurerPays), client: money(result.clientPays) }));
    if (result.deductiblePart > 0) lines.push(t('coverage:answer.deductible', { amount: money(result.deductiblePart) }));
    if (result.copayPart > 0) lines.push(t('coverage:answer.copay', { amount: money(result.copayPart) }));
    if (result.visitsLeft !== null) lines.push(t('coverage:answer.visitsLeft', { count: result.visitsLeft, ...yearWords(ctx, year) }));
    if (result.amountLeft !== null) lines.push(t('coverage:answer.amountLeft', { amount: money(result.amountLeft), ...yearWords(ctx, year) }));
  }
  return { headline, reasons, money: lines };
}

/** The answer as one text to copy into a message. */
export const coverageText = (words: CoverageWords): string => [words.headline, ...words.reasons, ...words.money].join('\n');

export const NO_USAGE: CoverageUsage = { visits: 0, insurerPaid: 0, deductibleApplied: 0 };

/** checkCoverage for a stored plan, in words in the caller's language; null while an input
 *  is still being typed (e.g. a date the rules refuse). */
export function answerInWords(
  t: TFunction,
  lang: Lang,
  plan: PlanRecord,
  prescription: Prescription | null,
  visit: { date: string; minutes: number; price: number },
  usage: CoverageUsage,
): CoverageWords | null {
  try {
    const result = checkCoverage(planFromRecord(plan), prescription, visit, usage);
    return coverageWords(
      {
        t,
        lang,
        planName: plan.name,
        currency: plan.currency,
        prescription,
        prescriptionValidMonths: plan.prescriptionValidMonths,
        visitsPerYear: plan.visitsPerYear,
        annualMax: plan.annualMax,
        maxMinutes: plan.maxMinutes,
      },
      result,
    );
  } catch (error) {
    if (error instanceof CoverageError) return null;
    throw error;
  }
}
