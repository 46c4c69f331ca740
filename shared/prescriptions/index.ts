// The prescription rules' public face (../shared/specs/prescriptions-and-coverage.md):
// diagnosis codes, which areas a prescription allows, the prescription's own rules and
// "may we treat this today?".
export * from './types';
export { PrescriptionError } from './errors';
export type { PrescriptionErrorCode, RuleErrorDetails } from './errors';
export { codeMatches, normalizeDiagnosisCode, tryNormalizeDiagnosisCode } from './codes';
export { areaCovers } from './areas';
export { codesOf, validatePrescription } from './prescription';
export { checkVisit } from './visit';
export { prescriptionFromRecord } from './record';
export type { StoredPrescriptionRules } from './record';
