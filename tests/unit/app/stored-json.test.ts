// A JSON cell that no longer parses (a damaged file) is a failure whose log line names the
// table, row and column, never the cell's text: JSON.parse's own message quotes the text,
// and here that is a diagnosis or a caller's details.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openFrontDesk } from '../../../electron/app/front-desk';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SECRET = 'lumbar radiculopathy secret';

describe('a stored JSON cell that does not parse', () => {
  it('answers internal and logs where it is, not what it says', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-stored-json-'));
    dirs.push(dataDir);
    const logged: string[] = [];
    const log = (message: string, error?: unknown) =>
      logged.push(`${message} ${error instanceof Error ? `${error.message} ${String(error.stack)}` : String(error ?? '')}`);
    const options = { dataDir, host: 'web' as const, version: 't', systemLocale: 'ko-KR', log };

    let core = openFrontDesk(options);
    const client = await core.handle('clients.create', { name: '김민지', lang: 'ko' });
    if (!client.ok) throw new Error('client');
    const rx = await core.handle('prescriptions.create', {
      clientId: client.value.id,
      issuedOn: '2026-11-02',
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'M54.6' }],
      areas: [{ region: 'upper-back' }],
    });
    const call = await core.handle('calls.save', {
      kind: 'session',
      caller: { name: '김민지', phone: '010-1234-5678' },
      quoteLang: 'ko',
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
      outcome: 'thinking',
    });
    if (!rx.ok || !call.ok) throw new Error('setup');
    core.close();

    // Damage the cells past their CHECK constraints, as a bad disk or another tool could.
    const db = new Database(join(dataDir, 'front-desk.sqlite3'));
    db.pragma('ignore_check_constraints = ON');
    // A bad disk does not go through the trigger that keeps a prescription as written (012).
    const kept = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'prescriptions_as_written'`).pluck().get() as string;
    db.exec('DROP TRIGGER prescriptions_as_written');
    db.prepare('UPDATE prescriptions SET diagnoses = ?').run(SECRET);
    db.exec(kept);
    db.prepare('UPDATE calls SET saved_quote = ?').run(`{"caller": "${SECRET}"`);
    db.close();

    core = openFrontDesk(options);
    try {
      expect(await core.handle('prescriptions.list', { clientId: client.value.id })).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(await core.handle('calls.get', { id: call.value.id })).toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      core.close();
    }
    const text = logged.join('\n');
    expect(text).toContain(`prescription ${rx.value.id}: stored diagnoses does not parse`);
    expect(text).toContain(`call ${call.value.id}: stored quote does not parse`);
    expect(text).not.toContain('radiculopathy');
  });
});
