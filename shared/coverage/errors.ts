// Errors of the coverage rules, with the spec's codes; details name fields, not values.
import type { RuleErrorDetails } from '../prescriptions/errors';

export type CoverageErrorCode = 'invalid-plan' | 'invalid-prescription' | 'invalid-request';

export class CoverageError extends Error {
  readonly code: CoverageErrorCode;
  readonly details: RuleErrorDetails;
  constructor(code: CoverageErrorCode, details: RuleErrorDetails) {
    super(`${code} ${details.field}: ${details.reason}`);
    this.name = 'CoverageError';
    this.code = code;
    this.details = details;
  }
}
