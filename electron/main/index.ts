// The Electron host: one secure window over the platform-free core (../app/front-desk).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { channelNames } from '../../shared/api/channels';
import { fail } from '../../shared/api/result';
import { CHANGED_EVENT } from '../../shared/api/changes';
import { openConnectableFrontDesk, pairAtLaunch, type ConnectableFrontDesk } from '../app/connectable';
import { shareWhileLocal, type Sharing } from '../web/sharing';
import { parseLaunchOptions } from '../app/paths';
import { electronPrintHandlers } from './print';
import { electronScanHandlers } from './scans';
import { showWhenUsable } from './show';
import { electronFileHandlers } from './files';
import { followUiLanguage, readChromiumLanguage } from './chromium-language';
import {
  CONTENT_SECURITY_POLICY,
  isNavigationAllowed,
  isTrustedSender,
  permissionDecision,
  windowOpenDecision,
} from './security';

const launch = parseLaunchOptions(process.argv.slice(1));
app.setPath('userData', launch.dataDir);
// The date fields in the UI language (chromium-language.ts): only possible before ready.
const startLanguage = readChromiumLanguage(launch.dataDir);
if (startLanguage) app.commandLine.appendSwitch('lang', startLanguage);

const rendererUrl = process.env.ELECTRON_RENDERER_URL; // set by electron-vite dev only
const appUrl = rendererUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;
let mainWindow: BrowserWindow | null = null;
let whenUsable: ReturnType<typeof showWhenUsable> | null = null;
let frontDesk: ConnectableFrontDesk | null = null;
let sharing: Sharing | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start).catch((error: unknown) => fatal(error));
}

function fatal(error: unknown) {
  // Storage faults do not land here: the window explains them in the UI language. This is
  // a bug; its details go to the log, not the dialog.
  console.error('front-desk: could not start', error);
  dialog.showErrorBox(
    'Front Desk',
    '앱을 시작하지 못했습니다. 데이터는 그대로입니다.\nFront Desk could not start. Your data is unchanged.',
  );
  app.exit(1);
}

async function start() {
  // First run in connect mode (--connect ...): paired before anything opens, so this PC never
  // makes a local database. Connecting later is done in Settings.
  const paired = await pairAtLaunch(launch.dataDir, launch.connect);
  if (paired && !paired.ok) {
    fatal(new Error(`pairing with the hub failed: ${paired.error.code}`));
    return;
  }
  try {
    frontDesk = openConnectableFrontDesk({
      dataDir: launch.dataDir,
      host: 'electron',
      version: app.getVersion(),
      // The system's, region included (a new database's sample price list and paper size
      // follow it), not the language this start gave Chromium (chromium-language.ts).
      systemLocale: startLanguage ? app.getSystemLocale() : app.getLocale(),
      hostHandlers: {
        ...electronPrintHandlers(() => mainWindow),
        ...electronFileHandlers(() => mainWindow),
        // The opened copies go to the system's temp folder, never the data folder.
        ...electronScanHandlers(),
        'app.ready': () => ({ shown: whenUsable?.firstScreenReady() ?? false }),
      },
    });
  } catch (error) {
    fatal(error);
    return;
  }
  const core = frontDesk;

  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  // The same policy as index.html's meta tag (a test keeps them equal). Electronegativity
  // cannot read a constant ("failed to parse CSP"): a proven false positive, docs/security.md.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const csp = { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }; // eng-disable CSP_GLOBAL_CHECK
    callback({ responseHeaders: { ...details.responseHeaders, ...csp } });
  });

  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame;
      return isTrustedSender(frame?.url, frame?.parent === null, appUrl) ? core.handle(channel, input) : fail('unavailable');
    });
  }

  // The clinic network: tablets get the same built renderer from the LAN listener.
  // Only this PC's own core can share (a desk connected to a hub has no data to share); it
  // follows connecting and disconnecting in Settings at once.
  sharing = shareWhileLocal({ frontDesk: core, rendererDir: join(__dirname, '../renderer'), bindAddress: launch.lanAddress });

  // What another device (or this window) changed: the screens reload what they show.
  core.onChange((change) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(CHANGED_EVENT, change);
  });
  // The date fields' language at the next start (chromium-language.ts).
  followUiLanguage(core, launch.dataDir, chromiumOwnLanguage, (message, error) => console.error(message, error));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url, appUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url, appUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => windowOpenDecision());
  });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

/** The language Chromium takes without --lang: on Windows the display language, which is not
 *  the regional format (getSystemLocale): an English Windows set to the Korean region. */
function chromiumOwnLanguage(): string {
  return (startLanguage ? app.getPreferredSystemLanguages()[0] : app.getLocale()) ?? app.getSystemLocale();
}

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Front Desk',
    show: false,
    // Written out here, not built by a function, so that Electronegativity (npm test) sees
    // them; tests/unit/main/electron-main.test.ts checks what the window really gets.
    webPreferences: {
      // Named functions only, no Node (docs/security.md, PRELOAD_JS_CHECK).
      preload: join(__dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK
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
      // A middle click must not open a link in a new window (window.open is denied too).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  whenUsable = showWhenUsable(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appUrl);
}

app.on('window-all-closed', () => {
  const closing = frontDesk;
  frontDesk = null;
  void (sharing?.stop() ?? Promise.resolve()).finally(() => {
    closing?.close();
    app.quit();
  });
  sharing = null;
});
