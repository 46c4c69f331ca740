// A replacement prescription recorded on the client page: the visit recorder follows it (a
// visit would otherwise count against the prescription it replaced), unless the user picked
// a prescription themselves.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { PrescriptionsSection } from '../../../renderer/src/components/prescriptions/PrescriptionsSection';
import { renderScreen } from '../harness';

const chosen = (select: HTMLElement) => (select as HTMLSelectElement).selectedOptions[0]?.textContent;

async function withPrescription() {
  const rendered = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
    before: async (core) => {
      await core.handle('clients.create', { name: '이서연', lang: 'ko' });
      await core.handle('prescriptions.create', { clientId: 1, issuedOn: '2026-11-02', prescriber: { name: '김정민' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }] });
    },
  });
  const use = within(await screen.findByRole('form', { name: '방문 기록' })).getByRole('combobox', { name: '사용할 처방전' });
  expect(chosen(use)).toBe('2026. 11. 2. 처방전 (처방의: 김정민)');
  return { ...rendered, use };
}

/** Records a replacement (the form's "replaces the current one" is ticked by default). */
async function recordReplacement(user: Awaited<ReturnType<typeof withPrescription>>['user']) {
  const form = screen.getByRole('form', { name: '새 처방전' });
  expect((within(form).getByRole('checkbox', { name: '지금 처방전을 새 처방전으로 바꿈(둘 다 보관)' }) as HTMLInputElement).checked).toBe(true);
  await user.type(within(form).getByRole('textbox', { name: '처방의' }), '박서준');
  await user.type(within(form).getByRole('textbox', { name: '진단 코드 1' }), 'M54.5');
  await user.selectOptions(within(form).getByRole('combobox', { name: '처방 부위 부위' }), '허리 (요추 부위)');
  await user.click(within(form).getByRole('button', { name: '처방 부위에 추가' }));
  await user.click(within(form).getByRole('button', { name: '처방전 저장' }));
  await screen.findByRole('article', { name: /처방의: 박서준/ });
}

describe('the visit recorder after a replacement prescription', () => {
  it('uses the replacement', async () => {
    const { user, use } = await withPrescription();
    await recordReplacement(user);
    await waitFor(() => expect(chosen(use)).toBe('2026. 11. 20. 처방전 (처방의: 박서준)'));
  });

  it('keeps what the user picked', async () => {
    const { user, use } = await withPrescription();
    await user.selectOptions(use, '없음');
    await recordReplacement(user);
    expect(chosen(use)).toBe('없음');
  });
});
