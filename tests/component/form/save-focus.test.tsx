// Save is disabled while its save runs, and a browser then moves the focus off it, to the
// page (happy-dom does not, so the test does what the browser does). When the save is done
// the focus is back on Save, unless the user put it elsewhere meanwhile.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientPolicies } from '../../../renderer/src/components/coverage/ClientPolicies';
import { holdFirstAnswer, type Held } from '../hold';
import { renderScreen } from '../harness';

/** What a browser does with a focused button that becomes disabled (happy-dom's blur()
 *  leaves a disabled element focused, so the focus passes through a field on its way). */
function dropFocusToPage() {
  const spare = document.createElement('input');
  document.body.append(spare);
  spare.focus();
  spare.blur();
  spare.remove();
}

async function clickSaveAndHold() {
  let held!: Held;
  const rendered = await renderScreen(<ClientPolicies clientId={1} lang="ko" currency="KRW" />, {
    before: async (core) => {
      await core.handle('clients.create', { name: '이서연', lang: 'ko' });
      held = holdFirstAnswer(core, 'policies.create');
    },
  });
  const form = await screen.findByRole('form', { name: '보험 추가' });
  await rendered.user.selectOptions(within(form).getByRole('combobox', { name: '보험 상품' }), 'example-kr-indemnity');
  const save = within(form).getByRole('button', { name: '보험 저장' }) as HTMLButtonElement;
  await rendered.user.click(save);
  await waitFor(() => expect(held.holding).toBe(true));
  expect(save.disabled).toBe(true);
  dropFocusToPage();
  return { ...rendered, form, save, held };
}

describe('the focus after a save with Save disabled meanwhile', () => {
  it('comes back to Save', async () => {
    const { form, save, held } = await clickSaveAndHold();
    expect(document.activeElement).toBe(document.body);
    await held.release();
    expect(await within(form).findByText(/보험을 추가했습니다/)).toBeTruthy();
    expect(document.activeElement).toBe(save);
  });

  it('stays where the user put it meanwhile', async () => {
    const { form, held } = await clickSaveAndHold();
    const member = within(form).getByRole('textbox', { name: '가입자 번호' });
    member.focus();
    await held.release();
    expect(await within(form).findByText(/보험을 추가했습니다/)).toBeTruthy();
    expect(document.activeElement).toBe(member);
  });
});
