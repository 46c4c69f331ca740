// The prescription's own rules (spec "Prescription"). Anything that breaks them, including
// an area or a diagnosis code inside it, is `invalid-prescription`: the error names the
// prescription as what needs fixing, whichever function was called.
import { isValidArea } from '../body/areas';
import { civil, dayNumber, isObject, isWhole } from './checks';
import { tryNormalizeDiagnosisCode } from './codes';
import { PrescriptionError } from './errors';
import type { Diagnosis, Prescriber, Prescription } from './types';

function invalid(field: string, reason: string): never {
  throw new PrescriptionError('invalid-prescription', { field, reason });
}

/** Optional text: absent stays absent; blank after trimming counts as absent. */
function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') invalid(field, 'not-text');
  const text = value.trim();
  return text === '' ? undefined : text;
}

function optionalWhole(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!isWhole(value, 1)) invalid(field, 'whole-number-min-1');
  return value;
}

function prescriberOf(value: unknown): Prescriber {
  if (!isObject(value)) invalid('prescriber', 'not-an-object');
  const name = optionalText(value.name, 'prescriber.name');
  if (name === undefined) invalid('prescriber.name', 'required');
  const prescriber: Prescriber = { name };
  for (const key of ['license', 'clinic', 'phone'] as const) {
    const text = optionalText(value[key], `prescriber.${key}`);
    if (text !== undefined) prescriber[key] = text;
  }
  return prescriber;
}

function diagnosisOf(value: unknown, i: number): Diagnosis {
  const field = `diagnoses[${i}]`;
  if (!isObject(value)) invalid(field, 'not-an-object');
  const text = optionalText(value.text, `${field}.text`);
  let code: string | undefined;
  if (value.code !== undefined) {
    if (typeof value.code !== 'string') invalid(`${field}.code`, 'not-text');
    if (value.code.trim() !== '') {
      code = tryNormalizeDiagnosisCode(value.code) ?? invalid(`${field}.code`, 'invalid-diagnosis-code');
    }
  }
  if (code === undefined && text === undefined) invalid(field, 'code-or-text-required');
  return { ...(code !== undefined ? { code } : {}), ...(text !== undefined ? { text } : {}) };
}

/** Checks a prescription and returns it normalized: codes in normal form, text trimmed,
 *  blank optional text dropped. Throws `invalid-prescription`. */
export function validatePrescription(value: unknown): Prescription {
  if (!isObject(value)) invalid('', 'not-an-object');
  const issued = civil(value.issuedOn);
  if (!issued) invalid('issuedOn', value.issuedOn === undefined ? 'required' : 'not-a-date');
  let expiresOn: string | undefined;
  if (value.expiresOn !== undefined) {
    const expires = civil(value.expiresOn);
    if (!expires) invalid('expiresOn', 'not-a-date');
    if (dayNumber(expires) < dayNumber(issued)) invalid('expiresOn', 'before-issued-on');
    expiresOn = value.expiresOn as string;
  }
  const prescriber = prescriberOf(value.prescriber);
  if (!Array.isArray(value.diagnoses) || value.diagnoses.length === 0) invalid('diagnoses', 'at-least-one');
  const diagnoses = value.diagnoses.map(diagnosisOf);
  if (!Array.isArray(value.areas) || value.areas.length === 0) invalid('areas', 'at-least-one');
  const areas = value.areas.map((area, i) => {
    if (!isValidArea(area)) invalid(`areas[${i}]`, 'invalid-area');
    return area.side ? { region: area.region, side: area.side } : { region: area.region };
  });
  const sessions = optionalWhole(value.sessions, 'sessions');
  const perWeek = optionalWhole(value.perWeek, 'perWeek');
  const maxMinutes = optionalWhole(value.maxMinutes, 'maxMinutes');
  return {
    issuedOn: value.issuedOn as string,
    ...(expiresOn !== undefined ? { expiresOn } : {}),
    prescriber,
    diagnoses,
    areas,
    ...(sessions !== undefined ? { sessions } : {}),
    ...(perWeek !== undefined ? { perWeek } : {}),
    ...(maxMinutes !== undefined ? { maxMinutes } : {}),
  };
}

/** The prescription's diagnosis codes, in the order of its diagnoses. */
export const codesOf = (prescription: Prescription): string[] =>
  prescription.diagnoses.flatMap((d) => (d.code !== undefined ? [d.code] : []));
