// Intake forms: a client's forms (draft, sign, versions, erase), the renewals due, and the
// form's settings (consent texts, renewal, guardian age). Every object is strict; health
// content is checked here so nothing malformed reaches the database.
import { z } from 'zod';
import { REGION_IDS, SIDES, isValidArea } from '../body/areas';
import {
  ALLERGENS,
  CONSENT_TEXT_MAX,
  GUARDIAN_AGE_MAX,
  HEALTH_QUESTION_IDS,
  MAX_MARKS,
  PAIN_MAX,
  PAIN_MIN,
  PREGNANCY_WEEKS_MAX,
  PRESSURES,
  RENEWAL_MONTHS_MAX,
  SIGNATURE_POINTS_MAX,
  SIGNATURE_STROKES_MAX,
  SIGNATURE_TOTAL_POINTS_MAX,
  SIGNATURE_SVG_MAX,
  TEXT_MAX,
  type HealthQuestionId,
  type IntakeAnswers,
  type IntakeForm,
  type IntakeFormSummary,
  type IntakeSettings,
  type Signing,
} from '../intake';
import type { Client } from './clients';
import { channel, empty, lang, rowId, rowVersion, text } from './schemas';

const consentText = text(CONSENT_TEXT_MAX).refine((value) => value.trim() !== '', { error: 'must not be empty' });
const bilingualText = z.strictObject({ ko: consentText, en: consentText });

const intakeSettingFields = {
  renewalMonths: z.number().int().min(1).max(RENEWAL_MONTHS_MAX),
  guardianAge: z.number().int().min(1).max(GUARDIAN_AGE_MAX),
  consent: z.strictObject({ treatment: bilingualText, privacy: bilingualText }).partial(),
};
/** A consent text as loaded (compared, never stored: it may be anything the hub held). */
const loadedTexts = z.strictObject({ ko: text(CONSENT_TEXT_MAX), en: text(CONSENT_TEXT_MAX) }).partial();
/** `expected`: the values the screen loaded for the fields it saves (as settings.update):
 *  one changed by another desk since is refused with 'conflict' and the settings now. */
export const intakeSettingsPatchSchema = z
  .strictObject({
    ...intakeSettingFields,
    expected: z
      .strictObject({
        renewalMonths: intakeSettingFields.renewalMonths,
        guardianAge: intakeSettingFields.guardianAge,
        consent: z.strictObject({ treatment: loadedTexts, privacy: loadedTexts }).partial(),
      })
      .partial(),
  })
  .partial();
export type IntakeSettingsPatch = z.infer<typeof intakeSettingsPatchSchema>;

// --- the form's content -------------------------------------------------------------
const yesNo = z.enum(['yes', 'no']).nullable();
const answerText = text(TEXT_MAX);
const healthAnswer = z.strictObject({ answer: yesNo, details: answerText });
const area = z
  .strictObject({ region: z.enum(REGION_IDS), side: z.enum(SIDES).optional() })
  .refine((a) => isValidArea(a.side === undefined ? { region: a.region } : a), { error: 'side must be given exactly for a sided region' });
const bodyMark = z
  .strictObject({
    region: z.enum(REGION_IDS),
    side: z.enum(SIDES).optional(),
    pain: z.number().int().min(PAIN_MIN).max(PAIN_MAX).nullable(),
    note: text(300),
  })
  .refine((m) => isValidArea(m.side === undefined ? { region: m.region } : { region: m.region, side: m.side }), {
    error: 'side must be given exactly for a sided region',
  });
const uniqueRegions = (marks: { region: string }[]) => new Set(marks.map((m) => m.region)).size === marks.length;

const healthShape = Object.fromEntries(HEALTH_QUESTION_IDS.map((id) => [id, healthAnswer])) as Record<
  HealthQuestionId,
  typeof healthAnswer
>;

export const intakeAnswersSchema = z.strictObject({
  visit: z.strictObject({ reason: answerText, goals: answerText, referredBy: answerText, underCare: healthAnswer }),
  health: z.strictObject({
    ...healthShape,
    pregnancyWeeks: z.number().int().min(1).max(PREGNANCY_WEEKS_MAX).nullable(),
    bloodThinners: yesNo,
    allergens: z.array(z.enum(ALLERGENS)).max(ALLERGENS.length).refine((l) => new Set(l).size === l.length, { error: 'listed twice' }),
  }),
  bodyMap: z.array(bodyMark).max(MAX_MARKS).refine(uniqueRegions, { error: 'one mark per region' }),
  preferences: z.strictObject({
    pressure: z.enum(PRESSURES).nullable(),
    avoid: z.array(area).max(MAX_MARKS),
    focus: z.array(area).max(MAX_MARKS),
    note: answerText,
  }),
}) satisfies z.ZodType<IntakeAnswers>;

