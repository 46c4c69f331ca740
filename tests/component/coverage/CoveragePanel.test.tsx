// "Will my plan cover it?" on the phone-quote screen, against the real core: the first
// conversation of the issue, a caller not on file, in both languages.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { renderScreen } from '../harness';

const answer = (name: RegExp) => screen.findByRole('status', { name });

/** The panel, once it is there (after the screen's first frame) with the plans listed. */
async function panelWithPlans(name: string) {
  const panel = await screen.findByRole('region', { name });
  await waitFor(() => expect(within(panel).getAllByRole('option').length).toBeGreaterThan(1));
  return panel;
}

describe('Will my plan cover it?', () => {
  it('Korean: "back pain" in words needs a code; with M54.6 the plan pays 70 %, the caller at least 30,000 won', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}'); // Swedish, 60 minutes
    const panel = await panelWithPlans('보험 적용이 되나요?');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '보험 상품' }), 'example-kr-indemnity');
    await user.click(within(panel).getByRole('radio', { name: '진단명만 글로 적힘' }));
    const first = await answer(/고객에게 드릴 답변/);
    expect(first.textContent).toContain('보장하지 않습니다');
    expect(first.textContent).toContain('처방전에 진단 코드가 없습니다. 의사에게 진단 코드를 적어 달라고 하세요(예: M54.6 흉추의 통증).');

    await user.click(within(panel).getByRole('radio', { name: '진단 코드 있음' }));
    await user.type(within(panel).getByRole('combobox', { name: '진단 코드' }), 'm546');
    expect(within(panel).getByText('M54.6: 흉추의 통증')).toBeTruthy();
    const second = await answer(/고객에게 드릴 답변/);
    expect(second.textContent).toContain('이 방문을 보장합니다.');
    expect(second.textContent).toMatch(/보험 부담 [\d,]+원, 고객님 부담 [\d,]+원입니다\./);
    expect(second.textContent).not.toMatch(/[A-Za-z]{4,}/); // no English on the Korean answer
  }, 30_000);

  it('English caller: the same answer in English, from the quote in progress', async () => {
    const { user } = await renderScreen(<QuoteScreen />, { lang: 'en' });
    await screen.findByRole('combobox', { name: 'Service' });
    await user.keyboard('swedish{Enter}');
    const panel = await panelWithPlans('Will my plan cover it?');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Insurance plan' }), 'example-kr-indemnity');
    await user.click(within(panel).getByRole('radio', { name: 'Diagnosis in words only' }));
    expect((await answer(/Answer for the caller/)).textContent).toContain(
      'Your prescription has no diagnosis code: ask your physician to add one, for example M54.6 for pain in thoracic spine.',
    );
    await user.click(within(panel).getByRole('radio', { name: 'With a diagnosis code' }));
    await user.type(within(panel).getByRole('combobox', { name: 'Diagnosis code' }), 'Z99.9');
    expect(within(panel).getByText(/Z99\.9 is not in the bundled list/)).toBeTruthy();
    const covered = await answer(/Answer for the caller/);
    expect(covered.textContent).toMatch(/The plan pays ₩[\d,]+ and you pay ₩[\d,]+\./);
  }, 30_000);
});
