import { describe, expect, it } from 'vitest';
import { emptySigning, readSigning } from '../../../renderer/src/screens/intake/signing';
import type { DrawnSignature } from '../../../shared/intake';

const drawn: DrawnSignature = { strokes: [], svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', signedAt: '2026-11-27T08:00:00.000Z' };
const now = new Date('2026-11-27T09:00:00Z');

describe('reading the signature part', () => {
  it('on screen: the client signature is needed', () => {
    expect(readSigning(emptySigning(), false, now)).toEqual({ ok: false, problems: ['client'] });
    expect(readSigning({ ...emptySigning(), client: drawn }, false, now)).toEqual({
      ok: true,
      signing: { method: 'screen', client: drawn, guardian: null },
    });
  });

  it('under the guardian age: guardian name, relationship and signature too', () => {
    const draft = { ...emptySigning(), client: drawn };
    expect(readSigning(draft, true, now)).toEqual({
      ok: false,
      problems: ['guardianName', 'guardianRelationship', 'guardianSignature'],
    });
    const full = { ...draft, guardianName: ' 김보호 ', guardianRelationship: '어머니', guardianSignature: drawn };
    expect(readSigning(full, true, now)).toEqual({
      ok: true,
      signing: { method: 'screen', client: drawn, guardian: { name: '김보호', relationship: '어머니', signature: drawn } },
    });
    // Adult: a guardian typed in by mistake is not recorded.
    expect(readSigning(full, false, now)).toMatchObject({ ok: true, signing: { guardian: null } });
    // Unknown age: the desk's checkbox decides.
    expect(readSigning({ ...full, withGuardian: true }, null, now)).toMatchObject({ ok: true, signing: { guardian: { name: '김보호' } } });
  });

  it('on paper: the desk confirms the paper was signed; recorded with the time', () => {
    const paper = { ...emptySigning(), method: 'paper' as const };
    expect(readSigning(paper, false, now)).toEqual({ ok: false, problems: ['paperSigned'] });
    expect(readSigning({ ...paper, paperSigned: true }, false, now)).toEqual({
      ok: true,
      signing: { method: 'paper', recordedAt: '2026-11-27T09:00:00.000Z', guardian: null },
    });
    expect(readSigning({ ...paper, paperSigned: true }, true, now)).toEqual({ ok: false, problems: ['guardianName', 'guardianRelationship'] });
  });
});
