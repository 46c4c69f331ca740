// Printing, file dialogs and the window are the hub's own screen: a paired desk asking for
// them gets what the web host gives ('unavailable': its browser prints), and the hub's print
// dialog never opens for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../../electron/app/front-desk';
import type { HostHandlers } from '../../../electron/app/types';
import { pairTestDevice } from '../../support/devices';

let core: FrontDesk | null = null;
let dir = '';
afterEach(() => {
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('host channels', () => {
  it("answer a paired device without the hub's window; the hub's own user still gets them", async () => {
    dir = mkdtempSync(join(tmpdir(), 'front-desk-host-'));
    const used: string[] = [];
    const hostHandlers: HostHandlers = {
      'print.dialog': () => (used.push('print.dialog'), { printed: true }),
      'print.savePdf': () => (used.push('print.savePdf'), { saved: true, path: '/x.pdf' }),
      'print.openScan': () => (used.push('print.openScan'), { opened: true }),
      'backups.chooseFile': () => (used.push('backups.chooseFile'), { path: null }),
      'app.ready': () => (used.push('app.ready'), { shown: true }),
    };
    core = openFrontDesk({ dataDir: dir, host: 'electron', version: 't', systemLocale: 'ko-KR', hostHandlers, log: () => {} });
    const desk = pairTestDevice(dir, 'desk', 'Desk 2');
    expect(await core.handle('print.dialog', {}, desk)).toEqual({ ok: false, error: { code: 'unavailable' } });
    expect(await core.handle('print.openScan', { prescriptionId: 1 }, desk)).toEqual({ ok: false, error: { code: 'unavailable' } });
    expect(await core.handle('app.ready', {}, desk)).toEqual({ ok: true, value: { shown: false } });
    expect(used).toEqual([]);
    expect(await core.handle('app.ready', {})).toEqual({ ok: true, value: { shown: true } });
    expect(used).toEqual(['app.ready']);
  });
});
