// Clients, end to end in Chromium through the web host: a call saved for a new number makes
// a client; the receptionist finds her by Korean initials from the keyboard; a bad number is
// refused when editing her details; two records of one person are merged after a preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, type AppSession } from './support/app';
import { quotePage, scriptedCall } from './pages/quote';
import { clientsPage } from './pages/clients';
import { frame } from './pages/frame';
import koCalls from '../../renderer/locales/ko/calls.json';
import koClients from '../../renderer/locales/ko/clients.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function clientCount(app: AppSession): Promise<number> {
  const found = await app.frontDesk.handle('clients.search', {});
  if (!found.ok) throw new Error(found.error.code);
  return found.value.total;
}

describe('clients', () => {
  it('a call for a new number adds a client, found by initials, whose number cannot be made invalid', async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      expect(await clientCount(app)).toBe(0);
      await quotePage(page).serviceBox().waitFor();
      // the save form offers to add the new number as a client, ticked
      await page.getByRole('textbox', { name: koCalls.save.phone, exact: true }).fill('010-4321-8765');
      const add = page.getByRole('checkbox', { name: koCalls.save.addAsNew, exact: true });
      await add.waitFor();
      expect(await add.isChecked()).toBe(true);
      await page.getByRole('textbox', { name: koCalls.save.phone, exact: true }).fill('');
      await scriptedCall(page, {
        serviceQuery: 'ㅇㄹㅁ',
        durationSteps: 1,
        persons: 1,
        when: 'tonight',
        caller: { phone: '010-4321-8765', name: '김민지' },
      });
      expect(await clientCount(app)).toBe(1);

      const clients = clientsPage(page);
      await clients.open();
      await clients.watchFocusOnOpen();
      await clients.findAndOpen('ㄱㅁㅈ', '김민지');
      // The focus is on "back" as the page appears, not moved there a moment later (a field
      // clicked or typed into at once lost its text to the move).
      expect(await clients.focusOnOpen()).toBe(koClients.page.back);
      expect(await clients.callRows().count()).toBe(1);
      expect(await clients.phone().inputValue()).toBe('010-4321-8765'); // national format

      // Save is disabled while it runs and the browser then moves the focus off it: once
      // saved, the focus is on Save again, not on the page.
      await clients.email().fill('minji@example.com');
      await clients.save().click();
      await clients.saved().waitFor();
      await expect.poll(() => clients.hasFocus(clients.save())).toBe(true);

      await clients.phone().fill('010-1234-567890123');
      await clients.save().click();
      await clients.phoneProblem().waitFor();
      expect(await clients.phone().getAttribute('aria-invalid')).toBe('true');
      const stored = await app.frontDesk.handle('clients.search', { text: '8765' });
      expect(stored.ok && stored.value.rows.map((c) => c.phone)).toEqual(['+821043218765']);

      // the server refuses it too, with the field named, if the form's check were bypassed
      expect(await app.frontDesk.handle('clients.update', {
          id: stored.ok ? stored.value.rows[0]!.id : 0,
          expectedVersion: stored.ok ? stored.value.rows[0]!.rowVersion : 0,
          phone: 'abcd',
        })).toEqual({
        ok: false,
        error: { code: 'invalid-phone', details: { field: 'phone' } },
      });
    } finally {
      await app.close();
    }
  });

  it('merges two records of the same person after showing what will happen', async () => {
    const app = await openApp(browser);
    try {
      const { page, frontDesk } = app;
      const save = async (name: string, phone: string) => {
        const r = await frontDesk.handle('calls.save', {
          kind: 'session',
          caller: { name, phone },
          quoteLang: 'ko',
          outcome: 'thinking',
          request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
        });
        if (!r.ok) throw new Error(r.error.code);
        return r.value;
      };
      const kept = await save('이서연', '010-1111-2222');
      const other = await save('이서연', '010-3333-4444');
      await save('이서연', '010-3333-4444');

      const clients = clientsPage(page);
      await clients.open();
      await clients.findAndOpen('2222', '이서연');
      await clients.previewMerge('4444', '010-3333-4444');
      expect(await clients.mergeMoves().innerText()).toContain('통화 2건');
      expect(await clients.mergeResult().innerText()).toContain('010-1111-2222');
      // shown, not done
      expect(await frontDesk.handle('clients.calls', { id: other.clientId! })).toMatchObject({ ok: true, value: { total: 2 } });

      await clients.mergeConfirm().click();
      await clients.merged().waitFor();
      await expect.poll(() => clients.callRows().count()).toBe(3);
      expect(await frontDesk.handle('clients.get', { id: other.clientId! })).toMatchObject({
        ok: true,
        value: { mergedInto: kept.clientId },
      });
      expect(await clientCount(app)).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('keeps the navigation in view on a long client page in a short window: only the main area scrolls', async () => {
    const app = await openApp(browser);
    try {
      const { page, frontDesk } = app;
      for (let i = 0; i < 25; i++) {
        const r = await frontDesk.handle('calls.save', {
          kind: 'session',
          caller: { name: '정하늘', phone: '010-5555-6666' },
          quoteLang: 'ko',
          outcome: 'thinking',
          request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
        });
        if (!r.ok) throw new Error(r.error.code);
      }
      await page.setViewportSize({ width: 1280, height: 400 });
      const clients = clientsPage(page);
      await clients.open();
      await clients.findAndOpen('6666', '정하늘');
      // The newest 20 first, the older ones on request.
      await expect.poll(() => clients.callRows().count()).toBe(20);
      await clients.olderCalls(5).click();
      await expect.poll(() => clients.callRows().count()).toBe(25);

      const documentScroll = () => page.evaluate(() => document.scrollingElement!.scrollTop);
      const nav = frame.nav(page);
      // The wheel over the navigation moves nothing; over the main area, the main area only.
      const navBox = (await nav.boundingBox())!;
      await page.mouse.move(navBox.x + navBox.width / 2, navBox.y + 200);
      await page.mouse.wheel(0, 2000);
      const main = page.getByRole('main');
      const mainBox = (await main.boundingBox())!;
      await page.mouse.move(mainBox.x + mainBox.width / 2, mainBox.y + 200);
      await page.mouse.wheel(0, 2000);
      await expect.poll(() => main.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      expect(await documentScroll()).toBe(0);
      expect((await nav.boundingBox())!.y).toBe(0);
    } finally {
      await app.close();
    }
  });
});
