// "Will my plan cover it?" for a client on file, against the real core: on the quote screen
// when the caller's number is recognised (their policy and current prescription chosen, the
// plan year's usage from their covered visits, changeable, Alt+I copies), and on the client
// page (policies added with inline checks; a plan in another currency explained in words; the
// summary's Print waiting for the coverage answer).
import { useEffect, useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Client } from '../../../shared/api/clients';
import type { FrontDesk } from '../../../electron/app/front-desk';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { call } from '../../../renderer/src/api/client';
import { section as policiesSection } from '../../../renderer/src/client-sections/policies.section';
import { section as coverageSection } from '../../../renderer/src/client-sections/coverage.section';
import { section as summarySection } from '../../../renderer/src/client-sections/prescription-summary.section';
import { formatDate, localIsoDate } from '../../../renderer/src/format';
import { renderScreen } from '../harness';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** 김민지, on file with the Korean example plan, a coded prescription and one covered visit. */
async function clientOnFile(core: FrontDesk, who: { name: string; lang: 'ko' | 'en' } = { name: '김민지', lang: 'ko' }) {
  const today = localIsoDate(new Date());
  const client = await must(core.handle('clients.create', { name: who.name, phone: '010-5555-1234', lang: who.lang }));
  const policy = await must(core.handle('policies.create', { clientId: client.id, planId: 'example-kr-indemnity', memberId: 'KR-77' }));
  const rx = await must(
    core.handle('prescriptions.create', {
      clientId: client.id,
      issuedOn: today,
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'M54.6' }],
      areas: [{ region: 'upper-back' }],
    }),
  );
  const visit = await must(
    core.handle('visits.create', { clientId: client.id, prescriptionId: rx.id, date: today, minutes: 60, areas: [{ region: 'upper-back' }], policyId: policy.id, price: 80000 }),
  );
  expect(visit.covered).toBe(true);
  return { client, policy, rx };
}

