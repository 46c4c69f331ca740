// The intake screen on the real core: a walk-in added, the form filled (health history,
// body map, preferences, consents), signed on paper (happy-dom has no canvas; Chromium
// draws in the end-to-end test), locked, and changed as version 2; bad answers said plainly.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import IntakeScreen from '../../../renderer/src/screens/intake/IntakeScreen';
import { renderScreen } from '../harness';
import ko from '../../../renderer/locales/ko/intake.json';
import en from '../../../renderer/locales/en/intake.json';
import { answeredForm, signInput } from '../../support/intake';
import { answerAllNo } from './steps';

describe('intake screen', { timeout: 40_000 }, () => {
  it('takes a walk-in\'s form, signed on paper, then a change makes version 2', async () => {
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'ko', settings: { businessPhone: '+82 2-555-0198' } });
    await user.click(await screen.findByRole('button', { name: '새 고객 추가' }));
    await user.type(screen.getByLabelText('이름'), '김민지');
    await user.type(screen.getByLabelText('전화번호'), '010-2345-6789');
    await user.click(screen.getByRole('button', { name: '고객 추가' }));
    await user.click(await screen.findByRole('button', { name: '새 문진표 작성' }));

    await user.type(screen.getByLabelText('방문 이유'), '허리 통증');
    await answerAllNo(user, ['bloodClots']);
    const clots = screen.getByRole('group', { name: ko.questions.bloodClots });
    await user.click(within(clots).getByRole('radio', { name: '예' }));
    await user.type(within(clots).getByLabelText('자세한 내용'), '왼쪽 종아리');
    // The banner shows the flag at once, worded as a check.
    const banner = screen.getByRole('region', { name: '관리 전 확인 필요' });
    expect(banner.textContent).toContain('혈전·정맥 질환 답변: 관리 전 확인하세요. 적은 내용: 왼쪽 종아리');

    const ankle = screen.getByRole('checkbox', { name: '왼쪽 발목 (앞면)' });
    ankle.focus();
    await user.keyboard(' ');
    await user.type(screen.getByRole('spinbutton', { name: '왼쪽 발목 통증 점수 (0-10)' }), '6');

    // Signing without the consents or the paper: every problem said, nothing saved.
    await user.click(screen.getByRole('radio', { name: '종이에 서명함' }));
    await user.click(screen.getByRole('button', { name: '서명하고 저장' }));
    expect(await screen.findByText('서명하기 전에 표시한 항목을 확인해 주세요.')).toBeTruthy();
    expect(screen.getByText('종이 문진표에 서명을 받았는지 확인해 주세요.')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: '관리 동의에 동의합니다' }));
    await user.click(screen.getByRole('checkbox', { name: '민감정보 수집·이용에 동의합니다' }));
    await user.click(screen.getByRole('checkbox', { name: /종이 문진표에 서명을 받았고/ }));
    await user.click(screen.getByRole('button', { name: '서명하고 저장' }));
    await waitFor(() => expect(screen.getByText(/서명한 문진표를 저장했습니다 \(제1판\)/)).toBeTruthy());

    const search = await frontDesk.handle('clients.search', { text: '김민지' });
    if (!search.ok) throw new Error('search');
    const clientId = search.value.rows[0]!.id;
    const intake = await frontDesk.handle('intake.client', { clientId });
    if (!intake.ok) throw new Error('intake');
    expect(intake.value.current).toMatchObject({ version: 1, method: 'paper', flags: [{ id: 'bloodClots', details: '왼쪽 종아리' }] });
    expect(intake.value.current?.answers?.bodyMap).toEqual([{ region: 'ankle', side: 'left', pain: 6, note: '' }]);
    expect(intake.value.current?.consent?.privacy).toContain('민감정보');

    // The client page shows the flags, the read-only map and the history.
    expect(screen.getByRole('region', { name: '관리 전 확인 필요' })).toBeTruthy();
    const panel = screen.getByRole('heading', { name: /현재 문진표 \(제1판/ }).closest('section')!;
    expect(within(panel as HTMLElement).getByText('왼쪽 발목 (통증 6/10)')).toBeTruthy();
    // The printable page (print CSS hides it on screen) holds the filled form in the client's language.
    const printable = screen.getByRole('article', { name: '인쇄용 문진표' });
    expect(printable.textContent).toContain('혈전·정맥 질환 답변: 관리 전 확인하세요.');
    // The business's number as the country writes it, not as it was typed in the settings.
    expect(printable.textContent).toContain('전화 02-555-0198');
    expect(printable.textContent).not.toContain('+82');
    expect(screen.getByRole('table', { name: '문진표 이력' })).toBeTruthy();

    // A change after signing is version 2, with the answers carried over.
    await user.click(screen.getByRole('button', { name: '문진표 고치기 (새 판 만들기)' }));
    expect((screen.getByLabelText('방문 이유') as HTMLTextAreaElement).value).toBe('허리 통증');
    await user.click(screen.getByRole('button', { name: '임시 저장' }));
    await waitFor(() => expect(screen.getByText('임시 저장했습니다 (제2판, 작성 중).')).toBeTruthy());
    const after = await frontDesk.handle('intake.client', { clientId });
    if (!after.ok) throw new Error('intake');
    expect(after.value.draft).toMatchObject({ version: 2, previousId: intake.value.current!.id });
    expect(after.value.current?.version).toBe(1);
  });

  for (const [lang, weeks, said] of [['ko', 12, '12주'], ['en', 1, '1 week']] as const) {
    it(`${lang}: the weeks of pregnancy are one number with its unit (${said}), on the page and on paper`, async () => {
      const t = lang === 'ko' ? ko : en;
      const { user } = await renderScreen(<IntakeScreen />, {
        lang,
        before: async (frontDesk) => {
          const client = await frontDesk.handle('clients.create', { name: '박서연', phone: '010-3333-4444', lang });
          if (!client.ok) throw new Error('create');
          const answers = answeredForm((a) => {
            a.health.pregnancy.answer = 'yes';
            a.health.pregnancyWeeks = weeks;
          });
          await frontDesk.handle('intake.sign', signInput(client.value.id, answers, lang));
        },
      });
      await screen.findByLabelText(t.picker.search);
      await user.keyboard('박서');
      await user.click(await screen.findByRole('button', { name: /박서연/ }));
      const printable = await screen.findByRole('article', { name: t.print.filledLabel });
      expect(printable.textContent).toContain(`${t.pregnancyWeeks}: ${said}`);
      const answer = screen.getAllByRole('listitem').find((li) => li.textContent?.startsWith(t.questions.pregnancy));
      expect(answer?.textContent).toBe(`${t.questions.pregnancy} ${t.yes} — ${said}`);
      const flag = lang === 'ko' ? '임신 12주라는 답변: 관리 전 확인하세요.' : 'Pregnancy (1 week) reported: check before treatment.';
      expect(screen.getAllByText(flag).length).toBeGreaterThan(0);
      expect(document.body.textContent).not.toMatch(/12 주|1 weeks/);
    });
  }

  it('starts in the client search (F3 then the name, by keyboard alone)', async () => {
    const { user } = await renderScreen(<IntakeScreen />, {
      lang: 'ko',
      before: async (frontDesk) => void (await frontDesk.handle('clients.create', { name: '박서연', phone: '010-3333-4444', lang: 'ko' })),
    });
    const search = await screen.findByLabelText(ko.picker.search);
    expect(document.activeElement).toBe(search);
    await user.keyboard('박서');
    const found = await screen.findByRole('button', { name: /박서연/ });
    await user.click(found);
    expect(await screen.findByRole('button', { name: '새 문진표 작성' })).toBeTruthy();
  });

  it('says which questions are open and does not sign', async () => {
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Add a new client' }));
    await user.type(screen.getByLabelText('Name'), 'Jane Doe');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    await user.click(await screen.findByRole('button', { name: 'New intake form' }));
    await user.click(screen.getByRole('button', { name: 'Sign and save' }));
    expect(await screen.findByText('16 questions are not answered. Every yes/no question must be answered before signing.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Are you pregnant?' }).getAttribute('aria-invalid')).toBe('true');
    // English client: the privacy notice, in English.
    expect(screen.getByRole('checkbox', { name: 'I agree to the use of my health information' })).toBeTruthy();
    const clients = await frontDesk.handle('clients.search', { text: 'Jane' });
    if (!clients.ok) throw new Error('search');
    const intake = await frontDesk.handle('intake.client', { clientId: clients.value.rows[0]!.id });
    expect(intake.ok && intake.value.history).toEqual([]);
  });
});
