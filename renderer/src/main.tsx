// First: its requests leave before the rest is evaluated (boot.ts).
import { firstData } from './boot';
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import './styles/print.css';
import { App } from './App';
import { AppDataProvider } from './app-data';
import { ApiCallError, call, inAppWindow } from './api/client';
import { initI18n } from './i18n';
import { firstScreen } from './screens/registry';
import { StorageProblem } from './storage/StorageProblem';
import { HubProblem } from './connection/HubProblem';
import { heldPartsShown, holdUntilFirstPaint, isHolding, releaseAfterFirstPaint } from './first-paint';
import { deviceLanguage } from './i18n/device-language';
import { THERAPIST_NAMESPACES } from './screens/therapist/namespaces';

// Start-up: everything the first screen needs is asked for at once, not one step after
// another: the data (boot.ts, already on its way), the first screen's chunk, and (once the
// settings name the language, a few ms later) its locale namespaces. index.html also
// preloads the screen's chunks (scripts/vite/first-screen-preload.ts).
const TherapistScreen = lazy(() => import('./screens/therapist/TherapistScreen'));
const loading = Promise.all([
  firstData.info,
  firstData.session,
  firstData.settings,
  firstData.catalog,
  firstData.settings.then((settings) => initI18n(settings.uiLanguage, firstScreen.namespaces)),
  firstScreen.load(),
]);

/** Once the whole first screen is rendered, in the frame that paints it. */
function whenWhole() {
  // For the benchmark: the whole screen, as this frame paints it.
  performance.mark('front-desk:screen-complete');
  // Electron shows its window now, with the whole screen, not at the first paint of an
  // empty page (the web host has no window to show).
  void call('app.ready', {}).catch(() => undefined);
  // The bundled Korean-capable font (screens and printouts look the same on every machine):
  // never on the start-up path; text shows in the system font until it loads.
  void import('./styles/fonts');
}

/** In the frame that paints the first screen: with nothing held back (Electron, the other
 *  pages), it is whole; else the held parts render after this paint (first-paint.ts). */
function afterFirstScreen() {
  if (!isHolding()) return whenWhole();
  setTimeout(() => {
    releaseAfterFirstPaint();
    void heldPartsShown().then(() => requestAnimationFrame(whenWhole));
  }, 0);
}

/** A page other than the frame (a storage problem, a failed start) is shown all the same. */
const afterItRenders = () => requestAnimationFrame(() => requestAnimationFrame(afterFirstScreen));

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [info, session, settings, catalogRead] = await loading;
    // For the benchmark's timeline: where start-up waits for data and where it renders.
    performance.mark('front-desk:data');
    document.documentElement.lang = settings.uiLanguage;
    if (session.role === 'therapist') {
      // No frame, no other screen, no F-keys: the role may use none of them (shared/api/roles.ts).
      const lang = deviceLanguage() ?? settings.uiLanguage;
      document.documentElement.lang = lang;
      await initI18n(lang, THERAPIST_NAMESPACES);
      afterItRenders();
      root.render(
        <StrictMode>
          <Suspense fallback={null}>
            <TherapistScreen lang={lang} deviceName={session.deviceName} />
          </Suspense>
        </StrictMode>,
      );
      return;
    }
    // A storage fault (or a damaged database whose price list cannot be read) gets its own
    // screen, in the UI language, instead of screens that would all fail.
    const catalog = info.storage.state === 'fault' ? null : catalogRead;
    if (!catalog) {
      const fault = info.storage.state === 'fault' ? info.storage.fault : 'damaged';
      afterItRenders();
      root.render(
        <StrictMode>
          <Suspense fallback={null}>
            <StorageProblem fault={fault} lang={settings.uiLanguage} dataDir={info.dataDir} />
          </Suspense>
        </StrictMode>,
      );
      return;
    }
    // In a browser the page shows as it renders: its first control first. Electron's window
    // stays hidden until the whole screen is ready (app.ready): holding back would only
    // delay it.
    if (!inAppWindow) holdUntilFirstPaint();
    root.render(
      <StrictMode>
        <AppDataProvider info={info} session={session} settings={settings} catalog={catalog}>
          <App onFirstScreen={afterFirstScreen} />
        </AppDataProvider>
      </StrictMode>,
    );
  } catch (error) {
    // A connected desk whose hub does not answer, or no longer accepts it: no settings, so the
    // language is the browser's.
    const hub = hubProblemOf(error);
    if (hub) {
      const lang = navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
      await initI18n(lang, ['connection']).catch(() => undefined);
      document.documentElement.lang = lang;
      afterItRenders();
      root.render(
        <StrictMode>
          <Suspense fallback={null}>
            <HubProblem kind={hub.kind} hubAddress={hub.hubAddress} />
          </Suspense>
        </StrictMode>,
      );
      return;
    }
    console.error(error); // the details for support, not the screen
    // Before i18n is up there is no language yet: show both.
    root.render(
      <p role="alert">
        앱을 시작하지 못했습니다. / The app could not start.
      </p>,
    );
    afterItRenders();
  }
}

function hubProblemOf(error: unknown): { kind: 'unreachable' | 'unauthorized'; hubAddress: string | null } | null {
  if (!(error instanceof ApiCallError)) return null;
  const { code, details } = error.error;
  if (code !== 'hub-unreachable' && code !== 'unauthorized') return null;
  const hubAddress = typeof details?.hubAddress === 'string' ? details.hubAddress : null;
  return { kind: code === 'unauthorized' ? 'unauthorized' : 'unreachable', hubAddress };
}

void start();
