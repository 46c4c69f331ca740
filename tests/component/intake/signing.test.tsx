// The signature part by keyboard: signed on paper as the alternative, a guardian under the
// guardian age. (Drawing itself is tested in Chromium, end to end.)
import { Suspense, useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SigningSection } from '../../../renderer/src/screens/intake/SigningSection';
import { emptySigning, type SigningDraft, type SigningProblem } from '../../../renderer/src/screens/intake/signing';
import { i18n, initI18n } from '../../../renderer/src/i18n';

async function setup(guardianNeeded: boolean | null, problems: SigningProblem[] = []) {
  await initI18n('ko');
  await i18n.loadNamespaces(['intake']);
  let latest = emptySigning();
  function Host() {
    const [value, setValue] = useState<SigningDraft>(emptySigning());
    latest = value;
    return <SigningSection value={value} onChange={setValue} guardianNeeded={guardianNeeded} guardianAge={19} problems={problems} />;
  }
  render(
    <Suspense fallback={null}>
      <Host />
    </Suspense>,
  );
  await screen.findByRole('heading', { name: '서명' });
  return { user: userEvent.setup(), latest: () => latest };
}

describe('signing', () => {
  it('offers a named signature pad, or "signed on paper" chosen by keyboard', async () => {
    const { user, latest } = await setup(false);
    // happy-dom has no 2D canvas: the pad says so and points to paper (Chromium draws).
    expect(screen.getByText(/서명 칸을 쓸 수 없습니다.*종이에 서명받고/)).toBeTruthy();
    expect(screen.queryByRole('img', { name: /고객 서명 칸/ })).toBeNull();
    screen.getByRole('radio', { name: '화면에 서명' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(latest().method).toBe('paper');
    await user.tab();
    await user.keyboard(' ');
    expect(latest().paperSigned).toBe(true);
    expect(screen.queryByLabelText('보호자 이름')).toBeNull();
  });

  it('under the guardian age asks for the guardian', async () => {
    const { user, latest } = await setup(true, ['guardianName']);
    expect(screen.getByText('만 19세 미만이므로 보호자가 함께 서명합니다.')).toBeTruthy();
    const name = screen.getByLabelText('보호자 이름');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('보호자 이름을 적어 주세요.')).toBeTruthy();
    await user.type(name, '김보호');
    await user.type(screen.getByLabelText('고객과의 관계'), '어머니');
    expect(latest()).toMatchObject({ guardianName: '김보호', guardianRelationship: '어머니' });
  });

  it('without a birth date the desk decides', async () => {
    const { user } = await setup(null);
    expect(screen.queryByLabelText('보호자 이름')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: '보호자가 함께 서명' }));
    expect(screen.getByLabelText('보호자 이름')).toBeTruthy();
  });
});
