// The form while it is filled on screen, and reading it for saving (a draft) or signing.
import {
  PREGNANCY_WEEKS_MAX,
  emptyAnswers,
  unansweredQuestions,
  type FormConsent,
  type IntakeAnswers,
  type Signing,
} from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { readNumber } from '../../components/form';
import { emptySigning, readSigning, type SigningDraft, type SigningProblem } from './signing';

export type FormDraft = {
  answers: IntakeAnswers;
  /** Pregnancy weeks as typed. */
  weeksText: string;
  agreed: { treatment: boolean; privacy: boolean };
  signing: SigningDraft;
};

export const newDraft = (answers: IntakeAnswers = emptyAnswers()): FormDraft => ({
  answers,
  weeksText: answers.health.pregnancyWeeks === null ? '' : String(answers.health.pregnancyWeeks),
  agreed: { treatment: false, privacy: false },
  signing: emptySigning(),
});

export type DraftProblems = {
  open: string[];
  weeks?: 'format';
  consent: { treatment?: boolean; privacy?: boolean };
  signing: SigningProblem[];
};
export const noProblems = (): DraftProblems => ({ open: [], consent: {}, signing: [] });

/** The answers to store: the weeks read from their text (a bad number is a problem even in a
 *  draft, so nothing typed is silently dropped). */
export function readAnswers(draft: FormDraft): { answers: IntakeAnswers; weeksBad: boolean } {
  const text = draft.weeksText.trim();
  const pregnant = draft.answers.health.pregnancy.answer === 'yes';
  if (!pregnant || text === '') return { answers: withWeeks(draft.answers, null), weeksBad: false };
  const weeks = readNumber(text, { min: 1, max: PREGNANCY_WEEKS_MAX, whole: true });
  return weeks.ok ? { answers: withWeeks(draft.answers, weeks.value), weeksBad: false } : { answers: draft.answers, weeksBad: true };
}

function withWeeks(answers: IntakeAnswers, weeks: number | null): IntakeAnswers {
  return { ...answers, health: { ...answers.health, pregnancyWeeks: weeks } };
}

/** Everything a signature needs, or every problem at once. */
export function readForSigning(
  draft: FormDraft,
  context: { guardianNeeded: boolean | null; consentTexts: { treatment: string; privacy: string }; clientLang: Lang; now: Date },
): { ok: true; answers: IntakeAnswers; consent: FormConsent & { treatmentAgreed: true; privacyAgreed: true }; signing: Signing } | { ok: false; problems: DraftProblems } {
  const { answers, weeksBad } = readAnswers(draft);
  const problems: DraftProblems = {
    open: unansweredQuestions(answers),
    consent: { ...(draft.agreed.treatment ? {} : { treatment: true }), ...(draft.agreed.privacy ? {} : { privacy: true }) },
    signing: [],
  };
  if (weeksBad) problems.weeks = 'format';
  const signing = readSigning(draft.signing, context.guardianNeeded, context.now);
  if (!signing.ok) problems.signing = signing.problems;
  const bad = problems.open.length > 0 || weeksBad || problems.consent.treatment || problems.consent.privacy || !signing.ok;
  if (bad || !signing.ok) return { ok: false, problems };
  return {
    ok: true,
    answers,
    consent: { lang: context.clientLang, ...context.consentTexts, treatmentAgreed: true as const, privacyAgreed: true as const },
    signing: signing.signing,
  };
}
