// The Electron host's wiring, in Node: Electron's binary cannot run here, so `electron` is a
// recording fake, while the core behind it is the real one on a temp SQLite folder. Checks
// that index.ts applies the security decisions of security.ts, not only that they exist.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/api/channels';
import { openFrontDesk } from '../../../electron/app/front-desk';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const state = {
    windows: [] as { options: Record<string, unknown>; loaded: string[]; once: Map<string, Listener>; shown: number; sent: unknown[][] }[],
    ipc: new Map<string, Listener>(),
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    headers: null as Listener | null,
    userData: '',
    singleInstance: 0,
    switches: [] as [string, string][],
    appListeners,
    errors: [] as string[],
  };
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const on = (event: string, listener: Listener) => {
    appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    record: { options: Record<string, unknown>; loaded: string[]; once: Map<string, Listener>; shown: number; sent: unknown[][] };
    webContents = { print: vi.fn(), printToPDF: vi.fn(), send: (...args: unknown[]) => this.record.sent.push(args) };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], once: new Map(), shown: 0, sent: [] };
      state.windows.push(this.record);
    }
    once(event: string, listener: Listener) {
      this.record.once.set(event, listener);
    }
    on() {}
    show() {
      this.record.shown += 1;
    }
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      setPath: (name: string, path: string) => name === 'userData' && (state.userData = path),
      requestSingleInstanceLock: () => (state.singleInstance++, true),
      on,
      whenReady: () => whenReady,
      getVersion: () => '0.0.0-test',
      // An English Windows (display language) set to the Korean region, the app in Korean:
      // the case the date fields' language is for. This start was given --lang=ko.
      getLocale: () => 'ko',
      getSystemLocale: () => 'ko-KR',
      getPreferredSystemLanguages: () => ['en-US', 'ko-KR'],
      commandLine: { appendSwitch: (name: string, value: string) => state.switches.push([name, value]) },
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    dialog: { showErrorBox: (_t: string, m: string) => state.errors.push(m), showSaveDialog: vi.fn() },
    ipcMain: { handle: (channel: string, listener: Listener) => state.ipc.set(channel, listener) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (state.permissionCheck = h),
        webRequest: { onHeadersReceived: (h: Listener) => (state.headers = h) },
      },
    },
  };
  return { state, electron, ready: () => ready() };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-electron-main-'));
const savedArgv = process.argv;

beforeAll(async () => {
  process.argv = ['electron', '.', '--data-dir', dataDir];
  writeFileSync(join(dataDir, 'chromium-language'), 'ko'); // what the last start decided
  // A folder in use: a database with a client in it, and a backup beside it.
  const earlier = openFrontDesk({ dataDir, host: 'electron', version: 't', systemLocale: 'ko-KR', log: () => {} });
  const client = await earlier.handle('clients.create', { name: '이전 손님', lang: 'ko' });
  if (!client.ok) throw new Error('client');
  earlier.close();
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  writeFileSync(join(dataDir, 'backups', 'kept-by-hand.sqlite3'), 'a backup');
  await import('../../../electron/main/index');
  fake.ready();
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
});
afterAll(async () => {
  process.argv = savedArgv;
  for (const listener of fake.state.appListeners.get('window-all-closed') ?? []) listener();
  // The core closes after the sharing stops, then the app quits: the folder goes after that
  // (removed under a closing database, it printed a failed close into every test run).
  await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled());
  rmSync(dataDir, { recursive: true, force: true });
});

const appUrlOf = () => fake.state.windows[0]!.loaded[0]!;

