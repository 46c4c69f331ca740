import { describe, expect, it } from 'vitest';
import { HEALTH_QUESTION_IDS, INTAKE_TEMPLATE_VERSION, emptyAnswers, unansweredQuestions } from '../../../shared/intake';
import ko from '../../../renderer/locales/ko/intake.json';
import en from '../../../renderer/locales/en/intake.json';

describe('intake template v1', () => {
  it('has a version number', () => {
    expect(INTAKE_TEMPLATE_VERSION).toBe(1);
  });

  it('asks every health question of the issue, worded in both languages', () => {
    expect(HEALTH_QUESTION_IDS).toHaveLength(15);
    for (const id of HEALTH_QUESTION_IDS) {
      expect(ko.questions[id], id).toBeTruthy();
      expect(en.questions[id], id).toBeTruthy();
    }
  });

  it('a form can be signed only with every yes/no and its follow-up answered', () => {
    const a = emptyAnswers();
    expect(unansweredQuestions(a)).toEqual(['underCare', ...HEALTH_QUESTION_IDS]);
    a.visit.underCare.answer = 'no';
    for (const id of HEALTH_QUESTION_IDS) a.health[id].answer = 'no';
    expect(unansweredQuestions(a)).toEqual([]);
    a.health.pregnancy.answer = 'yes';
    a.health.medications.answer = 'yes';
    expect(unansweredQuestions(a)).toEqual(['pregnancyWeeks', 'bloodThinners']);
    a.health.pregnancyWeeks = 20;
    a.health.bloodThinners = 'no';
    expect(unansweredQuestions(a)).toEqual([]);
  });
});
