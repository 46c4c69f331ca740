// The quote screens' save form says when a recognised caller's intake form is due.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { IntakeDueForCaller } from '../../../renderer/src/components/intake/IntakeDueForCaller';
import { renderScreen } from '../harness';
import { answeredForm, signInput } from '../../support/intake';

function Host() {
  const [phone, setPhone] = useState('');
  return (
    <>
      <label htmlFor="phone">phone</label>
      <input id="phone" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <IntakeDueForCaller phone={phone} />
    </>
  );
}

describe('intake due for a recognised caller', () => {
  it('says the form is missing, then due, and nothing while it is valid', async () => {
    const { user, frontDesk } = await renderScreen(<Host />, { lang: 'ko', now: new Date('2026-11-27T10:00:00') });
    const created = await frontDesk.handle('clients.create', { name: '최유나', phone: '010-2222-3333', lang: 'ko' });
    if (!created.ok) throw new Error('create');
    const field = await screen.findByLabelText('phone');
    await user.type(field, '010 2222 3333');
    expect(await screen.findByText('최유나 고객: 아직 서명한 문진표가 없습니다. 방문하시면 문진표를 받아 주세요.')).toBeTruthy();

    await frontDesk.handle('intake.sign', signInput(created.value.id, answeredForm()));
    await user.clear(field);
    await user.type(field, '010-2222-3333');
    await new Promise((r) => setTimeout(r, 800));
    expect(screen.queryByText(/최유나 고객/)).toBeNull();
  });

  it('says nothing for a number that is no client', async () => {
    const { user } = await renderScreen(<Host />, { lang: 'en' });
    await user.type(await screen.findByLabelText('phone'), '010-9999-0000');
    await new Promise((r) => setTimeout(r, 800));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
