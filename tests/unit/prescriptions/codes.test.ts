import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeMatches, normalizeDiagnosisCode, PrescriptionError } from '../../../shared/prescriptions';
import { expectCode } from './fixtures';

describe('normalizeDiagnosisCode', () => {
  it.each([
    [' m54.6 ', 'M54.6'],
    ['M546', 'M54.6'],
    ['m54', 'M54'],
    ['s134xxa', 'S13.4XXA'],
    ['M 54 . 6', 'M54.6'],
    ['m54.50', 'M54.50'],
    ['M5450', 'M54.50'],
    ['g44.209', 'G44.209'],
    ['\tM79.1\n', 'M79.1'],
  ])('%j -> %s (the spec examples and more)', (text, code) => {
    expect(normalizeDiagnosisCode(text)).toBe(code);
  });

  it.each(['M54.', '54.6', 'M5', 'M54.12345', '', '   ', 'MM4.6', 'M54..6', 'M54.6.1', 'M54-6', '백4.6', 'M5412345'])(
    '%j is invalid-diagnosis-code',
    (text) => {
      expectCode(() => normalizeDiagnosisCode(text), 'invalid-diagnosis-code');
    },
  );

  it('refuses a value that is not text, with the same code', () => {
    expectCode(() => normalizeDiagnosisCode(546 as unknown as string), 'invalid-diagnosis-code');
  });

  it('throws a PrescriptionError whose message does not repeat the input', () => {
    try {
      normalizeDiagnosisCode('secret diagnosis');
    } catch (e) {
      expect(e).toBeInstanceOf(PrescriptionError);
      expect((e as Error).message).not.toContain('secret');
      return;
    }
    throw new Error('expected an error');
  });

  it('is idempotent and always yields the spec pattern', () => {
    const code = fc
      .tuple(
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz'),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(...'0123456789AXz'),
        fc.stringMatching(/^(\.?[0-9A-Za-z]{1,4})?$/),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([a, b, c, rest, pad]) => `${pad}${a}${b}${c}${rest}${pad}`);
    fc.assert(
      fc.property(code, (text) => {
        const once = normalizeDiagnosisCode(text);
        expect(once).toMatch(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/);
        expect(normalizeDiagnosisCode(once)).toBe(once);
      }),
    );
  });
});

describe('code matches a prefix', () => {
  it.each([
    ['M54', 'M54', true],
    ['M54.6', 'M54', true],
    ['M54.50', 'M54', true],
    ['M54.50', 'M54.5', true],
    ['M54.6', 'M54.5', false],
    ['M54', 'M54.5', false],
    ['m5450', 'm54.5', true],
    ['M79.1', 'M54', false],
  ])('%s matches %s: %s', (code, prefix, expected) => {
    expect(codeMatches(code, prefix)).toBe(expected);
  });

  it('a code always matches its own first three characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/), (code) => {
        expect(codeMatches(code, code.slice(0, 3))).toBe(true);
        expect(codeMatches(code, code)).toBe(true);
      }),
    );
  });
});
