// The form while it is filled on screen, and reading it for saving (a draft) or signing.
import {
  HEALTH_QUESTION_IDS,
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
  /** Body map pain scores typed that are not scores, by region (see BodyMap). */
  painTyped: Record<string, string>;
  agreed: { treatment: boolean; privacy: boolean };
  signing: SigningDraft;
};

export const newDraft = (answers: IntakeAnswers = emptyAnswers()): FormDraft => ({
  answers,
  weeksText: answers.health.pregnancyWeeks === null ? '' : String(answers.health.pregnancyWeeks),
  painTyped: {},
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

/** The answers to store: only what the screen shows (see `shownAnswers`), the weeks read from
 *  their text. A bad number (weeks, a pain score) is a problem even in a draft, so nothing
 *  typed is silently dropped or replaced by the value before it. */
export function readAnswers(draft: FormDraft): { answers: IntakeAnswers; weeksBad: boolean; painBad: boolean } {
  const shown = shownAnswers(draft.answers);
  const painBad = shown.bodyMap.some((mark) => draft.painTyped[mark.region] !== undefined);
  const text = draft.weeksText.trim();
  const pregnant = shown.health.pregnancy.answer === 'yes';
  if (!pregnant || text === '') return { answers: withWeeks(shown, null), weeksBad: false, painBad };
  const weeks = readNumber(text, { min: 1, max: PREGNANCY_WEEKS_MAX, whole: true });
  return weeks.ok ? { answers: withWeeks(shown, weeks.value), weeksBad: false, painBad } : { answers: shown, weeksBad: true, painBad };
}

/** What follows a yes (details, blood thinners, allergens) is on screen only after a yes.
 *  Typed before the answer became "no", it stays in the editor (a yes brings it back) but is
 *  not stored, signed or printed: the client never saw it next to their answer. */
function shownAnswers(answers: IntakeAnswers): IntakeAnswers {
  const health = { ...answers.health };
  for (const id of HEALTH_QUESTION_IDS) if (health[id].answer !== 'yes') health[id] = { ...health[id], details: '' };
  if (health.medications.answer !== 'yes') health.bloodThinners = null;
  if (health.allergies.answer !== 'yes') health.allergens = [];
  const { underCare } = answers.visit;
  const visit = underCare.answer === 'yes' ? answers.visit : { ...answers.visit, underCare: { ...underCare, details: '' } };
  return { ...answers, visit, health };
}

function withWeeks(answers: IntakeAnswers, weeks: number | null): IntakeAnswers {
  return { ...answers, health: { ...answers.health, pregnancyWeeks: weeks } };
}

/** Everything a signature needs, or every problem at once. */
export function readForSigning(
  draft: FormDraft,
  context: { guardianNeeded: boolean | null; consentTexts: { treatment: string; privacy: string }; clientLang: Lang; now: Date },
): { ok: true; answers: IntakeAnswers; consent: FormConsent & { treatmentAgreed: true; privacyAgreed: true }; signing: Signing } | { ok: false; problems: DraftProblems } {
  const { answers, weeksBad, painBad } = readAnswers(draft);
  const problems: DraftProblems = {
    open: unansweredQuestions(answers),
    consent: { ...(draft.agreed.treatment ? {} : { treatment: true }), ...(draft.agreed.privacy ? {} : { privacy: true }) },
    signing: [],
  };
  if (weeksBad) problems.weeks = 'format';
  const signing = readSigning(draft.signing, context.guardianNeeded, context.now);
  if (!signing.ok) problems.signing = signing.problems;
  const bad = problems.open.length > 0 || weeksBad || painBad || problems.consent.treatment || problems.consent.privacy || !signing.ok;
  if (bad || !signing.ok) return { ok: false, problems };
  return {
    ok: true,
    answers,
    consent: { lang: context.clientLang, ...context.consentTexts, treatmentAgreed: true as const, privacyAgreed: true as const },
    signing: signing.signing,
  };
}
