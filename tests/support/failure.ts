// The ApiFailure a promise rejects with (the test fails if it resolves or rejects otherwise).
import { expect } from 'vitest';
import { ApiFailure } from '../../shared/api/result';

export async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
}
