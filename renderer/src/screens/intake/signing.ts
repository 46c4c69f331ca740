// The signature part of the form while it is being filled, and what it becomes when the
// form is signed (or why it cannot be signed yet).
import type { DrawnSignature, Signing } from '../../../../shared/intake';

export type SigningDraft = {
  method: 'screen' | 'paper';
  client: DrawnSignature | null;
  /** Asked when the age is unknown; forced on under the guardian age. */
  withGuardian: boolean;
  guardianName: string;
  guardianRelationship: string;
  guardianSignature: DrawnSignature | null;
  /** Paper: the desk confirms the paper form was signed. */
  paperSigned: boolean;
};

export const emptySigning = (): SigningDraft => ({
  method: 'screen',
  client: null,
  withGuardian: false,
  guardianName: '',
  guardianRelationship: '',
  guardianSignature: null,
  paperSigned: false,
});

export type SigningProblem = 'client' | 'guardianName' | 'guardianRelationship' | 'guardianSignature' | 'paperSigned';

/** `guardianNeeded`: true under the guardian age, null when the age is unknown. */
export function readSigning(
  draft: SigningDraft,
  guardianNeeded: boolean | null,
  now: Date,
): { ok: true; signing: Signing } | { ok: false; problems: SigningProblem[] } {
  const withGuardian = guardianNeeded === true || draft.withGuardian;
  const problems: SigningProblem[] = [];
  const name = draft.guardianName.trim();
  const relationship = draft.guardianRelationship.trim();
  if (withGuardian && !name) problems.push('guardianName');
  if (withGuardian && !relationship) problems.push('guardianRelationship');
  if (draft.method === 'paper') {
    if (!draft.paperSigned) problems.push('paperSigned');
    if (problems.length) return { ok: false, problems };
    return {
      ok: true,
      signing: { method: 'paper', recordedAt: now.toISOString(), guardian: withGuardian ? { name, relationship } : null },
    };
  }
  if (!draft.client) problems.unshift('client');
  if (withGuardian && !draft.guardianSignature) problems.push('guardianSignature');
  if (problems.length || !draft.client) return { ok: false, problems };
  return {
    ok: true,
    signing: {
      method: 'screen',
      client: draft.client,
      guardian: withGuardian && draft.guardianSignature ? { name, relationship, signature: draft.guardianSignature } : null,
    },
  };
}
