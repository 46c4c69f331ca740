// Version 1 of the intake form, defined in code. A saved form records the template version
// it was filled under, so a later template (new questions) never changes how an old form
// reads or prints. Question wording lives in the `intake` locale namespace under the ids.
import type { Area } from '../body/areas';

export const INTAKE_TEMPLATE_VERSION = 1;

/** Yes/no health questions in the order the form asks and prints them. `details`: a "which,
 *  when, how" field is offered when the answer is yes. */
export const HEALTH_QUESTIONS = [
  { id: 'heart', details: true },
  { id: 'bloodClots', details: true },
  { id: 'recentSurgery', details: true },
  { id: 'cancer', details: true },
  { id: 'diabetes', details: false },
  { id: 'epilepsy', details: false },
  { id: 'osteoporosis', details: false },
  { id: 'arthritis', details: true },
  { id: 'skin', details: true },
  { id: 'headaches', details: true },
  { id: 'numbness', details: true },
  { id: 'feverToday', details: false },
  { id: 'pregnancy', details: false },
  { id: 'medications', details: true },
  { id: 'allergies', details: true },
] as const;
export type HealthQuestionId = (typeof HEALTH_QUESTIONS)[number]['id'];
export const HEALTH_QUESTION_IDS: readonly HealthQuestionId[] = HEALTH_QUESTIONS.map((q) => q.id);

export const ALLERGENS = ['oils', 'lotions', 'latex', 'nuts'] as const;
export type Allergen = (typeof ALLERGENS)[number];

export const PRESSURES = ['light', 'medium', 'firm'] as const;
export type Pressure = (typeof PRESSURES)[number];

/** null = not answered yet (a draft may have gaps; a signed form may not). */
export type YesNo = 'yes' | 'no' | null;
export type HealthAnswer = { answer: YesNo; details: string };

export const PAIN_MIN = 0;
export const PAIN_MAX = 10;
/** A marked area on the body map: where it hurts, how much (0-10, or not said) and a note. */
export type BodyMark = Area & { pain: number | null; note: string };

export type IntakeAnswers = {
  visit: {
    reason: string;
    goals: string;
    referredBy: string;
    /** Under a physician's, physical therapist's or chiropractor's care; details: whose, for what. */
    underCare: HealthAnswer;
  };
  health: Record<HealthQuestionId, HealthAnswer> & {
    /** Weeks of pregnancy, when the answer is yes (1-45). */
    pregnancyWeeks: number | null;
    /** Asked when medications is yes: blood thinners (anticoagulants, aspirin…). */
    bloodThinners: YesNo;
    /** Called out when allergies is yes; details names anything else. */
    allergens: Allergen[];
  };
  bodyMap: BodyMark[];
  preferences: { pressure: Pressure | null; avoid: Area[]; focus: Area[]; note: string };
};

export const TEXT_MAX = 1000;
export const MAX_MARKS = 60;
export const PREGNANCY_WEEKS_MAX = 45;

export function emptyAnswers(): IntakeAnswers {
  const health = Object.fromEntries(
    HEALTH_QUESTION_IDS.map((id) => [id, { answer: null, details: '' }]),
  ) as Record<HealthQuestionId, HealthAnswer>;
  return {
    visit: { reason: '', goals: '', referredBy: '', underCare: { answer: null, details: '' } },
    health: { ...health, pregnancyWeeks: null, bloodThinners: null, allergens: [] },
    bodyMap: [],
    preferences: { pressure: null, avoid: [], focus: [], note: '' },
  };
}

/** What a form needs before it can be signed: every yes/no answered (and the follow-ups of
 *  a yes: pregnancy weeks, blood thinners). Returns the question ids still open, in form order. */
export function unansweredQuestions(answers: IntakeAnswers): string[] {
  const open: string[] = [];
  if (answers.visit.underCare.answer === null) open.push('underCare');
  for (const id of HEALTH_QUESTION_IDS) {
    const { answer } = answers.health[id];
    if (answer === null) open.push(id);
    if (id === 'pregnancy' && answer === 'yes' && answers.health.pregnancyWeeks === null) open.push('pregnancyWeeks');
    if (id === 'medications' && answer === 'yes' && answers.health.bloodThinners === null) open.push('bloodThinners');
  }
  return open;
}
