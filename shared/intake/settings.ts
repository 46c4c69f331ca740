// The business's intake settings (Settings screen, stored in the settings table).
import type { ConsentTexts } from './consent';

export const RENEWAL_MONTHS_MAX = 120;
export const GUARDIAN_AGE_MAX = 30;

export type IntakeSettings = {
  /** The form is due again this many months after the latest signed one. */
  renewalMonths: number;
  /** Clients under this age sign with a guardian. */
  guardianAge: number;
  /** The texts a new form is signed under. */
  consent: ConsentTexts;
  /** What "restore the default" restores. */
  defaults: { guardianAge: number; renewalMonths: number; consent: ConsentTexts };
};
