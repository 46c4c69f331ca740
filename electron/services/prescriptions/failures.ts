// The pure rules' refusals, as the API's: 'invalid-input' naming the spec's rule and the
// field (never the value), so the form can mark the field.
import { CoverageError } from '../../../shared/coverage';
import { PrescriptionError } from '../../../shared/prescriptions';
import { ApiFailure } from '../../../shared/api/result';

export function asApiFailure(error: unknown): unknown {
  if (error instanceof PrescriptionError || error instanceof CoverageError) {
    const { field, reason } = error.details;
    return new ApiFailure('invalid-input', { rule: error.code, field, reason, issues: [{ path: field, message: `${error.code}: ${reason}` }] });
  }
  return error;
}

/** Runs `f`, turning a rule's refusal into the API's. */
export function underRules<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw asApiFailure(error);
  }
}
