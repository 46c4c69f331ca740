// Intake forms for tests and the bench: complete answers, a drawn signature as signature_pad
// records one, and the sign input that goes with them.
import { DEFAULT_CONSENT, HEALTH_QUESTION_IDS, emptyAnswers, type DrawnSignature, type IntakeAnswers } from '../../shared/intake';
import type { Lang } from '../../shared/vocabulary';

/** Every question answered "no", plus whatever `change` sets. */
export function answeredForm(change: (a: IntakeAnswers) => void = () => {}): IntakeAnswers {
  const a = emptyAnswers();
  a.visit.reason = '허리 통증';
  a.visit.underCare.answer = 'no';
  for (const id of HEALTH_QUESTION_IDS) a.health[id].answer = 'no';
  change(a);
  return a;
}

export function drawnSignature(signedAt = '2026-11-27T01:00:00.000Z', seed = 1): DrawnSignature {
  const points = Array.from({ length: 40 }, (_, i) => ({ x: 20 + i * 8, y: 60 + Math.round(20 * Math.sin((i + seed) / 3)), pressure: 0.5, time: 1_700_000_000_000 + i * 16 }));
  return {
    strokes: [{ penColor: '#000', dotSize: 0, minWidth: 0.5, maxWidth: 2.5, velocityFilterWeight: 0.7, compositeOperation: 'source-over', points }],
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 150" width="480" height="150"><path d="M 20 60 ${points.map((p) => `L ${p.x} ${p.y}`).join(' ')}" stroke="#000" fill="none"/></svg>`,
    signedAt,
  };
}

export function signInput(clientId: number, answers: IntakeAnswers, lang: Lang = 'ko', formId?: number) {
  return {
    clientId,
    ...(formId === undefined ? {} : { formId }),
    lang,
    answers,
    consent: { lang, treatment: DEFAULT_CONSENT.treatment[lang], privacy: DEFAULT_CONSENT.privacy[lang], treatmentAgreed: true as const, privacyAgreed: true as const },
    signing: { method: 'screen' as const, client: drawnSignature(), guardian: null },
  };
}
