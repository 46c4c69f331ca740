// What a form says after a save stands for that save only: a visit recorded, then one the hub
// never got, no longer says "saved"; a plan refused, then saved, no longer shows the refusal.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { PrescriptionsSection } from '../../../renderer/src/components/prescriptions/PrescriptionsSection';
import { loseRequests } from '../hold';
import { renderScreen } from '../harness';

const HUB_UNREACHABLE = /허브에 연결할 수 없어 아무것도 저장하지 않았습니다/;

describe('messages of an earlier save', () => {
  it('a visit recorded, then one that was not: "saved" is gone and the failure is said', async () => {
    const { user } = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '이서연', lang: 'ko' });
        await core.handle('prescriptions.create', { clientId: 1, issuedOn: '2026-11-02', prescriber: { name: '김정민' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }] });
        loseRequests(core, 'visits.create', [2]);
      },
    });
    const form = await screen.findByRole('form', { name: '방문 기록' });
    const record = async () => {
      await user.selectOptions(within(form).getByRole('combobox', { name: '치료 부위 부위' }), '등 (흉추 부위)');
      await user.click(within(form).getByRole('button', { name: '치료 부위에 추가' }));
      expect(await within(form).findByText('처방 범위 안의 방문입니다.')).toBeTruthy();
      await user.click(within(form).getByRole('button', { name: '방문 저장' }));
    };
    await record();
    expect(await within(form).findByText('방문을 저장했습니다.')).toBeTruthy();
    await record();
    expect(await within(form).findByText(HUB_UNREACHABLE)).toBeTruthy();
    expect(within(form).queryByText('방문을 저장했습니다.')).toBeNull();
  });

  it('a plan refused, then saved: the refusal is gone', async () => {
    const { user } = await renderScreen(<CatalogScreen />, { before: async (core) => void loseRequests(core, 'plans.save', [1]) });
    await user.click(await screen.findByRole('tab', { name: '보험 상품' }));
    await user.click(await screen.findByRole('button', { name: '새 상품' }));
    const form = screen.getByRole('form', { name: '새 상품' });
    await user.type(within(form).getByRole('textbox', { name: '상품 ID' }), 'hanul-basic');
    await user.type(within(form).getByRole('textbox', { name: '이름 (한국어)' }), '하늘생명 기본형');
    await user.type(within(form).getByRole('textbox', { name: '이름 (영어)' }), 'Hanul Life Basic');
    await user.click(within(form).getByRole('button', { name: '상품 저장' }));
    expect(await screen.findByText(HUB_UNREACHABLE)).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: '상품 저장' }));
    expect(await screen.findByText('상품을 저장했습니다: 하늘생명 기본형')).toBeTruthy();
    expect(screen.queryByText(HUB_UNREACHABLE)).toBeNull();
  });
});
