// Numbers checked as they are typed, by the main process (phones.check): an answer that comes
// late, for what was typed before, never stands for the number on screen, and a save made
// while the answer is on its way waits for it instead of calling the number wrong.
import { describe, expect, it, onTestFinished } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import usSample from '../../../resources/seed-catalog-us.json';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { call, useApiImplementation } from '../../../renderer/src/api/client';
import { useAppData } from '../../../renderer/src/app-data';
import { usePhoneCheck } from '../../../renderer/src/parts/phone-check';
import { useClientByPhone } from '../../../renderer/src/parts/calls/useClientByPhone';
import { AddClientDialog } from '../../../renderer/src/screens/clients/AddClientDialog';
import type { Client } from '../../../shared/api/clients';
import { inProcessApi, renderScreen } from '../harness';
import type { FrontDesk } from '../../../electron/app/front-desk';

const KNOWN = '010-1234-5678';

/** The real core, except that the check of `held` answers only when released. */
function holdCheckOf(frontDesk: FrontDesk, held: string) {
  const api = inProcessApi(frontDesk);
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  // A test that fails while it holds leaves no question on its way for the next one.
  onTestFinished(() => release());
  const asked: string[] = [];
  useApiImplementation({
    ...api,
    'phones.check': async (input) => {
      asked.push(input.text);
      if (input.text === held) await gate;
      return api['phones.check'](input);
    },
  });
  return { release, asked };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the phone number checked as it is typed', () => {
  it('keeps the newer answer when the answer for an older number comes after it', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '김민지', phone: KNOWN, lang: 'ko' });
      },
    });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    const { release, asked } = holdCheckOf(frontDesk, KNOWN);
    const phone = screen.getByRole('textbox', { name: '전화번호' });
    await user.type(phone, KNOWN);
    await user.type(phone, '9'); // one digit too many: no number, answered at once
    await waitFor(() => expect(asked).toContain(`${KNOWN}9`));
    // The older number's answer (valid, and a known client's) arrives last.
    release();
    await settle(500); // longer than the client lookup's pause
    expect(screen.queryByText(/등록된 고객/)).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/올바른 전화번호가 아닙니다/)).toBeTruthy();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    const calls = await frontDesk.handle('calls.search', {});
    expect(calls.ok && calls.value.total).toBe(0);
  });

  it('shows nothing wrong while the answer is on its way, and saves once it comes', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    const { release } = holdCheckOf(frontDesk, KNOWN);
    const phone = screen.getByRole('textbox', { name: '전화번호' });
    await user.type(phone, KNOWN);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await settle(100);
    expect(screen.queryByText(/올바른 전화번호가 아닙니다/)).toBeNull();
    expect(phone.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/통화를 저장했습니다/)).toBeNull();
    release();
    expect(await screen.findByText(/통화를 저장했습니다/)).toBeTruthy();
    const calls = await frontDesk.handle('calls.search', {});
    expect(calls.ok && calls.value.rows.map((c) => c.phoneShown)).toEqual([KNOWN]);
  });

  it('recognises a known client from the check of the number typed', async () => {
    const { user } = await renderScreen(<QuoteScreen />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '김민지', phone: KNOWN, lang: 'ko' });
      },
    });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '+82 10 1234 5678');
    expect(await screen.findByText(/등록된 고객: 김민지/)).toBeTruthy();
  });

  it("checks the same text again when the catalog's currency (so the business's country) changes", async () => {
    function Probe() {
      const { catalog, setCatalog } = useAppData();
      const check = usePhoneCheck(KNOWN);
      const known = useClientByPhone(check);
      return (
        <>
          <p data-testid="currency">{catalog.currency}</p>
          <p data-testid="check">{check.kind === 'valid' ? `valid ${check.shown}` : check.kind}</p>
          <p data-testid="known">{known.kind === 'known' ? known.client.name : known.kind}</p>
          <button type="button" onClick={() => void call('catalog.import', { text: JSON.stringify(usSample) }).then(setCatalog)}>
            import
          </button>
        </>
      );
    }
    let asked: string[] = [];
    const { user } = await renderScreen(<Probe />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '김민지', phone: KNOWN, lang: 'ko' });
        asked = holdCheckOf(core, '').asked;
      },
    });
    // Read in Korea: a mobile number, and a client's.
    await waitFor(() => expect(screen.getByTestId('check').textContent).toBe(`valid ${KNOWN}`));
    await waitFor(() => expect(screen.getByTestId('known').textContent).toBe('김민지'));
    expect(asked).toEqual([KNOWN]);
    await user.click(screen.getByRole('button', { name: 'import' }));
    expect(await screen.findByText('USD')).toBeTruthy();
    // Read in the US the same text is no number: asked again, and the client hint goes.
    await waitFor(() => expect(screen.getByTestId('check').textContent).toBe('invalid'));
    expect(screen.getByTestId('known').textContent).toBe('unknown');
    expect(asked).toEqual([KNOWN, KNOWN]);
  });
});

// On a desk connected to a hub the check can take seconds: the save shows as under way from
// the moment it is asked, and the fields stay as saved (read-only) until it is done.
describe('a save that waits for the number to be checked', () => {
  it('the call: shown as saving, asked again in vain, and saved as on screen', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    const { release } = holdCheckOf(frontDesk, KNOWN);
    const name = screen.getByRole('textbox', { name: '고객 이름' }) as HTMLInputElement;
    const note = screen.getByRole('textbox', { name: '메모' }) as HTMLTextAreaElement;
    await user.type(name, '김민');
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), KNOWN);
    await user.type(note, '오후 예약');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect((await screen.findByText('저장하는 중…')).getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: '통화 저장' })).toHaveProperty('disabled', true);
    // Typed while it waits: not taken (it would be saved unseen, or cleared with the call).
    await user.type(name, '지');
    await user.type(note, ' 3시');
    expect(name.value).toBe('김민');
    expect(note.value).toBe('오후 예약');
    expect(name.readOnly).toBe(true);
    await user.keyboard('{Control>}{Enter}{/Control}');
    release();
    expect(await screen.findByText(/통화를 저장했습니다/)).toBeTruthy();
    expect(screen.queryByText('저장하는 중…')).toBeNull();
    expect(name.readOnly).toBe(false);
    const calls = await frontDesk.handle('calls.search', {});
    expect(calls.ok && calls.value.rows.map((c) => [c.callerName, c.phoneShown])).toEqual([['김민', KNOWN]]);
  });

  it('a new client: shown as saving, and added with the details on screen', async () => {
    const added: Client[] = [];
    let core: FrontDesk | undefined;
    const { user } = await renderScreen(<AddClientDialog onClose={() => {}} onAdded={(client) => void added.push(client)} />, {
      before: async (frontDesk) => void (core = frontDesk),
    });
    const number = '010-2345-6789'; // not one a test before may have left on its way
    const { release } = holdCheckOf(core!, number);
    const name = (await screen.findByRole('textbox', { name: '이름' })) as HTMLInputElement;
    await user.type(name, '김민');
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), number);
    await user.click(screen.getByRole('button', { name: '고객 추가' }));
    expect((await screen.findByText('저장하는 중…')).getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: '고객 추가' })).toHaveProperty('disabled', true);
    await user.type(name, '지');
    expect(name.value).toBe('김민');
    release();
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({ name: '김민', phoneShown: number });
    await waitFor(() => expect(screen.queryByText('저장하는 중…')).toBeNull());
    expect(name.readOnly).toBe(false);
  });
});