const isoInstant = z.iso.datetime();
const stroke = z.strictObject({
  penColor: text(40),
  dotSize: z.number().finite(),
  minWidth: z.number().finite(),
  maxWidth: z.number().finite(),
  velocityFilterWeight: z.number().finite(),
  compositeOperation: text(40),
  points: z
    .array(z.strictObject({ x: z.number().finite(), y: z.number().finite(), pressure: z.number().finite(), time: z.number().finite() }))
    .max(SIGNATURE_POINTS_MAX),
});
const drawn = z.strictObject({
  strokes: z
    .array(stroke)
    .min(1)
    .max(SIGNATURE_STROKES_MAX)
    // the caps per stroke and on strokes alone would let 1,000,000 points through
    .refine((strokes) => strokes.reduce((sum, s) => sum + s.points.length, 0) <= SIGNATURE_TOTAL_POINTS_MAX, {
      error: `at most ${SIGNATURE_TOTAL_POINTS_MAX} points in all`,
    }),
  // Shown only as an <img> data URL (no script runs there); still, it must be an SVG.
  svg: text(SIGNATURE_SVG_MAX).refine((s) => /^\s*<svg[\s>]/.test(s), { error: 'must be an SVG' }),
  signedAt: isoInstant,
});
const guardian = { name: text(100).refine((s) => s.trim() !== '', { error: 'required' }), relationship: text(50).refine((s) => s.trim() !== '', { error: 'required' }) };
export const signingSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('screen'), client: drawn, guardian: z.strictObject({ ...guardian, signature: drawn }).nullable() }),
  z.strictObject({ method: z.literal('paper'), recordedAt: isoInstant, guardian: z.strictObject(guardian).nullable() }),
]) satisfies z.ZodType<Signing>;

export const formConsentSchema = z.strictObject({
  lang,
  treatment: consentText,
  privacy: consentText,
  treatmentAgreed: z.literal(true),
  privacyAgreed: z.literal(true),
});

// --- channels ------------------------------------------------------------------------
const clientRef = z.strictObject({ clientId: rowId });
/** A saved draft is edited from the row version it was loaded at: both or neither. */
const draftVersionGiven = (input: { formId?: number; expectedVersion?: number }) =>
  (input.formId === undefined) === (input.expectedVersion === undefined);
const draftVersionRule = { error: 'expectedVersion goes with formId', path: ['expectedVersion'] };
export const intakeDraftSchema = z
  .strictObject({
    clientId: rowId,
    /** The draft being edited; absent = a new draft (a new version of the client's latest form). */
    formId: rowId.optional(),
    /** The draft's row version when it was loaded (with formId); stale = 'conflict'. */
    expectedVersion: rowVersion.optional(),
    lang,
    answers: intakeAnswersSchema,
  })
  .refine(draftVersionGiven, draftVersionRule);
export const intakeSignSchema = z
  .strictObject({
    clientId: rowId,
    formId: rowId.optional(),
    expectedVersion: rowVersion.optional(),
    lang,
    answers: intakeAnswersSchema,
    consent: formConsentSchema,
    signing: signingSchema,
  })
  .refine(draftVersionGiven, draftVersionRule);
export type IntakeDraftInput = z.infer<typeof intakeDraftSchema>;
export type IntakeSignInput = z.infer<typeof intakeSignSchema>;
export const renewalsFilterSchema = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

/** Everything the intake screen and the client page show for one client. */
export type ClientIntake = {
  client: Client;
  /** The latest signed form (null: none yet). */
  current: IntakeForm | null;
  /** The open draft, if any. */
  draft: IntakeForm | null;
  /** Every form, newest first, without content. */
  history: IntakeFormSummary[];
  due: boolean;
  /** When the current form is due for renewal (null: no signed form). */
  dueOn: string | null;
  /** Under the guardian age today (null: no birth date). */
  guardianNeeded: boolean | null;
};

export type RenewalDue = { clientId: number; name: string; phone: string | null; lang: Client['lang']; signedOn: string; dueOn: string };

export const intakeChannels = {
  'intake.settings': channel<typeof empty, IntakeSettings>(empty),
  'intake.updateSettings': channel<typeof intakeSettingsPatchSchema, IntakeSettings>(intakeSettingsPatchSchema),
  'intake.client': channel<typeof clientRef, ClientIntake>(clientRef),
  'intake.get': channel<z.ZodObject<{ id: typeof rowId }>, IntakeForm>(z.strictObject({ id: rowId })),
  'intake.saveDraft': channel<typeof intakeDraftSchema, IntakeForm>(intakeDraftSchema),
  'intake.sign': channel<typeof intakeSignSchema, IntakeForm>(intakeSignSchema),
  /** Erases every form of the client (on their request): content gone, what and when kept. */
  'intake.erase': channel<typeof clientRef, { erased: number }>(clientRef),
  'intake.renewalsDue': channel<typeof renewalsFilterSchema, { rows: RenewalDue[]; total: number }>(renewalsFilterSchema),
} as const;
