// A double Enter while the first save's answer is still on its way (a desk connected to the
// hub) saves once: one prescription, one visit, one policy, and a plan without a "changed
// elsewhere" conflict against the user's own first save.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { ClientPolicies } from '../../../renderer/src/components/coverage/ClientPolicies';
import { PrescriptionsSection } from '../../../renderer/src/components/prescriptions/PrescriptionsSection';
import { holdFirstAnswer, type Held } from '../hold';
import { renderScreen } from '../harness';

/** Presses Enter twice in `field` (the form submits on each), then lets the first answer come. */
async function enterTwice(user: { keyboard: (keys: string) => Promise<void> }, field: HTMLElement, held: Held) {
  field.focus();
  await user.keyboard('{Enter}{Enter}');
  await waitFor(() => expect(held.holding).toBe(true));
  await held.release();
}

describe('a save sent once, however often Enter is pressed', () => {
  it('records one prescription', async () => {
    let held!: Held;
    const { user, frontDesk } = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '이서연', lang: 'ko' });
        held = holdFirstAnswer(core, 'prescriptions.create');
      },
    });
    const form = await screen.findByRole('form', { name: '새 처방전' });
    const prescriber = within(form).getByRole('textbox', { name: '처방의' });
    await user.type(prescriber, '김정민');
    await user.type(within(form).getByRole('textbox', { name: '진단 코드 1' }), 'M54.6');
    await user.selectOptions(within(form).getByRole('combobox', { name: '처방 부위 부위' }), '등 (흉추 부위)');
    await user.click(within(form).getByRole('button', { name: '처방 부위에 추가' }));
    await enterTwice(user, prescriber, held);
    await screen.findAllByRole('article', { name: /처방의: 김정민/ }); // its card, shown once saved
    expect(held.asked).toBe(1);
    const stored = await frontDesk.handle('prescriptions.list', { clientId: 1 });
    expect(stored.ok && stored.value).toHaveLength(1);
  }, 30_000);

  it('records one visit', async () => {
    let held!: Held;
    const { user, frontDesk } = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '이서연', lang: 'ko' });
        await core.handle('prescriptions.create', { clientId: 1, issuedOn: '2026-11-02', prescriber: { name: '김정민' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }] });
        held = holdFirstAnswer(core, 'visits.create');
      },
    });
    const form = await screen.findByRole('form', { name: '방문 기록' });
    await user.selectOptions(within(form).getByRole('combobox', { name: '치료 부위 부위' }), '등 (흉추 부위)');
    await user.click(within(form).getByRole('button', { name: '치료 부위에 추가' }));
    expect(await within(form).findByText('처방 범위 안의 방문입니다.')).toBeTruthy();
    await enterTwice(user, within(form).getByRole('textbox', { name: '치료사' }), held);
    expect(await within(form).findByText('방문을 저장했습니다.')).toBeTruthy();
    expect(held.asked).toBe(1);
    const visits = await frontDesk.handle('visits.list', { clientId: 1 });
    expect(visits.ok && visits.value).toHaveLength(1);
  }, 30_000);

  it('adds one policy', async () => {
    let held!: Held;
    const { user, frontDesk } = await renderScreen(<ClientPolicies clientId={1} lang="ko" currency="KRW" />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '이서연', lang: 'ko' });
        held = holdFirstAnswer(core, 'policies.create');
      },
    });
    const form = await screen.findByRole('form', { name: '보험 추가' });
    await user.selectOptions(within(form).getByRole('combobox', { name: '보험 상품' }), 'example-kr-indemnity');
    const member = within(form).getByRole('textbox', { name: '가입자 번호' });
    await user.type(member, 'KR-1');
    await enterTwice(user, member, held);
    expect(await within(form).findByText(/보험을 추가했습니다/)).toBeTruthy();
    expect(held.asked).toBe(1);
    const policies = await frontDesk.handle('policies.list', { clientId: 1 });
    expect(policies.ok && policies.value).toHaveLength(1);
  }, 30_000);

  it('saves a plan once, without a conflict against itself', async () => {
    let held!: Held;
    const { user } = await renderScreen(<CatalogScreen />, { before: async (core) => void (held = holdFirstAnswer(core, 'plans.save')) });
    await user.click(await screen.findByRole('tab', { name: '보험 상품' }));
    await user.click(await screen.findByRole('button', { name: '새 상품' }));
    const form = screen.getByRole('form', { name: '새 상품' });
    await user.type(within(form).getByRole('textbox', { name: '상품 ID' }), 'hanul-basic');
    await user.type(within(form).getByRole('textbox', { name: '이름 (한국어)' }), '하늘생명 기본형');
    const nameEn = within(form).getByRole('textbox', { name: '이름 (영어)' });
    await user.type(nameEn, 'Hanul Life Basic');
    await enterTwice(user, nameEn, held);
    expect(await screen.findByText('상품을 저장했습니다: 하늘생명 기본형')).toBeTruthy();
    expect(held.asked).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  }, 30_000);
});
