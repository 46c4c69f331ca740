// The visit form says when leaving would drop what was chosen: the areas, and also the
// therapist, date or service changed since it opened; a save empties the areas and keeps the
// rest for the next visit, which then counts as nothing to lose.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PrescriptionsSection } from '../../../renderer/src/components/prescriptions/PrescriptionsSection';
import { hasUnsavedForms } from '../../../renderer/src/state/leave-guard';
import { renderScreen } from '../harness';

describe('the visit form and leaving the screen', () => {
  it('counts a typed therapist as unsaved, and nothing once the visit is saved', async () => {
    const { user } = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '이서연', lang: 'ko' });
        await core.handle('prescriptions.create', { clientId: 1, issuedOn: '2026-11-02', prescriber: { name: '김정민' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }] });
      },
    });
    const form = await screen.findByRole('form', { name: '방문 기록' });
    expect(hasUnsavedForms()).toBe(false);
    await user.type(within(form).getByRole('textbox', { name: '치료사' }), '정하윤');
    expect(hasUnsavedForms()).toBe(true);
    await user.selectOptions(within(form).getByRole('combobox', { name: '치료 부위 부위' }), '등 (흉추 부위)');
    await user.click(within(form).getByRole('button', { name: '치료 부위에 추가' }));
    await user.click(within(form).getByRole('button', { name: '방문 저장' }));
    expect(await within(form).findByText('방문을 저장했습니다.')).toBeTruthy();
    expect((within(form).getByRole('textbox', { name: '치료사' }) as HTMLInputElement).value).toBe('정하윤');
    expect(hasUnsavedForms()).toBe(false);
  });
});
