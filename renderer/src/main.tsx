import { StrictMode } from 'react';
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

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [info, settings, catalog] = await Promise.all([
      call('app.info', {}),
      call('settings.get', {}),
      call('catalog.get', {}),
    ]);
    await initI18n(settings.uiLanguage);
    document.documentElement.lang = settings.uiLanguage;
    root.render(
      <StrictMode>
        <AppDataProvider info={info} settings={settings} catalog={catalog}>
          <App />
        </AppDataProvider>
      </StrictMode>,
    );
  } catch (error) {
    // Before i18n is up there is no language yet: show both.
    root.render(
      <p role="alert">
        앱을 시작하지 못했습니다. / The app could not start. ({String(error)})
      </p>,
    );
  }
}

void start();
