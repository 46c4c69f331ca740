// The second conversation against the real core: a client with a left-ankle prescription
// asks for the lower back; the visit shows the finding in words and is saved only after the
// user confirms, marked as outside the prescription. Both UI languages.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PrescriptionsSection } from '../../../renderer/src/components/prescriptions/PrescriptionsSection';
import { renderScreen } from '../harness';
import type { FrontDesk } from '../../../electron/app/front-desk';

async function clientWithAnklePrescription(frontDesk: FrontDesk): Promise<number> {
  const client = await frontDesk.handle('clients.create', { name: '김민지', lang: 'ko' });
  if (!client.ok) throw new Error('no client');
  const rx = await frontDesk.handle('prescriptions.create', {
    clientId: client.value.id,
    issuedOn: '2026-11-02',
    expiresOn: '2027-02-01',
    prescriber: { name: '김정민' },
    diagnoses: [{ code: 'S93.4', text: '발목 염좌' }],
    areas: [{ region: 'ankle', side: 'left' }],
    sessions: 8,
  });
  if (!rx.ok) throw new Error('no prescription');
  return client.value.id;
}

const texts = {
  ko: {
    record: '방문 기록',
    region: '치료 부위 부위',
    lowerBack: '허리 (요추 부위)',
    add: '치료 부위에 추가',
    finding: '처방전에 없는 부위: 허리 (요추 부위). 처방된 부위: 왼쪽 발목. 이 부위를 치료하려면 의사의 새 처방전이 필요합니다.',
    confirm: '처방 범위 밖 방문으로 기록',
    save: '방문 저장',
    saved: '방문을 저장했습니다(처방 범위 밖으로 표시).',
    mark: '처방 범위 밖',
    visits: '방문 기록',
    status: /횟수: 8회 중 0회 사용, 8회 남음/,
    card: '2026. 11. 2. 처방전 (처방의: 김정민)',
    validUntil: '유효 기간: 2027. 2. 1.까지',
    date: '날짜',
    usePrescription: '사용할 처방전',
    expired: '처방전이 2027. 2. 1.에 만료되었습니다.',
    // The visit's date in the UI's format and its minutes with their unit.
    visitLine: /^2026\. 11\. 20\. · [^·]+ · \d+분 · 허리 \(요추 부위\) · 처방 범위 밖$/,
  },
  en: {
    record: 'Record a visit',
    region: 'Area, Areas treated',
    lowerBack: 'Lower back (lumbar)',
    add: 'Add to Areas treated',
    finding: 'Not on the prescription: Lower back (lumbar). The prescription allows: Left ankle. An updated prescription from the physician is needed before these areas are treated.',
    confirm: 'Record as outside the prescription',
    save: 'Save visit',
    saved: 'Visit saved, marked as outside the prescription.',
    mark: 'outside the prescription',
    visits: 'Visits',
    status: /Sessions: 0 used, 8 left of 8/,
    card: 'Prescription of Nov 2, 2026 by 김정민',
    validUntil: 'Valid until Feb 1, 2027',
    date: 'Date',
    usePrescription: 'Prescription used',
    expired: 'The prescription expired on Feb 1, 2027.',
    visitLine: /^Nov 20, 2026 · [^·]+ · \d+ min · Lower back \(lumbar\) · outside the prescription$/,
  },
};

