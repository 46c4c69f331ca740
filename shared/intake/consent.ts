// The consent texts a client signs, with defaults in both languages. The business edits them
// in Settings; a signed form keeps the exact text it was signed under (never a reference to
// the current setting).
//
// Korea: health information is "sensitive information" (민감정보, PIPA art. 23). It may be
// processed only with a consent SEPARATE from any other consent, after telling the person
// the four items of art. 15(2): the purpose, the items collected, how long they are kept,
// and that they may refuse, with what follows if they do. Hence two texts and two separate
// agreements on the Korean form. In English the second text is a privacy notice.
import type { Bilingual } from '../vocabulary';

export const CONSENT_KINDS = ['treatment', 'privacy'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export type ConsentTexts = Record<ConsentKind, Bilingual>;

export const CONSENT_TEXT_MAX = 5000;

export const DEFAULT_CONSENT: ConsentTexts = {
  treatment: {
    ko: [
      '본인은 이 문진표에 적은 건강 정보가 사실이며 빠짐없이 적었음을 확인합니다.',
      '마사지는 질병을 진단하거나 치료하는 의료 행위가 아니며, 의사의 진료를 대신하지 않는다는 것을 이해합니다.',
      '관리 중 불편하거나 통증이 있으면 바로 관리사에게 알리겠으며, 건강 상태나 복용하는 약이 바뀌면 다음 방문 전에 알리겠습니다.',
      '위 내용을 이해하고 마사지 관리를 받는 것에 동의합니다.',
    ].join('\n'),
    en: [
      'I confirm that the health information on this form is true and complete.',
      'I understand that massage is not a medical treatment, does not diagnose or cure any illness, and does not replace care by a physician.',
      'I will tell my therapist at once of any discomfort or pain during the session, and I will report any change in my health or medications before my next visit.',
      'I have read and understood the above and consent to receive massage treatment.',
    ].join('\n'),
  },
  privacy: {
    ko: [
      '[민감정보 수집·이용 동의] (개인정보 보호법 제15조 제2항, 제23조)',
      '이 동의는 다른 동의와 별도로 받습니다.',
      '1. 수집·이용 목적: 안전한 마사지 관리 제공(관리 전 주의가 필요한 건강 상태 확인), 관리 기록 관리',
      '2. 수집 항목: 건강 상태 및 병력, 임신 여부, 복용 약, 알레르기, 통증 부위와 정도, 관리 선호',
      '3. 보유·이용 기간: 마지막 방문일로부터 3년 (동의를 철회하시면 지체 없이 파기합니다)',
      '4. 동의를 거부할 권리와 불이익: 동의를 거부하실 수 있습니다. 다만 건강 상태를 확인할 수 없어 안전을 위해 관리 제공이 제한될 수 있습니다.',
      '위와 같이 민감정보를 수집·이용하는 것에 동의합니다.',
    ].join('\n'),
    en: [
      'Privacy notice',
      'We collect the health information on this form (health history, pregnancy, medications, allergies, areas of pain and your preferences) to treat you safely and to keep a record of your treatments.',
      'It is kept for 3 years after your last visit, seen only by our staff, and never shared without your permission unless the law requires it.',
      'You may ask to see, correct or erase your information at any time. You may decline to give it; we may then be unable to treat you safely.',
      'I have read this notice and agree to the use of my health information as described.',
    ].join('\n'),
  },
};
