// Price list → Insurance plans against the real core: the seeded examples, inline checks
// with the spec's plan rules, saving a plan.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { PlanRecord } from '../../../shared/api/prescriptions';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { planLabel } from '../../../renderer/src/components/coverage/visit';
import { i18n } from '../../../renderer/src/i18n';
import { renderScreen } from '../harness';

describe('Insurance plans under Price list', () => {
  it('lists the three examples, checks a plan as it is typed, and saves it', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />);
    await user.click(await screen.findByRole('tab', { name: '보험 상품' }));
    const list = await screen.findByRole('list', { name: '상품 목록' });
    expect(await within(list).findAllByText(/\(예시\)/)).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: '새 상품' }));
    const form = screen.getByRole('form', { name: '새 상품' });
    await user.type(within(form).getByRole('textbox', { name: '상품 ID' }), 'hanul-basic');
    await user.type(within(form).getByRole('textbox', { name: '이름 (한국어)' }), '하늘생명 기본형');
    await user.type(within(form).getByRole('textbox', { name: '이름 (영어)' }), 'Hanul Life Basic');
    const yearStart = within(form).getByRole('textbox', { name: '보험 연도 시작일(MM-DD)' });
    await user.clear(yearStart);
    await user.type(yearStart, '02-29');
    expect(within(form).getByText('월-일(MM-DD) 형식으로 적으세요(02-29 제외).')).toBeTruthy();
    expect(yearStart.getAttribute('aria-invalid')).toBe('true');
    await user.clear(yearStart);
    await user.type(yearStart, '07-01');
    await user.type(within(form).getByRole('textbox', { name: /보장 코드/ }), 'm54, M791');
    const percent = within(form).getByRole('textbox', { name: '보험 부담률(%)' });
    await user.clear(percent);
    await user.type(percent, '80');
    await user.click(within(form).getByRole('button', { name: '상품 저장' }));
    expect(await screen.findByText('상품을 저장했습니다: 하늘생명 기본형')).toBeTruthy();
    const saved = await frontDesk.handle('plans.list', {});
    expect(saved.ok && saved.value.find((p) => p.id === 'hanul-basic')).toMatchObject({ coveredCodes: ['M54', 'M79.1'], coveragePercent: 80, yearStart: '07-01', currency: 'KRW' });
  }, 30_000);

  it('an example plan is explained in the UI language under an empty note, never in seeded English', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />);
    await user.click(await screen.findByRole('tab', { name: '보험 상품' }));
    await user.click(await screen.findByRole('button', { name: '(예시) 실손형 도수·마사지 특약 고치기' }));
    const form = screen.getByRole('form', { name: '(예시) 실손형 도수·마사지 특약 고치기' });
    const note = within(form).getByRole('textbox', { name: '메모' }) as HTMLInputElement;
    expect(note.value).toBe('');
    expect(within(form).getByText('예시 상품: 70% 보장, 1회 본인 부담은 30,000원과 30% 중 큰 금액입니다.')).toBeTruthy();
    expect(form.textContent).not.toMatch(/won|whichever/);

    // Labels: the seeded names already say "(예시)"; a renamed example is still marked once.
    const plans = await frontDesk.handle('plans.list', {});
    const kr = (plans.ok ? plans.value : []).find((p) => p.id === 'example-kr-indemnity')!;
    const t = i18n.getFixedT('ko', 'coverage');
    expect(planLabel(t, kr, 'ko')).toBe('(예시) 실손형 도수·마사지 특약');
    expect(planLabel(i18n.getFixedT('en', 'coverage'), kr, 'en')).toBe('(Example) Korean indemnity-style rider');
    const renamed: PlanRecord = { ...kr, name: { ko: '실손 특약', en: 'Indemnity rider' } };
    expect(planLabel(t, renamed, 'ko')).toBe('실손 특약 (예시)');
    expect(planLabel(i18n.getFixedT('en', 'coverage'), renamed, 'en')).toBe('Indemnity rider (example)');
    expect(planLabel(t, { ...renamed, example: false }, 'ko')).toBe('실손 특약');
  }, 30_000);
});
