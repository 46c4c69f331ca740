// An intake form as stored and shown: a draft until signed; a signed form is locked, and a
// change after signing is a new version linked to the one before. An erased form keeps what
// it was and when it was erased, not its content.
import type { Lang } from '../vocabulary';
import type { Signing } from './signature';
import type { IntakeAnswers } from './template';
import type { Flag } from './flags';

/** The exact texts the form is (or was) signed under, in the client's language, and the two
 *  separate agreements. */
export type FormConsent = {
  lang: Lang;
  treatment: string;
  privacy: string;
  treatmentAgreed: boolean;
  privacyAgreed: boolean;
};

export type IntakeFormStatus = 'draft' | 'signed' | 'erased';

export type IntakeFormSummary = {
  id: number;
  clientId: number;
  version: number;
  status: IntakeFormStatus;
  templateVersion: number;
  lang: Lang;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  /** The desk's local date of signing (renewal counts from it). */
  signedOn: string | null;
  erasedAt: string | null;
  /** The version this one replaces (null for the first). */
  previousId: number | null;
  /** The therapist's flags (none for an erased form). */
  flags: Flag[];
  method: Signing['method'] | null;
  /** Bumped by every write (migration 009); a draft is saved with the one it was loaded at. */
  rowVersion: number;
};

export type IntakeForm = IntakeFormSummary & {
  /** null once erased. */
  answers: IntakeAnswers | null;
  consent: FormConsent | null;
  signing: Signing | null;
};