describe('coverage for a client recognised on the quote screen', () => {
  it('Korean: their policy and prescription are chosen, usage counted, changeable, and Alt+I copies', async () => {
    let ids = { policy: 0, rx: 0 };
    const { user } = await renderScreen(<QuoteScreen />, {
      before: async (core) => {
        const { policy, rx } = await clientOnFile(core);
        ids = { policy: policy.id, rx: rx.id };
      },
    });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '01055551234');
    const panel = screen.getByRole('region', { name: '보험 적용이 되나요?' });
    expect(await within(panel).findByText(/김민지 님의 기록으로 답합니다/)).toBeTruthy();
    const policy = within(panel).getByRole('combobox', { name: '보험' }) as HTMLSelectElement;
    expect(policy.value).toBe(String(ids.policy));
    expect(policy.selectedOptions[0]!.textContent).toBe('(예시) 실손형 도수·마사지 특약 · 가입자 번호 KR-77');
    const rxChoice = within(panel).getByRole('combobox', { name: '처방전' }) as HTMLSelectElement;
    expect(rxChoice.value).toBe(String(ids.rx));
    expect(rxChoice.selectedOptions[0]!.textContent).toBe(`${formatDate(localIsoDate(new Date()), 'ko')} 처방전 (처방의: 김정민) (현재)`);
    const answer = await within(panel).findByRole('status', { name: '고객에게 드릴 답변' });
    expect(answer.textContent).toContain('이 방문을 보장합니다.');
    // 50 visits a plan year, one already covered, this one: 48 left.
    expect(answer.textContent).toMatch(/이번 방문 뒤 이번 보험 연도\(\d{4}년 1월 1일~\d{4}년 12월 31일\)에 보장 횟수가 48회 남습니다\./);

    await user.keyboard('{Alt>}i{/Alt}');
    expect((await navigator.clipboard.readText()).split('\n')[0]).toMatch(/보장합니다\.$/);

    await user.selectOptions(within(panel).getByRole('combobox', { name: '처방전' }), '처방전 없음');
    const without = await within(panel).findByRole('status', { name: '고객에게 드릴 답변' });
    await waitFor(() => expect(without.textContent).toContain('보장하지 않습니다'));
    expect(without.textContent).toContain('의사의 처방전이 있어야 마사지를 보장합니다. 의사에게 처방전을 받아 오세요.');
  }, 30_000);

  it('English: an English-speaking client on file hears the answer in English', async () => {
    const { user } = await renderScreen(<QuoteScreen />, { lang: 'en', before: async (core) => void (await clientOnFile(core, { name: 'Grace Kim', lang: 'en' })) });
    await screen.findByRole('combobox', { name: 'Service' });
    await user.keyboard('swedish{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '01055551234');
    const panel = screen.getByRole('region', { name: 'Will my plan cover it?' });
    expect(await within(panel).findByText(/Grace Kim is on file/)).toBeTruthy();
    expect((within(panel).getByRole('combobox', { name: 'Policy' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      '(Example) Korean indemnity-style rider · member KR-77',
    );
    const answer = await within(panel).findByRole('status', { name: 'Answer for the caller' });
    expect(answer.getAttribute('lang')).toBe('en');
    expect(answer.textContent).toMatch(/^\(Example\) Korean indemnity-style rider covers this visit\.The plan pays ₩[\d,]+ and you pay ₩[\d,]+\./);
    expect(answer.textContent).toMatch(/After this visit 48 covered visits are left this plan year \(January 1, \d{4} to December 31, \d{4}\)\./);
  }, 30_000);
});

describe('the prescription and coverage summary on the client page', () => {
  it('Print and Save as PDF wait until the coverage answer is on the page to print', async () => {
    const Summary = summarySection.Section;
    const { user } = await renderScreen(<WithClient id={1}>{(client) => <Summary client={client} />}</WithClient>, {
      before: async (core) => void (await clientOnFile(core)),
      settings: { businessPhone: '+82 2-555-0198' },
    });
    await user.click(await screen.findByRole('button', { name: '요약 준비' }));
    // Opened: the records and then the coverage answer are still to come.
    const print = screen.getByRole('button', { name: '인쇄' });
    const save = screen.getByRole('button', { name: 'PDF로 저장' });
    expect(print).toHaveProperty('disabled', true);
    expect(save).toHaveProperty('disabled', true);
    await waitFor(() => expect(print).toHaveProperty('disabled', false));
    // Enabled only once what prints holds the plan's answer.
    expect(save).toHaveProperty('disabled', false);
    const printout = document.querySelector('article[data-printable]');
    expect(printout?.textContent).toContain('보험 적용');
    expect(printout?.textContent).toMatch(/보험 부담 [\d,]+원, 고객님 부담 [\d,]+원/);
    // The business's number as the country writes it, not as it was typed in the settings.
    expect(printout?.querySelector('.print-header')?.textContent).toContain('02-555-0198');
    expect(printout?.textContent).not.toContain('+82');
  }, 30_000);
});

describe('coverage on the page of a client with no name', () => {
  it('names them by their number as shown, not as stored', async () => {
    const Coverage = coverageSection.Section;
    await renderScreen(<WithClient id={1}>{(client) => <Coverage client={client} />}</WithClient>, {
      before: async (core) => void (await must(core.handle('clients.create', { name: '', phone: '010-5555-1234', lang: 'ko' }))),
    });
    const panel = await screen.findByRole('region', { name: '보험 적용이 되나요?' });
    expect(await within(panel).findByText(/^010-5555-1234 님의 보험 정보가 없습니다\./)).toBeTruthy();
    expect(panel.textContent).not.toContain('+821055551234');
  });
});

function WithClient(props: { id: number; children: (client: Client) => ReactNode }) {
  const [client, setClient] = useState<Client | null>(null);
  useEffect(() => void call('clients.get', { id: props.id }).then(setClient), [props.id]);
  return client ? <>{props.children(client)}</> : null;
}

describe('policies and coverage on the client page', () => {
  it('English: a policy is checked inline; a plan in dollars at a won clinic is explained; the won plan answers', async () => {
    const Policies = policiesSection.Section;
    const Coverage = coverageSection.Section;
    const { user } = await renderScreen(
      <WithClient id={1}>
        {(client) => (
          <>
            <Policies client={client} />
            <Coverage client={client} />
          </>
        )}
      </WithClient>,
      {
        lang: 'en',
        before: async (core) => {
          await must(core.handle('clients.create', { name: 'Grace Kim', lang: 'en' }));
        },
      },
    );
    const form = await screen.findByRole('form', { name: 'Add a policy' });
    expect(await screen.findByText('No policy on file.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Add the policy' }));
    expect(within(form).getByText('Choose a plan.')).toBeTruthy();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Plan' }), 'example-us-ppo');
    expect(within(form).queryByText('Choose a plan.')).toBeNull(); // checked again as it changes
    await user.type(within(form).getByLabelText('Valid from (optional)'), '2026-12-01');
    await user.type(within(form).getByLabelText('Valid to (optional)'), '2026-11-01');
    expect(within(form).getByText('The end date is before the start date.')).toBeTruthy();
    await user.clear(within(form).getByLabelText('Valid to (optional)'));
    await user.type(within(form).getByRole('textbox', { name: 'Member id' }), 'US-1');
    await user.click(within(form).getByRole('button', { name: 'Add the policy' }));
    const list = await screen.findByRole('list', { name: 'Policies' });
    expect(list.textContent).toContain('(Example) US PPO plan · member US-1 · valid from Dec 1, 2026 · in USD: coverage answers need a plan in KRW');

    const panel = screen.getByRole('region', { name: 'Will my plan cover it?' });
    expect((await within(panel).findByRole('note')).textContent).toBe(
      '(Example) US PPO plan is written in USD and the price list in KRW: without an exchange rate its limits and amounts cannot be set against these prices, so no answer is given. Ask the insurer, or add the plan in KRW under Price list → Insurance plans.',
    );
    expect(within(panel).queryByRole('status', { name: 'Answer for the caller' })).toBeNull();

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Plan' }), 'example-kr-indemnity');
    await user.click(within(form).getByRole('button', { name: 'Add the policy' }));
    // The panel reads the client's records again and picks the plan in the price list's currency.
    const answer = await within(panel).findByRole('status', { name: 'Answer for the caller' });
    expect(answer.textContent).toContain('(Example) Korean indemnity-style rider does not cover this visit.');
    expect(answer.textContent).toContain("covers massage only with a physician's prescription: please ask your physician for one.");
    expect(within(panel).getByText(/^For [A-Z][a-z]{2} \d{1,2}, \d{4}, 60 min, ₩[\d,]+ a session\.$/)).toBeTruthy();
  }, 30_000);
});