describe('Prescriptions and visits on the client page', () => {
  for (const lang of ['ko', 'en'] as const) {
    it(`${lang}: the lower back on a left-ankle prescription is recorded only as outside it`, async () => {
      const x = texts[lang];
      // The client and the prescription exist before the section first loads (client id 1).
      const clientId = 1;
      const { user, frontDesk } = await renderScreen(<PrescriptionsSection clientId={clientId} lang={lang} today="2026-11-20" />, {
        lang,
        before: async (core) => expect(await clientWithAnklePrescription(core)).toBe(clientId),
      });
      expect(await screen.findByText(x.status)).toBeTruthy();

      const form = screen.getByRole('form', { name: x.record });
      await user.selectOptions(within(form).getByRole('combobox', { name: x.region }), x.lowerBack);
      await user.click(within(form).getByRole('button', { name: x.add }));
      const alert = await within(form).findByRole('alert');
      expect(alert.textContent).toBe(x.finding);
      const save = within(form).getByRole('button', { name: x.save }) as HTMLButtonElement;
      expect(save.disabled).toBe(true);
      expect(await frontDesk.handle('visits.list', { clientId })).toMatchObject({ ok: true, value: [] });

      await user.click(within(form).getByRole('checkbox', { name: x.confirm }));
      await waitFor(() => expect(save.disabled).toBe(false));
      await user.click(save);
      expect(await within(form).findByText(x.saved)).toBeTruthy();
      const visits = await frontDesk.handle('visits.list', { clientId });
      expect(visits).toMatchObject({ ok: true, value: [{ outsidePrescription: true, areas: [{ region: 'lower-back' }] }] });
      const list = await screen.findByRole('list', { name: x.visits });
      expect(list.textContent).toContain(x.mark);
      expect(within(list).getByRole('listitem').textContent).toMatch(x.visitLine);
    }, 30_000);

    it(`${lang}: the prescription's dates are written in the UI language, not ISO`, async () => {
      const x = texts[lang];
      const { user } = await renderScreen(<PrescriptionsSection clientId={1} lang={lang} today="2026-11-20" />, {
        lang,
        before: async (core) => void (await clientWithAnklePrescription(core)),
      });
      const card = await screen.findByRole('article', { name: x.card });
      expect(within(card).getByText(x.validUntil)).toBeTruthy();
      const form = screen.getByRole('form', { name: x.record });
      const used = within(form).getByRole('combobox', { name: x.usePrescription }) as HTMLSelectElement;
      await waitFor(() => expect(used.selectedOptions[0]!.textContent).toBe(x.card));
      fireEvent.change(within(form).getByLabelText(x.date), { target: { value: '2027-03-01' } });
      await user.selectOptions(within(form).getByRole('combobox', { name: x.region }), x.lowerBack);
      await user.click(within(form).getByRole('button', { name: x.add }));
      expect((await within(form).findByRole('alert')).textContent).toContain(x.expired);
    }, 30_000);
  }
});

describe('Recording a prescription', () => {
  it('records a coded prescription with its areas, normalised, and shows its status', async () => {
    const { user, frontDesk } = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '이서연', lang: 'ko' });
      },
    });
    const form = await screen.findByRole('form', { name: '새 처방전' });
    await user.type(within(form).getByRole('textbox', { name: '처방의' }), '김정민');
    await user.type(within(form).getByRole('textbox', { name: '진단 코드 1' }), 'm546');
    expect(within(form).getByText('M54.6: 흉추의 통증')).toBeTruthy();
    await user.selectOptions(within(form).getByRole('combobox', { name: '처방 부위 부위' }), '등 (흉추 부위)');
    await user.click(within(form).getByRole('button', { name: '처방 부위에 추가' }));
    await user.type(within(form).getByRole('textbox', { name: '처방 횟수' }), '8');
    await user.click(within(form).getByRole('button', { name: '처방전 저장' }));
    expect(await screen.findByText(/횟수: 8회 중 0회 사용, 8회 남음/)).toBeTruthy();
    const stored = await frontDesk.handle('prescriptions.list', { clientId: 1 });
    expect(stored).toMatchObject({ ok: true, value: [{ prescription: { diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }], sessions: 8 } }] });
  }, 30_000);
});

