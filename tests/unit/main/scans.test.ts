// Opening a prescription's stored scan in the system's viewer (Electron host): a private
// copy whose extension comes from the bytes, handed to shell.openPath; bytes that are none
// of the three types are never handed over; the copies of an earlier run are removed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => ({ paths: [] as string[], answer: '' }));
vi.mock('electron', () => {
  const shell = { openPath: async (path: string) => (opened.paths.push(path), opened.answer) };
  return { shell, default: { shell } };
});

const { electronScanHandlers } = await import('../../../electron/main/scans');
const { openFrontDesk } = await import('../../../electron/app/front-desk');

const PDF = Buffer.from('%PDF-1.4\n% a scan\n');
/** A copy an earlier run made, named as the handler names them. */
const LEFT_OVER = '0b1e7c2a-5d3f-4a8e-9c61-2f4d8e7a9b10.pdf';
const dirs: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function setUp() {
  const dataDir = temp('front-desk-scan-data-');
  const folder = join(temp('front-desk-scan-open-'), 'scans');
  mkdirSync(folder);
  writeFileSync(join(folder, LEFT_OVER), 'old');
  // Whatever else the folder holds is not the handler's to remove (were it ever given the
  // data folder, the database and the backups must stay).
  writeFileSync(join(folder, 'front-desk.sqlite3'), 'a database');
  mkdirSync(join(folder, 'backups'));
  writeFileSync(join(folder, 'backups', 'kept.sqlite3'), 'a backup');
  const core = openFrontDesk({
    dataDir,
    host: 'electron',
    version: 't',
    systemLocale: 'ko-KR',
    log: () => {},
    hostHandlers: {
      ...electronScanHandlers(folder),
      'print.dialog': () => ({ printed: false }),
      'print.savePdf': () => ({ saved: false }),
      'backups.chooseFile': () => ({ path: null }),
      'app.ready': () => ({ shown: false }),
    },
  });
  const client = await core.handle('clients.create', { name: '김민지', lang: 'ko' });
  if (!client.ok) throw new Error('client');
  const rx = await core.handle('prescriptions.create', {
    clientId: client.value.id,
    issuedOn: '2026-11-02',
    prescriber: { name: '김정민' },
    diagnoses: [{ code: 'M54.6' }],
    areas: [{ region: 'upper-back' }],
    scan: { type: 'application/pdf', data: PDF.toString('base64') },
  });
  if (!rx.ok) throw new Error('prescription');
  return { core, dataDir, folder, id: rx.value.id };
}

beforeEach(() => {
  opened.paths = [];
  opened.answer = '';
});

describe('print.openScan (Electron)', () => {
  it('removes the copies of an earlier run, and nothing else, writes a private .pdf copy and opens it', async () => {
    const { core, folder, id } = await setUp();
    expect(existsSync(join(folder, LEFT_OVER))).toBe(false);
    expect(readFileSync(join(folder, 'front-desk.sqlite3'), 'utf8')).toBe('a database');
    expect(readFileSync(join(folder, 'backups', 'kept.sqlite3'), 'utf8')).toBe('a backup');
    const result = await core.handle('print.openScan', { prescriptionId: id });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(opened.paths).toHaveLength(1);
    const path = opened.paths[0]!;
    expect(path.startsWith(folder)).toBe(true);
    expect(path).toMatch(/\.pdf$/);
    expect(readFileSync(path)).toEqual(PDF);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('never hands over bytes that are not a PDF, JPEG or PNG (the stored file was replaced)', async () => {
    const { core, dataDir, id } = await setUp();
    const [file] = readdirSync(join(dataDir, 'scans'));
    writeFileSync(join(dataDir, 'scans', file!), Buffer.from('MZ\x90\x00 an executable'));
    const result = await core.handle('print.openScan', { prescriptionId: id });
    expect(result.ok).toBe(false);
    expect(opened.paths).toEqual([]);
  });

  it('says so when the system has no viewer for the file', async () => {
    const { core, id } = await setUp();
    opened.answer = 'Failed to open path';
    const result = await core.handle('print.openScan', { prescriptionId: id });
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('is refused by a host without a viewer (the web host), so the page downloads the file', async () => {
    const core = openFrontDesk({ dataDir: temp('front-desk-scan-web-'), host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {} });
    expect(await core.handle('print.openScan', { prescriptionId: 1 })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await core.handle('print.openScan', { prescriptionId: 1, path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
