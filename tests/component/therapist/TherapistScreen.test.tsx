// The therapist's view against the real core, called as a paired tablet (role 'therapist'):
// any channel the role may not use would be refused and fail the test. Found by role and
// label: today's clients, a client's flags "check before treatment", the current
// prescription with today's finding, the areas treated recorded with the outside-the-
// prescription confirmation, and nothing of the desk (no frame, no F-keys, no prices).
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TherapistScreen from '../../../renderer/src/screens/therapist/TherapistScreen';
import { useApiImplementation, useChangeEvents } from '../../../renderer/src/api/client';
import { i18n, initI18n, namespaces } from '../../../renderer/src/i18n';
import type { Caller } from '../../../shared/api/roles';
import type { Lang } from '../../../shared/pricing/types';
import { answeredForm, signInput } from '../../support/intake';
import type { Channel } from '../../../shared/api/contract';
import { inProcessApi, openTestCore } from '../harness';
import { holdFirstAnswer, type Held } from '../hold';
import { pairTestDevice } from '../../support/devices';
import { deviceLanguage } from '../../../renderer/src/i18n/device-language';

const TABLET_NAME = '관리실 2';

/** `hold`: a channel whose first answer waits for the test (a slow clinic network). */
async function openAsTherapist(lang: Lang, hold?: Channel) {
  const { frontDesk, dataDir } = await openTestCore({ lang });
  const tablet = pairTestDevice(dataDir, 'therapist', TABLET_NAME);
  const ok = async <T,>(r: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>) => {
    const result = await r;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };
  // The desk: a call today from 김민지 (adds her), her signed intake with a flag and a body
  // map mark, a left-ankle prescription; Jane Doe has no visit or call lately.
  const call = await ok(
    frontDesk.handle('calls.save', {
      kind: 'session',
      quoteLang: 'ko',
      outcome: 'booked',
      caller: { name: '김민지', phone: '010-1234-5678' },
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
    }),
  );
  const clientId = call.clientId!;
  await ok(
    frontDesk.handle(
      'intake.sign',
      signInput(
        clientId,
        answeredForm((a) => {
          a.health.feverToday = { answer: 'yes', details: '37.9' };
          a.bodyMap = [{ region: 'neck', pain: 6, note: '' }];
        }),
      ),
    ),
  );
  const today = new Date();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await ok(
    frontDesk.handle('prescriptions.create', {
      clientId,
      issuedOn: iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 10)),
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'S93.4', text: '발목 염좌' }],
      areas: [{ region: 'ankle', side: 'left' }],
      sessions: 5,
    }),
  );
  await ok(frontDesk.handle('clients.create', { name: 'Jane Doe', lang: 'en' }));

  let held: Held | undefined;
  if (hold) held = holdFirstAnswer(frontDesk, hold, tablet);
  else useApiImplementation(inProcessApi(frontDesk, tablet));
  // The hub's writes reach the tablet as they would over its event stream.
  useChangeEvents({ onChanged: (callback) => frontDesk.onChange(callback) });
  await initI18n(lang);
  await i18n.loadNamespaces([...namespaces]);
  const user = userEvent.setup();
  render(
    <Suspense fallback={<p>loading</p>}>
      <TherapistScreen lang={lang} deviceName={TABLET_NAME} />
    </Suspense>,
  );
  return { user, frontDesk, clientId, held };
}

afterEach(() => useChangeEvents({ onChanged: () => () => undefined }));

