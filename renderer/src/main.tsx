import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
// The bundled Korean-capable font: screens and printouts look the same on every machine.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './App';
import { AppDataProvider } from './app-data';
import { call } from './api/client';
import { initI18n } from './i18n';
import { StorageProblem } from './storage/StorageProblem';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [info, settings] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
    await initI18n(settings.uiLanguage);
    document.documentElement.lang = settings.uiLanguage;
    // A storage fault (or a damaged database whose price list cannot be read) gets its own
    // screen, in the UI language, instead of screens that would all fail.
    let catalog = null;
    if (info.storage.state !== 'fault') catalog = await call('catalog.get', {}).catch(() => null);
    if (!catalog) {
      const fault = info.storage.state === 'fault' ? info.storage.fault : 'damaged';
      root.render(
        <StrictMode>
          <Suspense fallback={null}>
            <StorageProblem fault={fault} lang={settings.uiLanguage} dataDir={info.dataDir} />
          </Suspense>
        </StrictMode>,
      );
      return;
    }
    root.render(
      <StrictMode>
        <AppDataProvider info={info} settings={settings} catalog={catalog}>
          <App />
        </AppDataProvider>
      </StrictMode>,
    );
  } catch (error) {
    console.error(error); // the details for support, not the screen
    // Before i18n is up there is no language yet: show both.
    root.render(
      <p role="alert">
        앱을 시작하지 못했습니다. / The app could not start.
      </p>,
    );
  }
}

void start();
