// Answers that call for a check before treatment, for the therapist. One small table: each
// rule names the answer it reads. The wording (locale `intake:flags.*`) always says "check
// before treatment" and repeats what the client wrote; it never names a diagnosis.
import type { HealthQuestionId, IntakeAnswers } from './template';

export const FLAG_IDS = [
  'bloodClots',
  'feverToday',
  'recentSurgery',
  'pregnancy',
  'bloodThinners',
  'heart',
  'cancer',
  'epilepsy',
  'osteoporosis',
  'skin',
  'numbness',
  'diabetes',
  'allergies',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export type Flag = {
  id: FlagId;
  /** What the client wrote about it (details of the question), '' when nothing. */
  details: string;
  /** Pregnancy only: the weeks, when given. */
  weeks?: number;
};

type Rule = { id: FlagId; question: HealthQuestionId; when: (a: IntakeAnswers) => boolean };

const yes = (question: HealthQuestionId) => (a: IntakeAnswers) => a.health[question].answer === 'yes';

/** In the order the banner lists them: the most urgent first. */
export const FLAG_RULES: readonly Rule[] = [
  { id: 'bloodClots', question: 'bloodClots', when: yes('bloodClots') },
  { id: 'feverToday', question: 'feverToday', when: yes('feverToday') },
  { id: 'recentSurgery', question: 'recentSurgery', when: yes('recentSurgery') },
  { id: 'pregnancy', question: 'pregnancy', when: yes('pregnancy') },
  {
    id: 'bloodThinners',
    question: 'medications',
    when: (a) => a.health.medications.answer === 'yes' && a.health.bloodThinners === 'yes',
  },
  { id: 'heart', question: 'heart', when: yes('heart') },
  { id: 'cancer', question: 'cancer', when: yes('cancer') },
  { id: 'epilepsy', question: 'epilepsy', when: yes('epilepsy') },
  { id: 'osteoporosis', question: 'osteoporosis', when: yes('osteoporosis') },
  { id: 'skin', question: 'skin', when: yes('skin') },
  { id: 'numbness', question: 'numbness', when: yes('numbness') },
  { id: 'diabetes', question: 'diabetes', when: yes('diabetes') },
  { id: 'allergies', question: 'allergies', when: yes('allergies') },
];

export function intakeFlags(answers: IntakeAnswers): Flag[] {
  return FLAG_RULES.filter((rule) => rule.when(answers)).map((rule) => {
    const flag: Flag = { id: rule.id, details: answers.health[rule.question].details.trim() };
    if (rule.id === 'pregnancy' && answers.health.pregnancyWeeks !== null) flag.weeks = answers.health.pregnancyWeeks;
    return flag;
  });
}

/** The questions whose answers raised the flags (to mark them on the form and the printout). */
export function flaggedQuestions(flags: readonly Flag[]): Set<HealthQuestionId> {
  const ids = new Set(flags.map((f) => f.id));
  return new Set(FLAG_RULES.filter((rule) => ids.has(rule.id)).map((rule) => rule.question));
}