describe('Recording a visit billed to a policy', () => {
  it('the price comes from the service and duration (editable), and the covered visit counts toward the plan year', async () => {
    const { user, frontDesk } = await renderScreen(<PrescriptionsSection clientId={1} lang="en" today="2026-11-20" />, {
      lang: 'en',
      before: async (core) => {
        const client = await core.handle('clients.create', { name: 'Grace Kim', lang: 'en' });
        if (!client.ok) throw new Error('no client');
        await core.handle('policies.create', { clientId: 1, planId: 'example-kr-indemnity', memberId: 'KR-1' });
        await core.handle('policies.create', { clientId: 1, planId: 'example-us-ppo' }); // dollars: not billable here
        await core.handle('prescriptions.create', { clientId: 1, issuedOn: '2026-11-02', prescriber: { name: 'Dr Park' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }] });
      },
    });
    const form = await screen.findByRole('form', { name: 'Record a visit' });
    const policy = within(form).getByRole('combobox', { name: 'Billed to policy' }) as HTMLSelectElement;
    await waitFor(() => expect(policy.options).toHaveLength(2)); // none, and the won plan only
    await user.selectOptions(policy, '(Example) Korean indemnity-style rider · member KR-1');
    const service = within(form).getByRole('combobox', { name: 'Service' }) as HTMLSelectElement;
    const serviceId = service.value;
    expect(serviceId).not.toBe('');
    const duration = within(form).getByRole('combobox', { name: 'Duration' }) as HTMLSelectElement;
    const price = within(form).getByRole('textbox', { name: 'Price of the session (KRW)' }) as HTMLInputElement;
    const firstPrice = price.value;
    await user.selectOptions(duration, duration.options[1]!.value);
    expect(price.value).not.toBe(firstPrice); // the longer session's price from the price list
    await user.clear(price);
    await user.type(price, '70000');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Area, Areas treated' }), 'Upper back (thoracic)');
    await user.click(within(form).getByRole('button', { name: 'Add to Areas treated' }));
    expect(await within(form).findByText('Within the prescription.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save visit' }));
    expect(await within(form).findByText('Visit saved.')).toBeTruthy();
    const visits = await frontDesk.handle('visits.list', { clientId: 1 });
    expect(visits).toMatchObject({ ok: true, value: [{ serviceId, minutes: Number(duration.value), price: 70000, covered: true, insurerPaid: 40000 }] });
    const list = await screen.findByRole('list', { name: 'Visits' });
    expect(list.textContent).toContain('covered, the plan paid ₩40,000');
    const usage = await frontDesk.handle('coverage.check', { date: '2026-11-21', minutes: 60, price: 70000, policyId: visits.ok ? visits.value[0]!.policyId : 0 });
    expect(usage).toMatchObject({ ok: true, value: { usage: { visits: 1, insurerPaid: 40000 } } });
  }, 30_000);
});

describe('a PDF scan on the web host', () => {
  it('is saved under a file name in the UI language, with the extension of its bytes', async () => {
    const pdf = '%PDF-1.4\n% a scanned prescription\n%%EOF\n';
    const { user } = await renderScreen(<PrescriptionsSection clientId={1} lang="ko" today="2026-11-20" />, {
      before: async (core) => {
        await core.handle('clients.create', { name: '김민지', lang: 'ko' });
        const rx = await core.handle('prescriptions.create', {
          clientId: 1,
          issuedOn: '2026-11-02',
          prescriber: { name: '김정민' },
          diagnoses: [{ code: 'M54.6' }],
          areas: [{ region: 'upper-back' }],
          scan: { type: 'application/pdf', data: Buffer.from(pdf).toString('base64') },
        });
        if (!rx.ok) throw new Error('no prescription');
      },
    });
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:scan');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await user.click(await screen.findByRole('button', { name: '스캔 열기(PDF)' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('처방전-스캔-2026-11-02.pdf');
    expect(await screen.findByText('브라우저가 스캔 파일을 저장했습니다. 다운로드 목록에서 열어 보거나 인쇄하세요.')).toBeTruthy();
  }, 30_000);
});
