import { describe, expect, it } from 'vitest';
import { validatePrescription, type Prescription } from '../../../shared/prescriptions';
import { expectCode, minimal, specPrescription } from './fixtures';

const bad = (p: unknown) => expectCode(() => validatePrescription(p), 'invalid-prescription');

describe('validatePrescription', () => {
  it('accepts the spec example unchanged', () => {
    expect(validatePrescription(specPrescription)).toEqual(specPrescription);
  });

  it('accepts only the required fields', () => {
    expect(validatePrescription(minimal())).toEqual(minimal());
  });

  it('stores codes normalized and text trimmed', () => {
    const p = validatePrescription(minimal({ diagnoses: [{ code: ' m546 ', text: ' 흉추 통증 ' }, { code: 's134xxa' }] }));
    expect(p.diagnoses).toEqual([{ code: 'M54.6', text: '흉추 통증' }, { code: 'S13.4XXA' }]);
  });

  it('drops blank optional text and a blank code next to a text', () => {
    const p = validatePrescription(
      minimal({ prescriber: { name: ' Dr. Lee ', clinic: '  ', phone: '' }, diagnoses: [{ code: ' ', text: 'back pain' }] }),
    );
    expect(p.prescriber).toEqual({ name: 'Dr. Lee' });
    expect(p.diagnoses).toEqual([{ text: 'back pain' }]);
  });

  it('allows expiresOn on the day of issue', () => {
    expect(validatePrescription(minimal({ expiresOn: '2026-11-02' })).expiresOn).toBe('2026-11-02');
  });

  it.each<[string, unknown]>([
    ['not an object', 'prescription'],
    ['null', null],
    ['no issuedOn', { ...minimal(), issuedOn: undefined }],
    ['issuedOn not a real day', minimal({ issuedOn: '2026-02-29' })],
    ['issuedOn badly written', minimal({ issuedOn: '2026-1-2' })],
    ['expiresOn before issuedOn', minimal({ expiresOn: '2026-11-01' })],
    ['expiresOn not a day', minimal({ expiresOn: '2026-13-01' })],
    ['no prescriber', { ...minimal(), prescriber: undefined }],
    ['prescriber without a name', minimal({ prescriber: { name: '' } })],
    ['prescriber name blank', minimal({ prescriber: { name: '   ' } })],
    ['prescriber licence not text', minimal({ prescriber: { name: 'A', license: 12345 as unknown as string } })],
    ['no diagnoses', minimal({ diagnoses: [] })],
    ['diagnoses missing', { ...minimal(), diagnoses: undefined }],
    ['a diagnosis with neither code nor text', minimal({ diagnoses: [{}] })],
    ['a diagnosis with blank text only', minimal({ diagnoses: [{ text: '  ' }] })],
    ['a bad diagnosis code', minimal({ diagnoses: [{ code: 'M5' }] })],
    ['a diagnosis code not text', minimal({ diagnoses: [{ code: 546 as unknown as string }] })],
    ['no areas', minimal({ areas: [] })],
    ['an invalid area', minimal({ areas: [{ region: 'ankle' }] })],
    ['an unknown region', minimal({ areas: [{ region: 'tail' } as never] })],
    ['sessions 0', minimal({ sessions: 0 })],
    ['sessions fractional', minimal({ sessions: 2.5 })],
    ['perWeek 0', minimal({ perWeek: 0 })],
    ['perWeek as text', minimal({ perWeek: '2' as unknown as number })],
    ['maxMinutes negative', minimal({ maxMinutes: -60 })],
    ['maxMinutes null', minimal({ maxMinutes: null as unknown as number })],
  ])('%s is invalid-prescription', (_, p) => {
    bad(p);
  });

  it('never echoes prescription content in the error message', () => {
    try {
      validatePrescription(minimal({ prescriber: { name: '홍길동' }, diagnoses: [{ code: 'secret', text: 'depression' }] }) as Prescription);
    } catch (e) {
      expect((e as Error).message).not.toMatch(/홍길동|secret|depression/);
      return;
    }
    throw new Error('expected an error');
  });
});
