// Intake forms: the form's settings (consent texts, renewal, guardian age).
import { z } from 'zod';
import { CONSENT_TEXT_MAX, GUARDIAN_AGE_MAX, RENEWAL_MONTHS_MAX, type IntakeSettings } from '../intake';
import { channel, empty, text } from './schemas';

const consentText = text(CONSENT_TEXT_MAX).refine((value) => value.trim() !== '', { error: 'must not be empty' });
const bilingualText = z.strictObject({ ko: consentText, en: consentText });

export const intakeSettingsPatchSchema = z
  .strictObject({
    renewalMonths: z.number().int().min(1).max(RENEWAL_MONTHS_MAX),
    guardianAge: z.number().int().min(1).max(GUARDIAN_AGE_MAX),
    consent: z.strictObject({ treatment: bilingualText, privacy: bilingualText }).partial(),
  })
  .partial();
export type IntakeSettingsPatch = z.infer<typeof intakeSettingsPatchSchema>;

export const intakeChannels = {
  'intake.settings': channel<typeof empty, IntakeSettings>(empty),
  'intake.updateSettings': channel<typeof intakeSettingsPatchSchema, IntakeSettings>(intakeSettingsPatchSchema),
} as const;
