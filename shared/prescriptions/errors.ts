// Errors of the prescription rules. Like the pricing engine's errors they carry the spec's
// `code`; `details` name the field and the broken rule, never the value (a diagnosis or a
// prescriber's name must not end up in a log line).
export type PrescriptionErrorCode =
  | 'invalid-request'
  | 'invalid-area'
  | 'invalid-prescription'
  | 'invalid-diagnosis-code';

export type RuleErrorDetails = { field: string; reason: string };

export class PrescriptionError extends Error {
  readonly code: PrescriptionErrorCode;
  readonly details: RuleErrorDetails;
  constructor(code: PrescriptionErrorCode, details: RuleErrorDetails) {
    super(`${code} ${details.field}: ${details.reason}`);
    this.name = 'PrescriptionError';
    this.code = code;
    this.details = details;
  }
}