describe('Electron main process wiring', () => {
  it('takes the single-instance lock and uses the chosen data folder', () => {
    expect(fake.state.singleInstance).toBe(1);
    expect(fake.state.appListeners.get('second-instance')).toHaveLength(1);
    expect(fake.state.userData).toBe(dataDir);
    expect(fake.state.errors).toEqual([]);
  });

  it('keeps what the data folder held: the database with its client, and the backups', async () => {
    const top = { senderFrame: { url: appUrlOf(), parent: null } };
    const found = (await fake.state.ipc.get('clients.search')!(top, { text: '이전 손님' })) as { ok: boolean; value?: unknown };
    expect(JSON.stringify(found)).toContain('이전 손님');
    expect(readFileSync(join(dataDir, 'backups', 'kept-by-hand.sqlite3'), 'utf8')).toBe('a backup');
  });

  it('shows the window once the first screen said it is usable, not at the first paint', async () => {
    const win = fake.state.windows[0]!;
    expect(win.options.show).toBe(false);
    win.once.get('ready-to-show')!();
    expect(win.shown).toBe(0);
    const event = { senderFrame: { url: appUrlOf(), parent: null } };
    expect(await fake.state.ipc.get('app.ready')!(event, {})).toEqual({ ok: true, value: { shown: true } });
    expect(win.shown).toBe(1);
  });

  it('opens one window, isolated and sandboxed, on the built renderer', () => {
    const prefs = fake.state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual({
      preload: expect.any(String),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(appUrlOf()).toMatch(/^file:.*renderer\/index\.html$/);
  });

  it('denies every permission and sends the CSP header', () => {
    const answers: boolean[] = [];
    fake.state.permissionRequest!(null, 'media', (granted: boolean) => answers.push(granted));
    fake.state.permissionRequest!(null, 'geolocation', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(fake.state.permissionCheck!(null, 'notifications')).toBe(false);
    let headers: Record<string, string[]> = {};
    fake.state.headers!({ responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'self'");
  });

  it('registers one IPC handler per channel, answering the app page and refusing others', async () => {
    expect([...fake.state.ipc.keys()].sort()).toEqual([...channelNames].sort());
    const handler = fake.state.ipc.get('settings.get')!;
    const top = () => ({ senderFrame: { url: appUrlOf(), parent: null } });
    const own = (await handler(top(), {})) as { ok: boolean; value?: { uiLanguage: string } };
    expect(own).toMatchObject({ ok: true, value: { uiLanguage: 'ko' } });
    const refused = { ok: false, error: { code: 'unavailable' } };
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toEqual(refused);
    // A subframe is refused even when it shows the app's own URL.
    expect(await handler({ senderFrame: { url: appUrlOf(), parent: top().senderFrame } }, {})).toEqual(refused);
    expect(await handler({ senderFrame: null }, {})).toEqual(refused);
    const invalid = await fake.state.ipc.get('settings.update')!(top(), { paperSize: 'A3' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('tells the window what a write changed', async () => {
    const top = { senderFrame: { url: appUrlOf(), parent: null } };
    expect(await fake.state.ipc.get('settings.update')!(top, { quoteValidDays: 21 })).toMatchObject({ ok: true });
    expect(fake.state.windows[0]!.sent).toEqual([['front-desk:changed', { domains: ['settings'] }]]);
  });

  it('starts Chromium in the UI language, for the date fields, and follows a change for the next start', async () => {
    expect(fake.state.switches).toEqual([['lang', 'ko']]);
    const kept = join(dataDir, 'chromium-language');
    expect(readFileSync(kept, 'utf8')).toBe('ko');
    const top = { senderFrame: { url: appUrlOf(), parent: null } };
    expect(await fake.state.ipc.get('settings.update')!(top, { uiLanguage: 'en' })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(existsSync(kept)).toBe(false)); // English on an English system: its own
    expect(await fake.state.ipc.get('settings.update')!(top, { uiLanguage: 'ko' })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(existsSync(kept) && readFileSync(kept, 'utf8')).toBe('ko'));
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const contentsListeners = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    const contents = {
      on: (event: string, listener: Listener) => contentsListeners.set(event, listener),
      setWindowOpenHandler: (h: Listener) => (openHandler = h),
    };
    for (const listener of fake.state.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      contentsListeners.get('will-navigate')!(event, url);
      return event.prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate(appUrlOf())).toBe(false);
    const webview = { prevented: false, preventDefault() { this.prevented = true; } };
    contentsListeners.get('will-attach-webview')!(webview);
    expect(webview.prevented).toBe(true);
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
