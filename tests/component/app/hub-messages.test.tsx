// What a connected desk says when the hub does not answer: a write saved nothing, a read was
// not loaded. The remote core marks each failure with `write` (from channelChanges); a
// failure without the mark (pairing, an older hub) gets the write's sentence, which is safe.
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/src/api/client';
import { errorMessage } from '../../../renderer/src/errors';
import { i18n, initI18n } from '../../../renderer/src/i18n';

const unreachable = (details: Record<string, unknown>) => new ApiCallError({ code: 'hub-unreachable', details });

describe('the hub did not answer', () => {
  it('says, in Korean, that a read was not loaded and a write was not saved', async () => {
    await initI18n('ko');
    const t = i18n.getFixedT('ko');
    expect(errorMessage(t, unreachable({ reason: 'network', write: false }))).toMatch(/^허브에 연결할 수 없어 불러오지 못했습니다\./);
    expect(errorMessage(t, unreachable({ reason: 'network', write: true }))).toMatch(/^허브에 연결할 수 없어 아무것도 저장하지 않았습니다\./);
    expect(errorMessage(t, unreachable({ reason: 'network' }))).toMatch(/아무것도 저장하지 않았습니다/);
    expect(errorMessage(t, unreachable({ reason: 'answer', write: false }))).toMatch(/응답해 불러오지 못했습니다\./);
    expect(errorMessage(t, unreachable({ reason: 'answer', write: true }))).toMatch(/응답해 아무것도 저장하지 않았습니다\./);
    // Refused before anything was sent: true of reads and writes alike.
    expect(errorMessage(t, unreachable({ reason: 'certificate', write: false }))).toMatch(/아무것도 보내지 않았습니다/);
  });

  it('says the same in English', async () => {
    await initI18n('en');
    const t = i18n.getFixedT('en');
    expect(errorMessage(t, unreachable({ reason: 'network', write: false }))).toMatch(/^The hub cannot be reached, so this could not be loaded\./);
    expect(errorMessage(t, unreachable({ reason: 'network', write: true }))).toMatch(/^The hub cannot be reached, so nothing was saved\./);
    expect(errorMessage(t, unreachable({ reason: 'answer', write: false }))).toMatch(/so this could not be loaded\./);
    expect(errorMessage(t, unreachable({ reason: 'answer', write: true }))).toMatch(/so nothing was saved\./);
    for (const write of [true, false]) expect(errorMessage(t, unreachable({ reason: 'certificate', write }))).toMatch(/so nothing was sent\./);
  });
});

describe('a conflict the user can act on', () => {
  it('says what happened and what to do, in either language; other conflicts keep the general sentence', async () => {
    const conflict = (reason: string) => new ApiCallError({ code: 'conflict', details: { reason } });
    await initI18n('ko');
    const ko = i18n.getFixedT('ko');
    expect(errorMessage(ko, conflict('prescription-replaced'))).toMatch(/^데스크에서 처방전을 새로 바꿔 아무것도 기록하지 않았습니다\./);
    expect(errorMessage(ko, conflict('outside-prescription'))).toMatch(/처방 범위 밖 방문으로 기록/);
    await initI18n('en');
    const en = i18n.getFixedT('en');
    expect(errorMessage(en, conflict('prescription-replaced'))).toMatch(/^The prescription was replaced at the desk, so nothing was recorded\./);
    expect(errorMessage(en, conflict('no-such-reason'))).toBe(en('errors:api.conflict'));
    // The desk replacing a prescription another desk replaced first is another case.
    expect(errorMessage(en, conflict('already-replaced'))).toBe(en('errors:api.conflict'));
  });
});

describe('a write whose answer was lost', () => {
  it('says the hub may have saved it, what to check, and that saving again will not save twice', async () => {
    const lost = [
      unreachable({ reason: 'network', write: true, outcome: 'unknown' }), // a desk PC
      new ApiCallError({ code: 'unavailable', details: { write: true, outcome: 'unknown' } }), // a browser
    ];
    await initI18n('ko');
    const ko = i18n.getFixedT('ko');
    for (const error of lost) {
      expect(errorMessage(ko, error)).toBe(
        '허브가 응답하지 않아 저장되었는지 알 수 없습니다. 허브 PC가 켜져 있고 이 기기가 병원 네트워크에 연결되어 있는지 확인한 뒤 다시 저장하세요. 10분 안에 이 화면에서 같은 내용으로 다시 저장하면 두 번 저장되지 않습니다.',
      );
    }
    await initI18n('en');
    const en = i18n.getFixedT('en');
    for (const error of lost) {
      const message = errorMessage(en, error);
      expect(message).toMatch(/^The hub did not answer, so this device cannot tell whether it was saved\./);
      expect(message).not.toMatch(/nothing was saved/);
    }
    // Refused before anything was sent this time: the certificate's own sentence.
    expect(errorMessage(en, unreachable({ reason: 'certificate', write: true, outcome: 'unknown' }))).toMatch(/so nothing was sent\./);
  });
});