describe('therapist view', () => {
  it('follows the desk without a tap: a replaced prescription, a new client today', async () => {
    const { user, frontDesk, clientId } = await openAsTherapist('ko');
    const list = await screen.findByRole('list', { name: '오늘과 최근 고객' });
    await user.click(within(list).getByRole('button', { name: /김민지/ }));
    const rx = await screen.findByRole('region', { name: '현재 처방전' });
    expect(within(rx).getByText('처방 부위: 왼쪽 발목')).toBeTruthy();
    // The desk replaces the prescription: the neck only.
    const listed = await frontDesk.handle('prescriptions.list', { clientId });
    if (!listed.ok) throw new Error('list');
    const replaced = await frontDesk.handle('prescriptions.create', {
      clientId,
      issuedOn: listed.value[0]!.prescription.issuedOn,
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'M54.2' }],
      areas: [{ region: 'neck' }],
      replaces: listed.value[0]!.prescription.id,
    });
    expect(replaced.ok).toBe(true);
    await waitFor(() => expect(within(screen.getByRole('region', { name: '현재 처방전' })).getByText('처방 부위: 목')).toBeTruthy());
    // A call from someone new: today's list shows them when the therapist goes back.
    await frontDesk.handle('calls.save', {
      kind: 'session',
      quoteLang: 'ko',
      outcome: 'booked',
      caller: { name: '박서준', phone: '010-2222-3333' },
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
    });
    await user.click(screen.getByRole('button', { name: '목록으로' }));
    const again = await screen.findByRole('list', { name: '오늘과 최근 고객' });
    await waitFor(() => expect(within(again).getByRole('button', { name: /박서준/ })).toBeTruthy());
  });


  it('in Korean: opens today\'s client, shows what to check, and records the areas treated outside the prescription only after confirming', async () => {
    const { user, frontDesk, clientId } = await openAsTherapist('ko');
    expect(await screen.findByRole('heading', { level: 1, name: '관리실' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: '오늘과 최근 고객' });
    // only who was seen lately: Jane Doe is found by name, not listed
    expect(within(list).getAllByRole('button').map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['김민지 오늘 관리 전 확인 필요']);
    // nothing of the desk: no frame, no F-keys
    expect(screen.queryByRole('navigation')).toBeNull();
    await user.keyboard('{F4}');
    expect(screen.queryByRole('tab')).toBeNull();

    await user.click(within(list).getByRole('button', { name: /김민지/ }));
    const name = await screen.findByRole('heading', { level: 2, name: '김민지' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    const flags = screen.getByRole('region', { name: '관리 전 확인 필요' });
    expect(flags.textContent).toMatch(/오늘 열 또는 전염성 질환 답변: 관리 전 확인하세요\..*37\.9/);

    const rx = screen.getByRole('region', { name: '현재 처방전' });
    expect(within(rx).getByText('처방 부위: 왼쪽 발목')).toBeTruthy();
    expect(within(rx).getByText('횟수: 5회 중 0회 사용, 5회 남음')).toBeTruthy();
    expect(within(rx).getByText(/S93\.4/)).toBeTruthy();
    expect(within(rx).getByText('오늘 처방 부위를 치료하면 처방 범위 안입니다.')).toBeTruthy();

    // the intake form read-only, with the body map
    const intake = screen.getByRole('region', { name: '문진표' });
    expect(within(intake).getByText('허리 통증')).toBeTruthy();
    expect(within(intake).getAllByText(/목/).length).toBeGreaterThan(0);

    // record today: the lower back is outside the left-ankle prescription
    const form = screen.getByRole('form', { name: '방문 기록' });
    expect(within(form).queryByLabelText('날짜')).toBeNull(); // the hub dates it
    expect(within(form).queryByLabelText('치료사')).toBeNull(); // the tablet's name
    await user.selectOptions(within(form).getByRole('combobox', { name: '치료 부위 부위' }), 'lower-back');
    await user.click(within(form).getByRole('button', { name: '치료 부위에 추가' }));
    const finding = await within(form).findByRole('alert');
    expect(finding.textContent).toMatch(/처방전에 없는 부위: 허리 \(요추 부위\)\. 처방된 부위: 왼쪽 발목\./);
    const save = within(form).getByRole('button', { name: '방문 저장' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await user.click(within(form).getByRole('checkbox', { name: '처방 범위 밖 방문으로 기록' }));
    await user.click(save);
    expect(await within(form).findByText('방문을 저장했습니다(처방 범위 밖으로 표시).')).toBeTruthy();
    const visits = await screen.findByRole('list', { name: '오늘 기록한 방문' });
    expect(visits.textContent).toMatch(/60분: 허리 \(요추 부위\) · 관리실 2 · 처방 범위 밖/);

    const stored = await frontDesk.handle('visits.list', { clientId });
    expect(stored).toMatchObject({ ok: true, value: [{ therapist: '관리실 2', outsidePrescription: true, price: 0, areas: [{ region: 'lower-back' }] }] });
    // no money anywhere on the page
    expect(document.body.textContent).not.toMatch(/₩|\d원/);
  });

  it('in English: finds a client who was not seen lately by name, and says plainly what is missing', async () => {
    const { user } = await openAsTherapist('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Treatment room' })).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Find a client by name' }), 'Jane');
    const found = await screen.findByRole('list', { name: 'Clients found' });
    await user.click(within(found).getByRole('button', { name: 'Jane Doe' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Jane Doe' })).toBeTruthy();
    expect(screen.getByText('No signed intake form yet: ask the front desk before treating.')).toBeTruthy();
    expect(screen.getByText('No prescription on file: treat only after checking with the front desk.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Find a client by name' })));
  });

  it("switches this tablet's language without losing the open client, and keeps the choice on the tablet", async () => {
    window.localStorage.clear();
    const { user } = await openAsTherapist('ko');
    const list = await screen.findByRole('list', { name: '오늘과 최근 고객' });
    await user.click(within(list).getByRole('button', { name: /김민지/ }));
    await screen.findByRole('region', { name: '현재 처방전' });
    await user.selectOptions(screen.getByRole('combobox', { name: '화면 언어' }), 'en');
    // The same client, now in English.
    const rx = await screen.findByRole('region', { name: 'Current prescription' });
    expect(within(rx).getByText(/left ankle/i)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(deviceLanguage()).toBe('en');
    expect((screen.getByRole('combobox', { name: 'Screen language' }) as HTMLSelectElement).value).toBe('en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Screen language' }), 'ko');
    expect(await screen.findByRole('region', { name: '현재 처방전' })).toBeTruthy();
    expect(deviceLanguage()).toBe('ko');
    window.localStorage.clear();
    expect(deviceLanguage()).toBeNull(); // nothing chosen: the hub's language
  });

  it('records one visit when Save is pressed twice before the hub answers', async () => {
    const { user, frontDesk, clientId, held } = await openAsTherapist('ko', 'therapist.recordVisit');
    const list = await screen.findByRole('list', { name: '오늘과 최근 고객' });
    await user.click(within(list).getByRole('button', { name: /김민지/ }));
    const form = await screen.findByRole('form', { name: '방문 기록' });
    await user.selectOptions(within(form).getByRole('combobox', { name: '치료 부위 부위' }), 'ankle');
    await user.selectOptions(within(form).getByRole('combobox', { name: '치료 부위 방향' }), 'left');
    await user.click(within(form).getByRole('button', { name: '치료 부위에 추가' }));
    expect(await within(form).findByText('처방 범위 안의 방문입니다.')).toBeTruthy();
    within(form).getByRole('textbox', { name: '시간(분)' }).focus();
    await user.keyboard('{Enter}{Enter}');
    await waitFor(() => expect(held!.holding).toBe(true));
    await held!.release();
    expect(await within(form).findByText('방문을 저장했습니다.')).toBeTruthy();
    expect(held!.asked).toBe(1);
    const stored = await frontDesk.handle('visits.list', { clientId });
    expect(stored.ok && stored.value).toHaveLength(1);
  });
});
