// Diagnosis codes (spec "Diagnosis codes"): one normal form, and prefix matching, because
// ICD-10-CM (US) and KCD (Korea) add characters to the WHO codes.
import { PrescriptionError } from './errors';

const CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/** Trim, drop inner spaces, upper-case, put the dot after the third character when there
 *  is none: " m54.6 " -> "M54.6", "M546" -> "M54.6", "s134xxa" -> "S13.4XXA". Anything that
 *  is then not a code is `invalid-diagnosis-code`. */
export function normalizeDiagnosisCode(text: string): string {
  if (typeof text !== 'string') throw new PrescriptionError('invalid-diagnosis-code', { field: 'code', reason: 'not-text' });
  let code = text.replace(/\s+/g, '').toUpperCase();
  if (!code.includes('.') && code.length > 3) code = `${code.slice(0, 3)}.${code.slice(3)}`;
  if (!CODE.test(code)) throw new PrescriptionError('invalid-diagnosis-code', { field: 'code', reason: 'not-a-code' });
  return code;
}

/** The normal form, or null when `text` is not a code (for forms checking as one types). */
export function tryNormalizeDiagnosisCode(text: string): string | null {
  try {
    return normalizeDiagnosisCode(text);
  } catch {
    return null;
  }
}

/** Does `code` match `prefix`? Both are normalized first: "M54" matches "M54.50", "M54.5"
 *  matches "M54.50" but not "M54.6". */
export function codeMatches(code: string, prefix: string): boolean {
  return normalizeDiagnosisCode(code).startsWith(normalizeDiagnosisCode(prefix));
}
