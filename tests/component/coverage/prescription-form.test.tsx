// The new-prescription form on the client page is not rebuilt when the list changes: after
// its own save it says so and is empty for the next one; a prescription saved at another
// desk leaves a half-typed one as it is.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PrescriptionsSection } from '../../../renderer/src/components/prescriptions/PrescriptionsSection';
import { useChangeEvents } from '../../../renderer/src/api/client';
import { renderScreen } from '../harness';
import { hasUnsavedForms } from '../../../renderer/src/state/leave-guard';

afterEach(() => useChangeEvents({ onChanged: () => () => undefined }));

async function openSection() {
  const rendered = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
    before: async (core) => {
      await core.handle('clients.create', { name: '이서연', lang: 'ko' });
      useChangeEvents({ onChanged: (callback) => core.onChange(callback) });
    },
  });
  const form = await screen.findByRole('form', { name: '새 처방전' });
  return { ...rendered, form, prescriber: within(form).getByRole('textbox', { name: '처방의' }) as HTMLInputElement };
}

describe('the new-prescription form', () => {
  it('after its own save: says saved, is empty again, and keeps the focus', async () => {
    const { user, form, prescriber } = await openSection();
    expect(hasUnsavedForms()).toBe(false); // an empty form: leaving the screen does not ask
    await user.type(prescriber, '김정민');
    expect(hasUnsavedForms()).toBe(true);
    await user.type(within(form).getByRole('textbox', { name: '진단 코드 1' }), 'M54.6');
    await user.selectOptions(within(form).getByRole('combobox', { name: '처방 부위 부위' }), '등 (흉추 부위)');
    await user.click(within(form).getByRole('button', { name: '처방 부위에 추가' }));
    expect(within(form).getByRole('button', { name: '처방 부위에서 등 (흉추 부위) 빼기' })).toBeTruthy();
    prescriber.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('article', { name: /처방의: 김정민/ }); // the list has the new one
    expect(within(form).getByRole('status').textContent).toBe('처방전을 저장했습니다.');
    expect(prescriber.isConnected && prescriber.value).toBe('');
    expect((within(form).getByRole('textbox', { name: '진단 코드 1' }) as HTMLInputElement).value).toBe('');
    expect(within(form).queryByRole('button', { name: /처방 부위에서 .* 빼기/ })).toBeNull(); // no area chosen
    expect(document.activeElement).toBe(prescriber);
    expect(hasUnsavedForms()).toBe(false);
    // the next one replaces the one just saved, unless the user says otherwise
    expect((within(form).getByRole('checkbox', { name: '지금 처방전을 새 처방전으로 바꿈(둘 다 보관)' }) as HTMLInputElement).checked).toBe(true);
  });

  it('a prescription saved at another desk leaves what is typed here', async () => {
    const { user, frontDesk, form, prescriber } = await openSection();
    await user.type(prescriber, '박서준');
    await user.type(within(form).getByRole('textbox', { name: '처방 횟수' }), '6');
    await frontDesk.handle('prescriptions.create', { clientId: 1, issuedOn: '2026-11-02', prescriber: { name: '김정민' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }] });
    await screen.findByRole('article', { name: /처방의: 김정민/ });
    expect(prescriber.isConnected && prescriber.value).toBe('박서준');
    expect((within(form).getByRole('textbox', { name: '처방 횟수' }) as HTMLInputElement).value).toBe('6');
  });
});
