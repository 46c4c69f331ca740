// The body map by keyboard: every region is a named checkbox, Tab reaches it, Space marks
// it, the pain score and note are typed, the list alternative sets sides, read-only shows it.
import { Suspense, useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../shared/body/areas';
import type { BodyMark } from '../../../shared/intake';
import type { Lang } from '../../../shared/vocabulary';
import { BodyMap, BodyMapView, SHAPES } from '../../../renderer/src/components/body-map';
import { i18n, initI18n } from '../../../renderer/src/i18n';

async function setup(lang: Lang, initial: BodyMark[] = []) {
  await initI18n(lang);
  await i18n.loadNamespaces(['intake']);
  const seen: BodyMark[][] = [];
  function Host() {
    const [marks, setMarks] = useState<BodyMark[]>(initial);
    return (
      <>
        <button type="button">before</button>
        <BodyMap
          idPrefix="pain"
          value={marks}
          onChange={(next) => {
            seen.push(next);
            setMarks(next);
          }}
        />
      </>
    );
  }
  const user = userEvent.setup();
  render(
    <Suspense fallback={null}>
      <Host />
    </Suspense>,
  );
  await screen.findByRole('group', { name: lang === 'ko' ? '통증 부위 인체도' : 'Body map of pain areas' });
  return { user, last: () => seen[seen.length - 1] };
}

describe('body map', () => {
  it('names every drawn region in Korean, on both views, as a focusable checkbox', async () => {
    await setup('ko');
    const boxes = screen.getAllByRole('checkbox').filter((b) => b.tagName.toLowerCase() === 'g');
    expect(boxes).toHaveLength(SHAPES.front.length + SHAPES.back.length);
    for (const box of boxes) expect(box.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('checkbox', { name: '오른쪽 어깨 (앞면)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '허리 (요추 부위) (뒷면)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '전신' })).toBeTruthy();
    // Every region of the vocabulary can be marked on the map (full body by its checkbox).
    const drawn = new Set([...SHAPES.front, ...SHAPES.back].map((s) => s.region));
    for (const region of REGIONS) if (region.id !== 'full-body') expect(drawn.has(region.id), region.id).toBe(true);
  });

  it('marks an area with Tab and Space, takes a pain score and a note, and unmarks it', async () => {
    const { user, last } = await setup('ko');
    screen.getByRole('button', { name: 'before' }).focus();
    // Tab walks top to bottom: the head is first.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: '머리 (앞면)' }));
    const ankle = screen.getByRole('checkbox', { name: '왼쪽 발목 (앞면)' });
    while (document.activeElement !== ankle) await user.tab();
    await user.keyboard(' ');
    expect(ankle.getAttribute('aria-checked')).toBe('true');
    // The same side on the back view shows as marked too; the other side does not.
    expect(screen.getByRole('checkbox', { name: '왼쪽 발목 (뒷면)' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('checkbox', { name: '오른쪽 발목 (앞면)' }).getAttribute('aria-checked')).toBe('false');

    const pain = screen.getByRole('spinbutton', { name: '왼쪽 발목 통증 점수 (0-10)' });
    for (let i = 0; i < 80 && document.activeElement !== pain; i++) await user.tab();
    expect(document.activeElement).toBe(pain);
    await user.keyboard('7');
    await user.tab();
    await user.keyboard('계단에서 삐끗');
    expect(last()).toEqual([{ region: 'ankle', side: 'left', pain: 7, note: '계단에서 삐끗' }]);

    ankle.focus();
    await user.keyboard('{Enter}');
    expect(last()).toEqual([]);
    expect(screen.getByText('표시한 부위가 없습니다.')).toBeTruthy();
  });

  it('the other side makes "both", keeping the score; unmarking one side leaves the other', async () => {
    const { user, last } = await setup('en', [{ region: 'shoulder', side: 'right', pain: 5, note: '' }]);
    screen.getByRole('checkbox', { name: 'Left shoulder (back)' }).focus();
    await user.keyboard(' ');
    expect(last()).toEqual([{ region: 'shoulder', side: 'both', pain: 5, note: '' }]);
    expect(screen.getByRole('spinbutton', { name: 'Pain score (0-10), Shoulder (both sides)' })).toBeTruthy();
    screen.getByRole('checkbox', { name: 'Right shoulder (front)' }).focus();
    await user.keyboard(' ');
    expect(last()).toEqual([{ region: 'shoulder', side: 'left', pain: 5, note: '' }]);
  });

  it('refuses a pain score outside 0-10 and keeps the last good one', async () => {
    const { user, last } = await setup('en', [{ region: 'neck', pain: 3, note: '' }]);
    const pain = screen.getByRole('spinbutton', { name: 'Pain score (0-10), Neck' });
    await user.clear(pain);
    await user.type(pain, '11');
    expect(pain.getAttribute('aria-invalid')).toBe('true');
    expect(last()?.[0]?.pain).toBe(1);
    await user.clear(pain);
    expect(last()?.[0]?.pain).toBeNull();
  });

  it('keeps the focus in the list when a marked area is removed', async () => {
    const marks: BodyMark[] = [
      { region: 'neck', pain: null, note: '' },
      { region: 'knee', side: 'right', pain: null, note: '' },
      { region: 'ankle', side: 'left', pain: null, note: '' },
    ];
    const { user, last } = await setup('en', marks);
    screen.getByRole('button', { name: 'Remove Right knee' }).focus();
    await user.keyboard('{Enter}');
    expect(last()?.map((m) => m.region)).toEqual(['neck', 'ankle']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Left ankle' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Neck' }));
    await user.keyboard('{Enter}');
    expect(last()).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Full body' }));
  });

  it('offers a plain list with the side choice, in the UI language', async () => {
    const { user, last } = await setup('ko');
    const toggle = screen.getByRole('button', { name: '목록으로 고르기' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: '부위 목록' });
    await user.selectOptions(within(list).getByRole('combobox', { name: '무릎 방향' }), '오른쪽');
    within(list).getByRole('checkbox', { name: '목' }).focus();
    await user.keyboard(' ');
    expect(last()).toEqual([
      { region: 'neck', pain: null, note: '' },
      { region: 'knee', side: 'right', pain: null, note: '' },
    ]);
    expect(screen.getByRole('checkbox', { name: '오른쪽 무릎 (앞면)' }).getAttribute('aria-checked')).toBe('true');
    await user.selectOptions(within(list).getByRole('combobox', { name: '무릎 방향' }), '없음');
    expect(last()).toEqual([{ region: 'neck', pain: null, note: '' }]);
  });

  it('full body is a checkbox of its own', async () => {
    const { user, last } = await setup('en');
    screen.getByRole('checkbox', { name: 'Full body' }).focus();
    await user.keyboard(' ');
    expect(last()).toEqual([{ region: 'full-body', pain: null, note: '' }]);
  });

  it('read-only: a picture and the marks in words, with no controls', async () => {
    await initI18n('ko');
    await i18n.loadNamespaces(['intake']);
    render(
      <BodyMapView
        t={i18n.getFixedT('en', 'intake')}
        lang="en"
        marks={[{ region: 'ankle', side: 'left', pain: 7, note: 'stairs' }]}
      />,
    );
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.getByText('Left ankle (pain 7/10): stairs')).toBeTruthy();
    const marked = document.querySelectorAll('[data-region="ankle"][data-marked="true"]');
    expect([...marked].map((g) => g.getAttribute('data-side'))).toEqual(['left', 'left']);
  });
});
