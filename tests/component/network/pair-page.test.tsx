// The tablet's pairing page: instructions for both systems in the chosen language, the
// fingerprint from the QR code's link, and what each answer of POST /pair means.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { i18n, initI18n } from '../../../renderer/src/i18n';
import { fingerprintFromHash, PairPage } from '../../../renderer/src/pair/PairPage';

const FP = Array.from({ length: 32 }, () => 'AB').join(':');

afterEach(() => vi.unstubAllGlobals());

async function show(lang: 'ko' | 'en', reply: { status: number; body: unknown }) {
  await initI18n(lang, ['network']);
  const fetch = vi.fn(async () => new Response(JSON.stringify(reply.body), { status: reply.status }));
  vi.stubGlobal('fetch', fetch);
  const onPaired = vi.fn();
  render(
    <Suspense fallback={null}>
      <PairPage fingerprint={FP} onLanguage={(l) => void i18n.changeLanguage(l)} onPaired={onPaired} />
    </Suspense>,
  );
  return { fetch, onPaired, user: userEvent.setup() };
}

describe('pairing page', () => {
  it('reads the fingerprint from the QR code link only when it is one', () => {
    expect(fingerprintFromHash(`#fp=${FP}`)).toBe(FP);
    expect(fingerprintFromHash('#fp=<script>')).toBeNull();
    expect(fingerprintFromHash('')).toBeNull();
  });

  it('explains the CA install for iPad and Android in Korean, and pairs with the code', async () => {
    const { fetch, onPaired, user } = await show('ko', { status: 200, body: { credential: 'c', role: 'therapist', deviceId: 1, fingerprint: FP } });
    expect(await screen.findByRole('heading', { name: '이 기기를 프런트 데스크에 연결' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '아이패드 (iPadOS)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '안드로이드 (Android)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '클리닉 인증서 내려받기' }).getAttribute('href')).toBe('/clinic-ca.crt');
    expect(screen.getByText(new RegExp(FP))).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: '연결 코드' }), 'abcd-2345');
    await user.click(screen.getByRole('button', { name: '연결' }));
    expect(fetch).toHaveBeenCalledWith('/pair', expect.objectContaining({ method: 'POST', body: JSON.stringify({ code: 'abcd-2345' }) }));
    expect(onPaired).toHaveBeenCalled();
  });

  for (const [reason, message] of [
    ['wrong', 'That code is not right. Check it and type it again.'],
    ['expired', 'That code has expired or was used. Make a new one at the hub.'],
    ['used-up', 'Too many wrong tries: that code no longer works. Make a new one at the hub.'],
  ] as const) {
    it(`says what to do when the hub answers "${reason}" (English)`, async () => {
      const { onPaired, user } = await show('en', { status: 401, body: { ok: false, error: { code: 'unauthorized', details: { reason } } } });
      await user.type(await screen.findByRole('textbox', { name: 'Pairing code' }), 'ABCD2345');
      await user.click(screen.getByRole('button', { name: 'Connect' }));
      expect((await screen.findByRole('alert')).textContent).toBe(message);
      expect(onPaired).not.toHaveBeenCalled();
    });
  }
});
