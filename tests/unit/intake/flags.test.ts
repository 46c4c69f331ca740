import { describe, expect, it } from 'vitest';
import { FLAG_IDS, FLAG_RULES, HEALTH_QUESTION_IDS, emptyAnswers, intakeFlags, type IntakeAnswers } from '../../../shared/intake';
import ko from '../../../renderer/locales/ko/intake.json';
import en from '../../../renderer/locales/en/intake.json';

function answered(change: (a: IntakeAnswers) => void): IntakeAnswers {
  const a = emptyAnswers();
  for (const id of HEALTH_QUESTION_IDS) a.health[id].answer = 'no';
  change(a);
  return a;
}

describe('flags for the therapist', () => {
  it('an all-no form has no flags, and neither has an empty draft', () => {
    expect(intakeFlags(answered(() => {}))).toEqual([]);
    expect(intakeFlags(emptyAnswers())).toEqual([]);
  });

  it.each([
    ['bloodClots', 'bloodClots'],
    ['feverToday', 'feverToday'],
    ['recentSurgery', 'recentSurgery'],
    ['heart', 'heart'],
    ['cancer', 'cancer'],
    ['epilepsy', 'epilepsy'],
    ['osteoporosis', 'osteoporosis'],
    ['skin', 'skin'],
    ['numbness', 'numbness'],
    ['diabetes', 'diabetes'],
    ['allergies', 'allergies'],
  ] as const)('a yes to %s raises the %s flag with what the client wrote', (question, flag) => {
    const flags = intakeFlags(
      answered((a) => {
        a.health[question] = { answer: 'yes', details: '  left calf, 2025  ' };
      }),
    );
    expect(flags).toEqual([{ id: flag, details: 'left calf, 2025' }]);
  });

  it('pregnancy carries the weeks', () => {
    const flags = intakeFlags(
      answered((a) => {
        a.health.pregnancy.answer = 'yes';
        a.health.pregnancyWeeks = 24;
      }),
    );
    expect(flags).toEqual([{ id: 'pregnancy', details: '', weeks: 24 }]);
  });

  it('medications alone are no flag; blood thinners are', () => {
    const meds = (thinners: 'yes' | 'no') =>
      intakeFlags(
        answered((a) => {
          a.health.medications = { answer: 'yes', details: 'warfarin' };
          a.health.bloodThinners = thinners;
        }),
      );
    expect(meds('no')).toEqual([]);
    expect(meds('yes')).toEqual([{ id: 'bloodThinners', details: 'warfarin' }]);
    // A stale "blood thinners: yes" under a "no" to medications is not a flag.
    const stale = answered((a) => {
      a.health.bloodThinners = 'yes';
    });
    expect(intakeFlags(stale)).toEqual([]);
  });

  it('lists flags most urgent first, whatever order they were answered in', () => {
    const flags = intakeFlags(
      answered((a) => {
        a.health.allergies.answer = 'yes';
        a.health.feverToday.answer = 'yes';
        a.health.bloodClots.answer = 'yes';
      }),
    );
    expect(flags.map((f) => f.id)).toEqual(['bloodClots', 'feverToday', 'allergies']);
  });

  it('every flag has one rule and wording in both languages that says check, not a diagnosis', () => {
    expect(FLAG_RULES.map((r) => r.id)).toEqual([...FLAG_IDS]);
    for (const id of FLAG_IDS) {
      expect(ko.flags[id], id).toMatch(/확인/);
      expect(en.flags[id], id).toMatch(/check before treatment/i);
    }
  });
});
